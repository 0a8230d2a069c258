"""First start: the association's name and the first administrator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.errors import ServiceError
from charity_desk.services.setup import SetupService, SetupState
from charity_desk.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from charity_desk.ui.dialogs.recovery import RecoveryCodePanel

CONTEXT = "FirstRunDialog"


class FirstRunDialog(QDialog):
    def __init__(self, setup: SetupService, state: SetupState, parent=None):
        super().__init__(parent)
        self._setup = setup
        self._ask_admin = not state.has_accounts
        self.setWindowTitle(self.tr("Welcome to Charity Desk"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("Enter your association's name and create the first administrator account."))
        intro.setWordWrap(True)
        self.association_name = QLineEdit()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("Association name"), self.association_name)
        if self._ask_admin:
            form.addRow(self.tr("Administrator username"), self.username)
            form.addRow(self.tr("Administrator full name"), self.full_name)
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.password_again)
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self._save)

        self._form_page = QWidget()
        page = QVBoxLayout(self._form_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(intro)
        page.addLayout(form)
        page.addWidget(self.error)
        page.addWidget(buttons)
        QVBoxLayout(self).addWidget(self._form_page)
        #: Shown once the association is set up: its recovery code, which must be written down.
        self.recovery: RecoveryCodePanel | None = None

    def _save(self) -> None:
        if self._ask_admin and self.password.text() != self.password_again.text():
            self.error.show_message(
                Message(CONTEXT, QT_TRANSLATE_NOOP("FirstRunDialog", "The two passwords differ."))
            )
            self.password_again.setFocus()
            return
        try:
            code = self._setup.initialize(
                self.association_name.text(),
                self.username.text(),
                self.full_name.text(),
                self.password.text(),
            )
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._show_recovery_code(code)

    def _show_recovery_code(self, code: str) -> None:
        from charity_desk.ui.dialogs.recovery import RecoveryCodePanel

        self._form_page.hide()
        self.recovery = RecoveryCodePanel(code)
        self.recovery.done.connect(self.accept)
        self.layout().addWidget(self.recovery)
        self.recovery.show()
        self.setWindowTitle(self.tr("Recovery code"))

    def reject(self) -> None:
        """Once set up, the dialog closes only when the recovery code is written down."""
        if self.recovery is None or self.recovery.written.isChecked():
            super().reject()
