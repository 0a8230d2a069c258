"""Where exports are proposed to go: the folder used last on this computer, else Documents, else home.

Qt names a Documents folder even on a machine that has none (a fresh Windows profile redirected to a
missing drive, a Linux desktop without XDG folders), and an export proposed there fails; so each
candidate is used only if it exists.  The last folder is kept in this computer's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from charity_desk.config import MachineSettings


def proposed_folder() -> Path:
    candidates = [
        MachineSettings.load().export_folder,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        str(Path.home()),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def remember_folder(folder: Path) -> None:
    """Propose ``folder`` next time (after a successful export)."""
    settings = MachineSettings.load()
    if settings.export_folder != str(folder):
        settings.export_folder = str(folder)
        settings.save()
