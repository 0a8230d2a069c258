"""«Change password» beside «Sign out» and «Reset password…» on the staff accounts, used by keyboard in
Arabic: the wrong current password and two differing new ones are refused with a message saying what
to fix, Escape leaves everything as it was, and a saved change signs in with the new password only."""

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from charity_desk.domain.roles import Role
from charity_desk.services.auth import LoginFailed
from charity_desk.ui.dialogs.change_password import ChangePasswordDialog, ResetPasswordDialog
from charity_desk.ui.main_window import MainWindow
from charity_desk.ui.screens.settings import SettingsPage

#: Where the pictures of the dialogs are left to be looked at (the system's temporary folder).
SHOTS = Path(tempfile.gettempdir())
CLERK_PASSWORD = "a clerk's password"
NEW_PASSWORD = "a brand new password 7"


def _when_modal(kind, act):
    """Act on the next modal dialog of ``kind`` once it is open (it runs its own event loop)."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def _shot(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"pass17-{name}.png"))


def _type(qtbot, field, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_changing_ones_own_password_from_the_main_window_by_keyboard(gui_app, qtbot, services, admin,
                                                                     admin_password):
    window = MainWindow(services, services.acting_as(admin), "جمعية البر الخيرية", "ar", 600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _shot(window, "main-window")
    button = window.findChild(QPushButton, "changePassword")
    assert button.text() == "تغيير كلمة المرور"
    seen = {}

    def fill(dialog: ChangePasswordDialog):
        dialog.resize(dialog.sizeHint().width(), dialog.sizeHint().height())
        qtbot.waitUntil(dialog.current.hasFocus)  # the first field, once the dialog is active
        _type(qtbot, dialog.current, "not my password")
        _type(qtbot, dialog.new, NEW_PASSWORD)
        qtbot.keyClicks(dialog.again, NEW_PASSWORD + "x")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        seen["differ"] = dialog.error.text()
        assert dialog.again.hasFocus() and dialog.again.text() == ""
        qtbot.keyClicks(dialog.again, NEW_PASSWORD)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        seen["wrong"] = dialog.error.text()
        _shot(dialog, "change-wrong-current")
        assert dialog.isVisible()
        dialog.current.setFocus()
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, admin_password)
        _when_modal(QMessageBox, lambda box: (seen.update(done=box.text()), _shot(box, "change-done"),
                                              qtbot.keyClick(box, Qt.Key.Key_Return)))
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)

    _when_modal(ChangePasswordDialog, fill)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert "مختلفتان" in seen["differ"]
    assert "كلمة مرورك غير صحيحة" in seen["wrong"]
    assert "تغيّرت كلمة مرورك" in seen["done"]
    with pytest.raises(LoginFailed):
        services.auth.login("admin", admin_password)
    assert services.auth.login("admin", NEW_PASSWORD).username == "admin"


def test_escape_leaves_the_password_as_it_was(gui_app, qtbot, services, admin, admin_password):
    dialog = ChangePasswordDialog(services.acting_as(admin).users)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "change-empty")
    qtbot.keyClick(dialog.current, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()
    assert services.auth.login("admin", admin_password).username == "admin"


def test_an_administrator_resets_a_colleagues_password_from_the_staff_accounts(gui_app, qtbot, services, admin,
                                                                               admin_password):
    acting = services.acting_as(admin)
    clerk = acting.users.create("clerk1", "منى الدوسري", Role.FRONT_DESK, CLERK_PASSWORD)
    page = SettingsPage(services, acting, "ar")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    assert page.users_list.choose(clerk.id)
    assert page.reset_password.text() == "إعادة تعيين كلمة المرور…"
    _shot(page, "settings-accounts")
    seen = {}

    def fill(dialog: ResetPasswordDialog):
        qtbot.waitUntil(dialog.new.hasFocus)
        assert "منى الدوسري" in dialog.intro.text()
        _type(qtbot, dialog.new, NEW_PASSWORD)
        _type(qtbot, dialog.again, NEW_PASSWORD)
        qtbot.keyClicks(dialog.password, "not the admin's password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        seen["wrong"] = dialog.error.text()
        _shot(dialog, "reset-wrong-password")
        assert dialog.isVisible() and dialog.password.text() == ""
        qtbot.keyClicks(dialog.password, admin_password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    _when_modal(ResetPasswordDialog, fill)
    page.reset_password.setFocus()
    qtbot.keyClick(page.reset_password, Qt.Key.Key_Space)
    assert "كلمة مرورك غير صحيحة" in seen["wrong"]
    with pytest.raises(LoginFailed):
        services.auth.login("clerk1", CLERK_PASSWORD)
    assert services.auth.login("clerk1", NEW_PASSWORD).user_id == clerk.id


def test_after_a_reset_the_colleague_chooses_their_own_password_before_working(gui_app, qtbot, services, admin,
                                                                                admin_password):
    from charity_desk.config import MachineSettings
    from charity_desk.ui.app import AppController

    acting = services.acting_as(admin)
    clerk = acting.users.create("clerk1", "منى الدوسري", Role.FRONT_DESK, CLERK_PASSWORD)
    acting.users.reset_password(clerk.id, admin_password, "temporary password 1")
    controller = AppController(gui_app, services, MachineSettings())
    seen = {}

    def sign_in() -> None:
        login = controller.login
        qtbot.addWidget(login)
        qtbot.keyClicks(login.username, "clerk1")
        qtbot.keyClicks(login.password, "temporary password 1")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)

    def leave(dialog: ChangePasswordDialog):
        seen["intro"] = dialog.intro.text()
        _shot(dialog, "required-change")
        qtbot.keyClick(dialog.current, Qt.Key.Key_Escape)

    controller.show_login()
    first_login = controller.login
    _when_modal(ChangePasswordDialog, leave)
    sign_in()
    assert "كلمة مرور مؤقتة" in seen["intro"] and "يسجّل خروجك" in seen["intro"]
    assert controller.window is None  # Escape signed out: no window, the sign-in again
    assert controller.login is not first_login and controller.login.isVisible()

    def choose(dialog: ChangePasswordDialog):
        _type(qtbot, dialog.current, "temporary password 1")
        _type(qtbot, dialog.new, NEW_PASSWORD)
        qtbot.keyClicks(dialog.again, NEW_PASSWORD)
        _when_modal(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    _when_modal(ChangePasswordDialog, choose)
    sign_in()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    # The window acts for the person as the change returned them: the services, which refuse the actor
    # of the sign-in with the temporary password everything, serve this one.
    acting = controller.window.actor_services
    assert acting.actor.user_id == clerk.id and not acting.actor.must_change_password
    assert acting.programs.list() == services.acting_as(admin).programs.list()
    assert not services.auth.login("clerk1", NEW_PASSWORD).must_change_password
    with pytest.raises(LoginFailed):
        services.auth.login("clerk1", "temporary password 1")


def test_a_reset_supervisor_typing_the_temporary_password_at_a_desk_is_told_why_in_arabic(
        gui_app, qtbot, type_text, services, admin, admin_password):
    """Whoever knows a reset manager's temporary password approves no national ID with it: the approval
    dialog, used by keyboard, says why and nothing is approved."""
    from charity_desk.ui.dialogs.supervisor_approval import SupervisorApprovalDialog

    acting = services.acting_as(admin)
    manager = acting.users.create("manager", "سعاد الحربي", Role.PROGRAM_MANAGER, "the manager's password")
    acting.users.reset_password(manager.id, admin_password, "temporary password 1")
    dialog = SupervisorApprovalDialog(services.auth, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setFocus()
    _type(qtbot, dialog.username, "manager")
    _type(qtbot, dialog.password, "temporary password 1")
    type_text(dialog.reason, "طابقت الهوية الأصلية")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    _shot(dialog, "reset-supervisor-refused")
    assert dialog.approval is None and dialog.isVisible()
    # The error's two lines took room of their own: no field was squeezed until its text is cut.
    assert all(field.height() >= field.sizeHint().height() for field in (dialog.username, dialog.password, dialog.reason))
    assert "أعاد المدير تعيين كلمة مرورك" in dialog.error.text()
