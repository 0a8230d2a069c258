"""Passwords: a signed-in person changing their own, and an administrator resetting a colleague's.

Both ask the acting person's own password first (services.users); the database's key slot follows
the new password in the same step, so what the dialog says is what opens the database next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from charity_desk.services.actor import Actor
    from charity_desk.services.users import UserService, UserSummary

CONTEXT = "PasswordDialog"


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _typed_twice_alike(dialog) -> bool:
    """Whether the new password was typed the same twice; if not, says so at the second field, empties it
    and puts the cursor there."""
    if dialog.new.text() == dialog.again.text():
        return True
    dialog.form.show_errors({"new_password_again": _differ()})
    dialog.again.clear()
    dialog.again.setFocus()
    return False


def _differ() -> Message:
    return Message(CONTEXT, QT_TRANSLATE_NOOP(
        "PasswordDialog", "The two new passwords differ: type the same password in both fields."))


def _name_save_button(dialog: QDialog, text: str) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).setText(text)


class ChangePasswordDialog(QDialog):
    """«Change password»: the current password, then the new one twice.

    ``required``: an administrator reset the password, and the person chooses their own before going
    on (closing the dialog then signs them out, which the caller does); once accepted, ``actor`` is the
    person as they act from then on (the services refused the one their sign-in made everything else)."""

    def __init__(self, users: UserService, required: bool = False, parent=None):
        super().__init__(parent)
        self._users = users
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(480)
        self.form = FieldForm()
        self.current = self.form.add_field("current_password", self.tr("Temporary password") if required
                                           else self.tr("Current password"), _secret())
        self.new = self.form.add_field("new_password", self.tr("New password"), _secret())
        self.again = self.form.add_field("new_password_again", self.tr("New password again"), _secret())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._change)
        self.intro = _intro(self.tr(
            "An administrator set a temporary password for your account: choose your own password now. "
            "Closing this window signs you out.") if required else self.tr(
            "Type the password you signed in with, then the new one twice. From now on the new password "
            "signs you in and opens the database; the old one no longer does."))
        self.layout().insertWidget(0, self.intro)
        _name_save_button(self, self.tr("Change password"))
        self.current.setFocus()

    def _change(self) -> None:
        if not _typed_twice_alike(self):
            return

        def change() -> None:
            self.actor = self._users.change_own_password(self.current.text(), self.new.text())

        if not submit(self.form, self.error, change):
            return
        QMessageBox.information(self, self.tr("Change password"), self.tr(
            "Your password was changed. Sign in with the new one from now on."))
        self.accept()


class ResetPasswordDialog(QDialog):
    """«Reset password»: a temporary password for a colleague who forgot theirs, after the
    administrator's own password."""

    def __init__(self, users: UserService, colleague: UserSummary, parent=None):
        super().__init__(parent)
        self._users = users
        self._colleague = colleague
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(500)
        self.form = FieldForm()
        self.new = self.form.add_field("new_password", self.tr("Temporary password"), _secret())
        self.again = self.form.add_field("new_password_again", self.tr("Temporary password again"), _secret())
        self.password = self.form.add_field("password", self.tr("Your own password"), _secret())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._reset)
        self.intro = _intro(self.tr(
            "A temporary password for {name}. Tell it to them in person; at their next sign-in they choose "
            "their own. Their old password no longer signs in or opens the database. Confirm with your own "
            "password.").format(name=colleague.full_name))
        self.layout().insertWidget(0, self.intro)
        _name_save_button(self, self.tr("Reset password"))
        self.new.setFocus()

    def _reset(self) -> None:
        if not _typed_twice_alike(self):
            return
        if not submit(self.form, self.error, lambda: self._users.reset_password(
                self._colleague.id, self.password.text(), self.new.text())):
            self.password.clear()
            return
        self.accept()


def change_own_password(users: UserService, parent: QWidget | None = None) -> bool:
    """The main window's «Change password» (its module loads when first used)."""
    return bool(ChangePasswordDialog(users, parent=parent).exec())
