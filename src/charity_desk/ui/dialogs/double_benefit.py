"""The double-benefit guard at the desk: who in the household already receives the program, in which
period, and a supervisor's sign-in with the reason to let the application go on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.double_benefit import BenefitConflict, DoubleBenefit, DoubleBenefitApproval
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_date
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.supervisor_fields import SupervisorFields


class DoubleBenefitDialog(QDialog):
    def __init__(self, auth: AuthService, acting: Actor, warning: DoubleBenefit, parent=None):
        super().__init__(parent)
        self._auth = auth
        self._acting = acting
        self.approval: DoubleBenefitApproval | None = None
        self.setWindowTitle(self.tr("A second benefit for the same household"))
        self.setMinimumWidth(680)
        explanation = QLabel(self.tr("Another member of this household already receives this program in the same "
                                     "period:"))
        explanation.setWordWrap(True)
        self.details = QLabel("\n".join(self._line(c) for c in warning.conflicts))
        self.details.setObjectName("fileName")
        self.details.setWordWrap(True)
        ask = QLabel(self.tr("To go on, a supervisor signs in here and writes why this household may receive the "
                             "program twice. The approval is kept in the audit trail."))
        ask.setWordWrap(True)
        ask.setObjectName("muted")
        form = SupervisorFields()
        self.username, self.password, self.reason = form.username, form.password, form.reason
        self.error = FormError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText(self.tr("Approve and save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._approve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.details)
        layout.addWidget(ask)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def _line(self, conflict: BenefitConflict) -> str:
        start = show_date(conflict.period_start) if conflict.period_start else self.tr("not set")
        values = {"name": conflict.full_name or self.tr("a file outside your caseload"), "program": conflict.program,
                  "start": start, "number": ltr(conflict.application_number) or "—"}
        if conflict.period_end is None:
            return self.tr("• {name} — {program} — from {start}, with no end date — application {number}").format(
                **values)
        return self.tr("• {name} — {program} — from {start} to {end} — application {number}").format(
            end=show_date(conflict.period_end), **values)

    def _approve(self) -> None:
        if not self.reason.text().strip():
            self.error.show_message(Message("DoubleBenefitDialog", QT_TRANSLATE_NOOP(
                "DoubleBenefitDialog", "Write why this household may receive the program twice.")))
            self.reason.setFocus()
            return
        try:
            supervisor = self._auth.authorize(self.username.text(), self.password.text(),
                                              Permission.DOUBLE_BENEFIT_OVERRIDE, self._acting)
        except PermissionDenied:
            self.error.show_message(Message("DoubleBenefitDialog", QT_TRANSLATE_NOOP(
                "DoubleBenefitDialog", "This account may not approve a second benefit. A program manager or an "
                                       "administrator must sign in here.")))
            self.password.clear()
            self.username.setFocus()
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            self.password.clear()
            self.username.setFocus()
            return
        self.approval = DoubleBenefitApproval(supervisor, self.reason.text().strip())
        self.accept()


def with_supervisor_approval(services, parent, attempt: Callable[[dict[int | None, DoubleBenefitApproval]], object]
                             ) -> bool:
    """Run ``attempt`` with the approvals given so far (application id → approval; None for an
    application being made); each time the guard holds an application back, ask a supervisor in this
    dialog and run it again with the approval. False when the supervisor's sign-in was cancelled:
    nothing was done. Any other refusal goes to the caller."""
    approvals: dict[int | None, DoubleBenefitApproval] = {}
    while True:
        try:
            attempt(approvals)
            return True
        except DoubleBenefit as warning:
            dialog = DoubleBenefitDialog(AuthService(services.db), services.actor, warning, parent)
            if not dialog.exec():
                return False
            approvals[warning.application_id] = dialog.approval
