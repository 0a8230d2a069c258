"""A supervisor, at the desk, approves a national ID whose check digit failed, and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.errors import ServiceError
from charity_desk.services.person_input import IdOverride
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.supervisor_fields import SupervisorFields


class SupervisorApprovalDialog(QDialog):
    def __init__(self, auth: AuthService, acting: Actor, parent=None):
        super().__init__(parent)
        self._auth = auth
        self._acting = acting
        self.approval: IdOverride | None = None
        self.setWindowTitle(self.tr("Supervisor approval"))
        explanation = QLabel(self.tr("The check digit of this national ID does not match. A supervisor who has "
                                     "compared it with the original card may accept it, with the reason."))
        explanation.setWordWrap(True)
        form = SupervisorFields()
        self.username, self.password, self.reason = form.username, form.password, form.reason
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self._approve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _approve(self) -> None:
        if not self.reason.text().strip():
            self.error.show_message(Message("SupervisorApprovalDialog", QT_TRANSLATE_NOOP(
                "SupervisorApprovalDialog", "Write the reason for accepting this ID.")))
            return
        try:
            supervisor = self._auth.authorize(self.username.text(), self.password.text(),
                                              Permission.ID_CHECK_OVERRIDE, self._acting)
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.approval = IdOverride(supervisor, self.reason.text().strip())
        self.accept()
