"""One application: its checklist, eligibility, visits and history, and the moves allowed now."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.application_flow import PERMISSION_FOR, REASON_REQUIRED, State
from charity_desk.domain.messages import DomainError
from charity_desk.domain.roles import Permission
from charity_desk.i18n import translate
from charity_desk.services.application_views import ApplicationView
from charity_desk.services.auth import AuthService
from charity_desk.services.double_benefit import DoubleBenefit, DoubleBenefitApproval
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.application_labels import consent_method_label, state_label, visit_status_label
from charity_desk.ui.busy_work import run_while_busy
from charity_desk.ui.dialogs.double_benefit import DoubleBenefitDialog
from charity_desk.ui.dialogs.enrol_session import EnrolButton
from charity_desk.ui.dialogs.referral import ReferralDialog
from charity_desk.ui.dialogs.visit_report import VisitReportDialog
from charity_desk.ui.formatting import show_moment, show_number, show_short_date, show_text
from charity_desk.ui.widgets.date_input import GREGORIAN, DateInput
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable, fit_columns


class ApplicationPanel(QWidget):
    changed = Signal()
    #: True while an action runs off the GUI thread: the page around the panel takes no input then.
    busy = Signal(bool)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        #: Runs the last move again with a supervisor's approval, if the double-benefit guard held it back.
        self._approve_then = None
        self._view: ApplicationView | None = None
        self.header = QLabel()
        self.header.setObjectName("fileName")
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        status_labels = {"pending": self.tr("Pending"), "provided": self.tr("Provided"),
                         "verified": self.tr("Verified against the original"), "mismatch": self.tr("Mismatch")}
        self._status_labels = status_labels

        checklist = QWidget()
        self.checklist = SimpleTable([self.tr("Item"), self.tr("Required"), self.tr("State"), self.tr("Note"),
                                      self.tr("By"), self.tr("When")], ltr_columns=frozenset({5}))
        fit_columns(self.checklist, stretch=(0, 3))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (required for a mismatch)"))
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.note, 1)
        for status in ("provided", "verified", "mismatch", "pending"):
            button = QPushButton(status_labels[status])
            button.setObjectName(f"mark_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self._mark(s))
            mark_row.addWidget(button)
        checklist_layout = QVBoxLayout(checklist)
        checklist_layout.setContentsMargins(0, 4, 0, 0)
        checklist_layout.addWidget(self.checklist)
        checklist_layout.addLayout(mark_row)

        eligibility = QWidget()
        self.eligibility_summary = QLabel()
        self.eligibility = SimpleTable([self.tr("Rule"), self.tr("Result"), self.tr("In the file"),
                                        self.tr("The rule asks")])
        fit_columns(self.eligibility, stretch=(0,))
        check = QPushButton(self.tr("Check eligibility now"))
        check.clicked.connect(self._check_eligibility)
        eligibility_layout = QVBoxLayout(eligibility)
        eligibility_layout.setContentsMargins(0, 4, 0, 0)
        eligibility_layout.addWidget(self.eligibility_summary)
        eligibility_layout.addWidget(self.eligibility)
        eligibility_layout.addWidget(check)

        visits = QWidget()
        self.visits = SimpleTable([self.tr("Planned for"), self.tr("Researcher"), self.tr("State"),
                                   self.tr("Findings"), self.tr("Recommendation")])
        fit_columns(self.visits, stretch=(3, 4))
        self.researcher = QComboBox()
        self.visit_date = DateInput(GREGORIAN)
        self.visit_date.set_value(date.today() + timedelta(days=3))
        schedule = QPushButton(self.tr("Schedule visit"))
        schedule.clicked.connect(self._schedule)
        report = QPushButton(self.tr("Write visit report…"))
        report.clicked.connect(self._report)
        visit_row = QHBoxLayout()
        visit_row.addWidget(QLabel(self.tr("Researcher")))
        for widget in (self.researcher, self.visit_date, schedule, report):
            visit_row.addWidget(widget)
        visit_row.addStretch()
        visits_layout = QVBoxLayout(visits)
        visits_layout.setContentsMargins(0, 4, 0, 0)
        visits_layout.addWidget(self.visits)
        visits_layout.addLayout(visit_row)

        self.history = SimpleTable([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"),
                                    self.tr("Reason")], ltr_columns=frozenset({0}))
        fit_columns(self.history, stretch=(4,))

        # The four parts share one tabbed area so each gets the panel's full width and height: side by
        # side at 1366x768 the checklist showed two rows and cut off its columns.
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(checklist, self.tr("Verification checklist"))
        self.sections.addTab(eligibility, self.tr("Eligibility"))
        self.sections.addTab(visits, self.tr("Home visits"))
        self.sections.addTab(self.history, self.tr("History"))
        #: The buttons of the moves allowed now; replaced as a whole when the state changes.
        self.actions_bar = QWidget()
        self.error = FormError()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.facts)
        self._layout.addWidget(self.actions_bar)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.sections, 1)

    def show_application(self, application_id: int | None) -> None:
        self.error.clear_message()
        self._view = self._services.applications.view(application_id) if application_id else None
        self.setEnabled(self._view is not None)
        if self._view is None:
            self.header.setText(self.tr("Choose an application from the list above."))
            self.facts.clear()
            self._new_actions_bar()
            return
        view, summary = self._view, self._view.summary
        self.header.setText(f"{show_text(summary.number)} — {summary.beneficiary_name} — {summary.program_name}")
        self.facts.setText(self.tr("State: {state}  •  received {when}  •  instructions version {version} accepted "
                                   "({method})").format(state=state_label(summary.state),
                                                        when=show_moment(summary.submitted_at),
                                                        version=show_number(view.instructions_version),
                                                        method=consent_method_label(view.consent_method)))
        self.checklist.set_rows([(i.label, "✓" if i.required else "", self._status_labels.get(i.status, i.status),
                                  i.note, i.marked_by, show_moment(i.marked_at)) for i in view.checklist],
                                keys=[(i.id, i.version) for i in view.checklist])
        if view.eligibility_passed is None:
            self.eligibility_summary.setText(self.tr("Not checked yet."))
        else:
            self.eligibility_summary.setText(self.tr("Eligible") if view.eligibility_passed
                                             else self.tr("Not eligible: see the rules marked ✗"))
        self.eligibility.set_rows([(translate("Eligibility", r.label), "✓" if r.passed else "✗",
                                    self._yes_no(r.actual), self._yes_no(r.expected)) for r in view.eligibility])
        self.visits.set_rows([(show_short_date(v.scheduled_for), v.researcher, visit_status_label(v.status), v.findings,
                               v.recommendation) for v in view.visits], keys=[(v.id, v.version) for v in view.visits])
        self.history.set_rows([(show_moment(t.at), state_label(t.from_state) if t.from_state else "",
                                state_label(t.to_state), t.user,
                                t.reason) for t in view.transitions])
        self.researcher.clear()
        for researcher_id, name in self._services.visits.researchers():
            self.researcher.addItem(name, researcher_id)
        self._show_actions()

    def _yes_no(self, value: str) -> str:
        return {"True": self.tr("Yes"), "False": self.tr("No")}.get(value, value)

    def _new_actions_bar(self) -> None:
        """Replace the row of move buttons as a whole, so no button of the previous state lingers."""
        bar = QWidget()
        bar.setObjectName("actions")
        self.actions = QHBoxLayout(bar)
        self.actions.setContentsMargins(0, 0, 0, 0)
        old = self.actions_bar
        self._layout.replaceWidget(old, bar)
        old.hide()
        old.deleteLater()
        self.actions_bar = bar

    def _show_actions(self) -> None:
        self._new_actions_bar()
        for target in self._view.next_states:
            if not self._services.actor.can(PERMISSION_FOR.get(target, Permission.APPLICATION_EDIT)):
                continue
            if target is State.ENROLLED:  # enrolment is into a session, chosen in its own dialog
                self.actions.addWidget(EnrolButton(self._services, self._view, lambda: self._run(lambda: None)))
                continue
            if target is State.REFERRED:
                self.actions.addWidget(self._refer_button())
                continue
            button = QPushButton(self.tr("→ {state}").format(state=state_label(target)))
            button.setObjectName(f"move_{target.value}")
            button.clicked.connect(lambda _checked=False, t=target: self._move(t))
            self.actions.addWidget(button)
        self.actions.addStretch()
        self.actions_bar.show()  # now, with its buttons, rather than at the next turn of the event loop

    def _refer_button(self) -> QPushButton:
        """Referring goes through its dialog, which also issues the letter and logs the data shared (5-10)."""
        button = QPushButton(self.tr("Refer elsewhere…"))
        button.setObjectName("refer_elsewhere")
        button.clicked.connect(self._refer)
        return button

    def _refer(self) -> None:
        summary = self._view.summary
        if ReferralDialog(self._services, summary.beneficiary_id, summary.id, self).exec():
            self.show_application(summary.id)
            self.changed.emit()

    def _run(self, action) -> None:
        """Run ``action`` (service calls only) off the GUI thread while the panel takes no input,
        then show the application as it now is and tell the page which one changed."""
        self.error.clear_message()
        self._approve_then = None  # set again by a move, which a supervisor may let through
        application_id = self._view.summary.id
        self.busy.emit(True)
        self._task = run_while_busy([self], action, lambda _result: self._after_action(application_id),
                                    self._action_failed)

    def _after_action(self, application_id: int) -> None:
        self._task = None
        self.busy.emit(False)
        self.show_application(application_id)
        self.changed.emit()

    def _action_failed(self, error: Exception) -> None:
        self._task = None
        self.busy.emit(False)
        if not isinstance(error, (ServiceError, DomainError)):
            raise error
        retry, self._approve_then = self._approve_then, None
        if isinstance(error, DoubleBenefit) and retry is not None:  # a second benefit: a supervisor decides
            dialog = DoubleBenefitDialog(AuthService(self._services.db), self._services.actor, error, self)
            if dialog.exec():
                retry(dialog.approval)
                return
        self.error.show_message(error.message)

    def _move(self, target: State, reason: str | None = None, approval: DoubleBenefitApproval | None = None) -> None:
        if reason is None:
            reason = ""
            if target in REASON_REQUIRED:
                reason, ok = QInputDialog.getText(self, state_label(target), self.tr("Reason:"))
                if not ok:
                    return
        application_id, version = self._view.summary.id, self._view.version
        self._run(lambda: self._services.applications.transition(application_id, target, reason,
                                                                 expected_version=version, double_benefit=approval))
        self._approve_then = lambda given: self._move(target, reason, given)

    def _mark(self, status: str) -> None:
        key = self.checklist.current_key()
        if key is None:
            return
        item_id, version = key
        note = self.note.text()
        self._run(lambda: self._services.applications.mark_item(item_id, status, note, expected_version=version))
        self.note.clear()

    def _check_eligibility(self) -> None:
        application_id = self._view.summary.id
        self._run(lambda: self._services.applications.check_eligibility(application_id))

    def _schedule(self) -> None:
        try:
            when = self.visit_date.value()
        except DomainError as error:
            self.error.show_message(error.message)
            return
        summary, researcher = self._view.summary, self.researcher.currentData()
        self._run(lambda: self._services.visits.schedule(summary.beneficiary_id, researcher, when or date.today(),
                                                         application_id=summary.id))

    def _report(self) -> None:
        key = self.visits.current_key()
        if key is not None and VisitReportDialog(self._services, key[0], key[1], self).exec():
            self.show_application(self._view.summary.id)
            self.changed.emit()
