"""The supervisor's sign-in and reason, as every approval asks for them (an ID that fails its check,
a household receiving a program twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit


class SupervisorFields(QFormLayout):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.addRow(self.tr("Supervisor username"), self.username)
        self.addRow(self.tr("Password"), self.password)
        self.addRow(self.tr("Reason"), self.reason)
