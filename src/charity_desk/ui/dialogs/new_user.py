"""Adding a staff account (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit

from charity_desk.domain.roles import ROLE_LABELS, Role
from charity_desk.i18n import translate
from charity_desk.services.errors import ServiceError
from charity_desk.services.users import UserService
from charity_desk.ui.form_submit import lay_out_form
from charity_desk.ui.widgets.form_error import FormError


class NewUserDialog(QDialog):
    def __init__(self, users: UserService, parent=None):
        super().__init__(parent)
        self._users = users
        self.setWindowTitle(self.tr("New staff account"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(translate("Roles", ROLE_LABELS[role]), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        self.error = FormError()
        lay_out_form(self, form, self.error, self._save)

    def _save(self) -> None:
        try:
            self._users.create(
                self.username.text(),
                self.full_name.text(),
                Role(self.role.currentData()),
                self.password.text(),
            )
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
