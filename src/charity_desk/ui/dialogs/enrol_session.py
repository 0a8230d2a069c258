"""Enrolling an accepted applicant in an open session of the program (clause 5-6).

The service checks the rest (a complete checklist, the program's capacity) and its refusal is shown
here, so another session can be chosen without leaving the dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.application_views import ApplicationView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.double_benefit import with_supervisor_approval
from charity_desk.ui.dialogs.new_session import NewSessionDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.widgets.form_error import FormError

_NO_SESSION = Message("EnrolSessionDialog", QT_TRANSLATE_NOOP(
    "EnrolSessionDialog", "This program has no open session yet: a program manager opens one."))


class EnrolSessionDialog(QDialog):
    def __init__(self, services: ActorServices, view: ApplicationView, parent=None):
        super().__init__(parent)
        self._services = services
        self._view = view
        self.enrolment_id: int | None = None
        self.setWindowTitle(self.tr("Enrol in a session"))
        self.resize(560, 200)
        who = QLabel(f"{view.summary.beneficiary_name} — {view.summary.program_name}")
        who.setObjectName("fileName")
        self.session = QComboBox()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Open session")))
        row.addWidget(self.session, 1)
        if services.actor.can(Permission.PROGRAM_MANAGE):
            new = QPushButton(self.tr("New session…"))
            new.setAutoDefault(False)
            new.clicked.connect(self._new_session)
            row.addWidget(new)
        self.error = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        enrol = self.buttons.addButton(self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        enrol.setDefault(True)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.load_sessions()

    def load_sessions(self, select_id: int | None = None) -> None:
        self.error.clear_message()
        self.session.clear()
        for session_id, _program, name, ended in self._services.delivery.sessions(self._view.program_id):
            if not ended:
                self.session.addItem(name, session_id)
        self.session.setCurrentIndex(max(self.session.findData(select_id), 0))
        if not self.session.count():
            self.error.show_message(_NO_SESSION)

    def _new_session(self) -> None:
        dialog = NewSessionDialog(self._services, self._view.program_id, self)
        if dialog.exec():
            self.load_sessions(dialog.session_id)

    def enrol(self) -> None:
        if self.session.currentData() is None:
            return

        application_id, session_id = self._view.summary.id, self.session.currentData()

        def attempt(approvals):
            self.enrolment_id = self._services.delivery.enrol(application_id, session_id,
                                                              double_benefit=approvals.get(application_id))

        # A second benefit for the household waits for a supervisor's approval.
        enrol = lambda: with_supervisor_approval(self._services, self, attempt)  # noqa: E731
        if submit(None, self.error, enrol) and self.enrolment_id is not None:
            self.accept()


class EnrolButton(QPushButton):
    """The application panel's way into enrolment, in place of a bare move to «Enrolled»."""

    def __init__(self, services: ActorServices, view: ApplicationView, enrolled: Callable[[], None], parent=None):
        super().__init__(parent)
        self.setText(self.tr("Enrol in session…"))
        self.setObjectName("enrol_in_session")
        if not services.actor.can(Permission.PROGRAM_MANAGE):
            self.setEnabled(False)
            self.setToolTip(self.tr("Program managers enrol accepted applicants."))
        self.clicked.connect(lambda: EnrolSessionDialog(services, view, self).exec() and enrolled())
