"""The association's recovery code: shown once, used to let an administrator in again, renewed in
Settings (services.recovery_code)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.actor import Actor
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from charity_desk.services.auth import AuthService
    from charity_desk.services.users import UserService

CONTEXT = "RecoveryDialog"


class RecoveryCodePanel(QWidget):
    """The code, once, with what it is for; «Done» only once the person says it is written down."""

    done = Signal()

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Write this code down and keep it somewhere safe, away from the computer. If every "
            "administrator's password is lost, it lets an administrator sign in again and choose a new "
            "password. It is shown only now; using it replaces it with a new one."))
        intro.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("recoveryCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code.setFont(font)
        self.written = QCheckBox(self.tr("I have written the code down"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.written.setFocus()


class RecoveryCodeShown(QDialog):
    """The panel as a dialog, after a recovery or from Settings; it closes only once written down."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        self.setMinimumWidth(520)
        self.panel = RecoveryCodePanel(code)
        self.panel.done.connect(self.accept)
        QVBoxLayout(self).addWidget(self.panel)

    def reject(self) -> None:
        """Escape or the close button: only once the code is written down."""
        if self.panel.written.isChecked():
            super().reject()


class AccountRecoveryDialog(QDialog):
    """«Forgot your password?»: an administrator's username, the recovery code and a new password."""

    def __init__(self, auth: AuthService, parent=None):
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in with the recovery code"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr(
            "For an administrator who has lost their password: the association's recovery code lets "
            "you choose a new one."))
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.username = self.form.add_field("username", self.tr("Administrator username"), QLineEdit())
        self.code = self.form.add_field("code", self.tr("Recovery code"), QLineEdit())
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = self.form.add_field("password", self.tr("New password"), _secret())
        self.password_again = self.form.add_field("password_again", self.tr("New password again"), _secret())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._recover)
        self.layout().insertWidget(0, intro)
        _name_save_button(self, self.tr("Sign in"))
        self.username.setFocus()

    def _recover(self) -> None:
        if self.password.text() != self.password_again.text():
            self.form.show_errors({"password_again": _differ()})
            return
        recovered = []
        if not submit(self.form, self.error, lambda: recovered.append(
                self._auth.recover(self.username.text(), self.code.text(), self.password.text()))):
            self.code.clear()
            return
        self.actor = recovered[0].actor
        RecoveryCodeShown(recovered[0].new_code, self).exec()
        self.accept()


class NewRecoveryCodeDialog(QDialog):
    """Settings: a new code (for a database set up before codes existed, or a code that was seen)."""

    def __init__(self, users: UserService, parent=None):
        super().__init__(parent)
        self._users = users
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr(
            "A new recovery code is shown once; the previous one stops working. Confirm with your "
            "password.") if users.has_recovery_code() else self.tr(
            "This database has no recovery code yet: without one, the association could be locked out "
            "of its data if every administrator's password is lost. Confirm with your password."))
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.password = self.form.add_field("password", self.tr("Your password"), _secret())
        self.error = FormError()
        lay_out_form(self, self.form, self.error, self._renew)
        self.layout().insertWidget(0, intro)
        _name_save_button(self, self.tr("Show the new code"))
        self.password.setFocus()

    def _renew(self) -> None:
        made = []
        if not submit(self.form, self.error, lambda: made.append(self._users.new_recovery_code(self.password.text()))):
            self.password.clear()
            return
        RecoveryCodeShown(made[0], self).exec()
        self.accept()


def _name_save_button(dialog: QDialog, text: str) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).setText(text)


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _differ() -> Message:
    return Message(CONTEXT, QT_TRANSLATE_NOOP("RecoveryDialog", "The two passwords differ."))
