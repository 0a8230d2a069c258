"""Exports propose a folder that exists (the last one used on this computer, else Documents, else home)
and remember the folder of a successful export in this computer's settings."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from charity_desk.config import MachineSettings
from charity_desk.ui.dialogs.export_list import ExportListDialog
from charity_desk.ui.export_folder import proposed_folder


def test_a_missing_folder_is_never_proposed(gui_app, tmp_path, monkeypatch):
    settings = MachineSettings.load()
    settings.export_folder = str(tmp_path / "was-on-a-usb-stick")
    settings.save()
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    folder = proposed_folder()
    assert folder.is_dir()
    assert folder == (documents if documents.is_dir() else Path.home())
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "no-documents"))
    assert proposed_folder() == Path.home()


def test_the_last_export_folder_is_proposed_next_time(gui_app, qtbot, services, admin, tmp_path):
    acting = services.acting_as(admin)
    dialog = ExportListDialog(acting)
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.path.text()).parent.is_dir()
    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialog.path.setText(str(chosen / "list.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=15_000)
    assert (chosen / "list.xlsx").exists() and not dialog.error.isVisible()
    assert MachineSettings.load().export_folder == str(chosen)

    again = ExportListDialog(acting)
    qtbot.addWidget(again)
    assert Path(again.path.text()).parent == chosen
