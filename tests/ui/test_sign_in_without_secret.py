"""A desk without the audit secret says so at sign-in, in Arabic, instead of failing silently."""

from PySide6.QtCore import Qt

from charity_desk.services import installation_secret
from charity_desk.ui.dialogs.login import LoginDialog


def test_sign_in_on_a_desk_without_the_secret_names_the_file_to_copy(gui_app, qtbot, services, admin,
                                                                      admin_password, tmp_path):
    key_file = installation_secret.key_path(services.db.url)
    key_file.rename(tmp_path / "kept-elsewhere")
    dialog = LoginDialog(services.auth, "جمعية البر الخيرية")
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, admin_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.isVisible()
    shown = dialog.error.text()
    assert key_file.name in shown and "السرّ" in shown
    dialog.grab().save(str(tmp_path / "sign-in-no-secret.png"))
