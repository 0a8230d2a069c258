"""Sign-in and the recovery code, used by keyboard: the code shown once at first run, the same answer
for a made-up username, «Forgot your password?» for an administrator, a new code from Settings."""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete

from charity_desk.db.models import Setting
from charity_desk.ui.dialogs.first_run import FirstRunDialog
from charity_desk.ui.dialogs.login import LoginDialog
from charity_desk.ui.dialogs.recovery import AccountRecoveryDialog, NewRecoveryCodeDialog, RecoveryCodeShown

#: Where the pictures of the dialogs are left to be looked at (the system's temporary folder).
SHOTS = Path(tempfile.gettempdir())


def _shot(widget, name):
    widget.resize(max(widget.sizeHint().width(), 520), widget.sizeHint().height())
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"access-{name}.png"))


def _when_modal(qtbot, kind, act):
    """Act on the next modal dialog of ``kind`` once it is open (it runs its own event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def _write_down_and_close(qtbot, shown):
    shown.panel.code.text()  # what the person copies
    qtbot.keyClick(shown.panel.written, Qt.Key.Key_Space)
    qtbot.keyClick(shown.panel.done_button, Qt.Key.Key_Space)


def test_first_run_shows_the_recovery_code_once_and_waits_until_it_is_written(gui_app, qtbot, services,
                                                                              type_text):
    dialog = FirstRunDialog(services.setup, services.setup.state())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.association_name, "جمعية البر الخيرية")
    qtbot.keyClick(dialog.association_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.username, "admin")
    type_text(dialog.full_name, "مدير النظام")
    qtbot.keyClicks(dialog.password, "admin password")
    qtbot.keyClicks(dialog.password_again, "admin password")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.recovery is not None and dialog.recovery.isVisible()
    code = dialog.recovery.code.text()
    assert len(code) == 24 and code.count("-") == 4
    _shot(dialog, "first-run-code")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not before the code is written down
    assert dialog.isVisible() and not dialog.recovery.done_button.isEnabled()
    assert dialog.recovery.written.hasFocus()
    qtbot.keyClick(dialog.recovery.written, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.recovery.done_button, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert services.auth.recover("admin", code, "a new password 9").actor.username == "admin"


def test_a_made_up_username_gets_the_wrong_password_answer(gui_app, qtbot, services, admin):
    answers = []
    for username in ("admin", "no_such_user"):
        dialog = LoginDialog(services.auth, "جمعية البر الخيرية")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username, username)
        qtbot.keyClicks(dialog.password, "wrong password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        answers.append(dialog.error.text())
    assert answers[0] == answers[1]
    assert "كلمة المرور" in answers[0] and "محاولات" not in answers[0]


def test_an_administrator_signs_in_with_the_recovery_code_by_keyboard(gui_app, qtbot, services):
    code = services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", "forgotten password")
    login = LoginDialog(services.auth, "جمعية البر الخيرية")
    qtbot.addWidget(login)
    login.show()
    _shot(login, "login")
    seen = {}

    def fill(recovery: AccountRecoveryDialog):
        seen["recovery"] = True
        qtbot.keyClicks(recovery.username, "admin")
        qtbot.keyClick(recovery.username, Qt.Key.Key_Tab)
        qtbot.keyClicks(recovery.code, "AAAA-BBBB-CCCC-DDDD-EEEE")  # wrong first
        qtbot.keyClick(recovery.code, Qt.Key.Key_Tab)
        qtbot.keyClicks(recovery.password, "a new password 9")
        qtbot.keyClick(recovery.password, Qt.Key.Key_Tab)
        qtbot.keyClicks(recovery.password_again, "a new password 9")
        qtbot.keyClick(recovery.password_again, Qt.Key.Key_Return)
        seen["wrong"] = recovery.error.text()
        _shot(recovery, "recovery-wrong-code")
        assert recovery.code.text() == ""
        qtbot.keyClicks(recovery.code, code.lower())
        _when_modal(qtbot, RecoveryCodeShown, lambda shown: (seen.update(new=shown.panel.code.text()),
                                                              _shot(shown, "recovery-new-code"),
                                                              _write_down_and_close(qtbot, shown)))
        qtbot.keyClick(recovery.code, Qt.Key.Key_Return)

    _when_modal(qtbot, AccountRecoveryDialog, fill)
    login.forgot.setFocus()
    qtbot.keyClick(login.forgot, Qt.Key.Key_Space)
    assert seen["recovery"] and "رمز الاسترداد" in seen["wrong"]
    assert login.result() == LoginDialog.DialogCode.Accepted and login.actor.username == "admin"
    assert seen["new"] != code
    assert services.auth.login("admin", "a new password 9").username == "admin"


def test_settings_makes_a_new_code_after_the_password(gui_app, qtbot, services, admin, admin_password):
    users = services.acting_as(admin).users
    dialog = NewRecoveryCodeDialog(users)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "settings-new-code")
    qtbot.keyClicks(dialog.password, "not my password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() and dialog.isVisible()
    seen = {}
    _when_modal(qtbot, RecoveryCodeShown, lambda shown: (seen.update(code=shown.panel.code.text()),
                                                          _write_down_and_close(qtbot, shown)))
    qtbot.keyClicks(dialog.password, admin_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == NewRecoveryCodeDialog.DialogCode.Accepted
    assert services.auth.recover("admin", seen["code"], "a new password 9").actor.username == "admin"


def test_the_settings_page_offers_the_recovery_code_to_administrators(gui_app, qtbot, services, admin,
                                                                      admin_password):
    from PySide6.QtWidgets import QPushButton

    from charity_desk.ui.screens.settings import SettingsPage

    with services.db.session() as session:  # a database set up before recovery codes
        session.execute(delete(Setting).where(Setting.key == "recovery_code_hash"))
    page = SettingsPage(services, services.acting_as(admin), "ar")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    QApplication.processEvents()
    page.grab().save(str(SHOTS / "access-settings.png"))
    assert page.no_recovery_code.isVisible()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "رمز الاسترداد…")
    seen = {}

    def renew(dialog: NewRecoveryCodeDialog):
        _when_modal(qtbot, RecoveryCodeShown, lambda shown: (seen.update(code=shown.panel.code.text()),
                                                              _write_down_and_close(qtbot, shown)))
        qtbot.keyClicks(dialog.password, admin_password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    _when_modal(qtbot, NewRecoveryCodeDialog, renew)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not page.no_recovery_code.isVisible()
    assert services.auth.recover("admin", seen["code"], "a new password 9").actor.username == "admin"
