"""Signing in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

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

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def set_association_name(self, name: str) -> None:
        self._title.setText(name)

    def _sign_in(self) -> None:
        from charity_desk.services.auth import LoginFailed

        try:
            self.actor = self._auth.login(self.username.text(), self.password.text())
        except LoginFailed as failure:
            self.error.show_message(failure.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
