"""Signing in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.services.actor import Actor
from charity_desk.ui.widgets.form_error import FormError

if TYPE_CHECKING:  # the window is drawn before the database layer loads (ui/app.py)
    from charity_desk.services.auth import AuthService


class LoginDialog(QDialog):
    def __init__(self, auth: AuthService, association_name: str, parent=None):
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Charity Desk — sign in"))
        self.setMinimumWidth(380)

        self._title = title = QLabel(association_name)
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.error = FormError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self._sign_in)
        buttons.rejected.connect(self.reject)
        self.forgot = QPushButton(self.tr("Forgot your password?"))
        self.forgot.setObjectName("linkButton")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self._recover)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeading)
        self.username.setFocus()

    def set_association_name(self, name: str) -> None:
        self._title.setText(name)

    def _sign_in(self) -> None:
        from charity_desk.services.auth import LoginFailed
        from charity_desk.services.installation_secret import MissingSecret

        try:
            self.actor = self._auth.login(self.username.text(), self.password.text())
        except (LoginFailed, MissingSecret) as failure:  # MissingSecret: the desk cannot seal the sign-in
            self.error.show_message(failure.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _recover(self) -> None:
        """An administrator who lost their password signs in with the association's recovery code."""
        from charity_desk.ui.dialogs.recovery import AccountRecoveryDialog

        dialog = AccountRecoveryDialog(self._auth, self)
        if dialog.exec() and dialog.actor is not None:
            self.actor = dialog.actor
            self.accept()
