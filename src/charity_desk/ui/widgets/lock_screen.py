"""What the window shows while locked: no data, only a password field to come back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService, LoginFailed
from charity_desk.ui.widgets.form_error import FormError


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, auth: AuthService, actor: Actor, parent=None):
        super().__init__(parent)
        self._auth = auth
        self._actor = actor
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("The screen is locked"))
        title.setObjectName("lockTitle")
        who = QLabel(
            self.tr("Signed in as {name}. Enter your password to continue.").format(name=actor.full_name)
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(280)
        self.password.returnPressed.connect(self._unlock)
        self.error = FormError()
        unlock = QPushButton(self.tr("Unlock"))
        unlock.clicked.connect(self._unlock)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out_requested)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(unlock)
        buttons.addWidget(sign_out)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (title, who, self.password, self.error):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch()

    def prepare(self) -> None:
        self.password.clear()
        self.error.clear_message()
        self.password.setFocus()

    def _unlock(self) -> None:
        try:
            self._auth.confirm_password(self._actor, self.password.text())
        except LoginFailed as failure:
            self.password.clear()
            self.error.show_message(failure.message)
            if failure.locked_account:
                self.sign_out_requested.emit()
            return
        self.unlocked.emit()
