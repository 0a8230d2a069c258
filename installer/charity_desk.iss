; Inno Setup 6 script: the Windows installer for Charity Desk.
;
; First build the one-folder bundle on Windows (python installer\build.py), then from the repository:
;   iscc /DAppVersion=0.1.0 installer\charity_desk.iss
; The version must match charity_desk.__version__ (pyproject.toml). The installer is written to
; dist\installer\CharityDesk-Setup-<version>.exe.
;
; User data is NOT removed on uninstall: the database, settings.json and backups live in the user's
; data folder (platformdirs' user_data_dir, %LOCALAPPDATA%\CharityDesk, or CHARITY_DESK_DATA_DIR; see
; src\charity_desk\config.py), which this installer neither creates nor deletes. Uninstalling removes
; only the program folder; reinstalling or upgrading finds the association's data where it was.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\charity-desk"
#endif
#define AppName "Charity Desk"
#define AppExe "charity-desk.exe"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6B1E6C52-3F0A-4C8B-9D7E-2A51C4F0D9A3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for all users (Program Files) by default; the user may choose a per-user install instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=CharityDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Show the language choice (Arabic or English) at the start of setup.
ShowLanguageDialog=yes
CloseApplications=yes

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller bundle: charity-desk.exe (windowed), charity-desk-cli.exe (console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Byte-code Python may write next to the migration scripts it compiles (only inside {app}).
Type: filesandordirs; Name: "{app}\_internal\charity_desk\db\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\charity_desk\db\migrations\versions\__pycache__"
