"""One committee meeting (clause 5-5): attendance, the agenda, a decision per item, and what
follows the closing: minutes and decision letters.

Everything goes through the services, which hold the rules (quorum, votes, finality); the panel
shows their refusals where they apply.  Once the meeting is closed its decisions are final, so
attendance and the decision form stay visible but cannot be changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.roles import Permission
from charity_desk.services.committee_lists import AgendaCounts
from charity_desk.services.committees import AgendaItem, DecisionInput, MeetingView
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.registry import ActorServices
from charity_desk.ui.bidi import ltr
from charity_desk.ui.committee_labels import outcome_label
from charity_desk.ui.dialogs.double_benefit import with_supervisor_approval
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.formatting import counted, show_amount, show_clock, show_date, show_text
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.attendance import AttendanceBox
from charity_desk.ui.widgets.decision_form import DecisionForm
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable


def _file_part(number: str) -> str:
    return number.replace("/", "-")


class MeetingPanel(QWidget):
    #: The meeting was closed or its letters issued: lists showing it may refresh.
    changed = Signal()

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self._can_decide = services.actor.can(Permission.COMMITTEE_DECIDE)
        self.view: MeetingView | None = None
        self.letter_ids: list[int] = []
        self.header = QLabel()
        self.header.setObjectName("fileName")
        self.state = QLabel()
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.close_button = self._button(self.tr("Close meeting…"), self.close_meeting)
        self.minutes_button = self._button(self.tr("Minutes"), self.print_minutes)
        self.issue_button = self._button(self.tr("Issue letters"), self.issue_letters)
        self.letters_button = self._button(self.tr("Print all letters"), self.print_letters)
        self.error = FormError()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.jobs = DocumentJobs(self, self.error)

        self.attendance = AttendanceBox()
        self.attendance.toggled.connect(self._save_attendance)
        agenda = QGroupBox(self.tr("Agenda"))
        self.agenda_model = PagedListModel("", (
            Column(self.tr("Application"), lambda i: i.number, ltr=True),
            Column(self.tr("Name"), lambda i: i.beneficiary_name),
            Column(self.tr("National ID"), lambda i: i.national_id, ltr=True),
            Column(self.tr("Program"), lambda i: i.program),
            Column(self.tr("Decision"), lambda i: self._decision_text(i.decision)),
        ), parent=self)
        #: How many applications are on the agenda and how many are decided (COUNT queries).
        self.counts = AgendaCounts(0, 0)
        self.agenda = PagedTable(self.agenda_model)
        self.agenda.current_changed.connect(lambda _id: self._show_item())
        self.summary_button = self._button(self.tr("Print case summary"), self.print_summary)
        self.all_summaries_button = self._button(self.tr("Print all case summaries"), self.print_all_summaries)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addStretch()
        agenda_buttons.addWidget(self.summary_button)
        agenda_buttons.addWidget(self.all_summaries_button)
        agenda_layout = QVBoxLayout(agenda)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addLayout(agenda_buttons)

        self.decision_box = QGroupBox(self.tr("Decision"))
        self.decision = DecisionForm()
        self.record_button = self._button(self.tr("Record decision"), self.record_decision)
        record_row = QHBoxLayout()
        record_row.addStretch()
        record_row.addWidget(self.record_button)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addWidget(self.decision)
        decision_layout.addLayout(record_row)
        decision_layout.addStretch()

        title_row = QHBoxLayout()
        title_row.addWidget(self.header)
        title_row.addSpacing(8)
        title_row.addWidget(self.state)
        title_row.addStretch()
        for button in (self.close_button, self.minutes_button, self.issue_button, self.letters_button):
            title_row.addWidget(button)
        start_column = QVBoxLayout()
        start_column.addWidget(self.attendance)
        start_column.addWidget(agenda, 1)
        body = QHBoxLayout()
        body.addLayout(start_column, 5)
        body.addWidget(self.decision_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        self.show_meeting(None)

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        return button

    # Showing ----------------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int | None, keep_notice: bool = False) -> None:
        self.error.clear_message()
        if not keep_notice:
            self._say("")
        self.view = self._services.committees.meeting(meeting_id, with_agenda=False) if meeting_id else None
        self.setEnabled(self.view is not None)
        if self.view is None:
            self.header.setText(self.tr("No meeting chosen"))
            self.facts.setText(self.tr("Choose a meeting from the list, or open a new one."))
            self.state.clear()
            self.state.hide()  # its open/closed colour would stand there as an empty badge
            self.agenda_model.set_source(None)
            self.counts = AgendaCounts(0, 0)
            self.attendance.show_members((), 0)
            self.decision.set_value(None)
            self.letter_ids = []
            self._enable()
            return
        view = self.view
        self.header.setText(self.tr("Meeting {number} — {committee}").format(number=ltr(show_text(view.number)),
                                                                          committee=view.committee_name))
        self.state.setText(self.tr("Closed") if view.closed else self.tr("Open"))
        self.state.show()
        self.state.setObjectName("meetingClosed" if view.closed else "meetingOpen")
        self.state.style().polish(self.state)
        facts = [show_date(view.held_on)] + ([show_clock(view.starts_at)] if view.starts_at else [])
        facts += [view.place] if view.place else []
        self.counts = self._services.lists.agenda_counts(view.id)
        facts.append(self.tr("{count} on the agenda").format(count=counted(self.counts.on_agenda, "application")))
        self.facts.setText("  •  ".join(facts))
        self.attendance.show_members(view.members, view.quorum)
        self.decision.show_votes(view.votes)
        self.letter_ids = self._services.letters.for_meeting(view.id) if view.closed else []
        self._show_agenda(self.agenda.current_id())

    def _show_agenda(self, select: int | None) -> None:
        """Read the agenda from its first page, choosing ``select`` (or the first item)."""
        self.agenda.blockSignals(True)
        self.agenda_model.set_source(self._services.lists.agenda(self.view.id))
        if not (select is not None and self.agenda.choose(select)) and self.agenda_model.rowCount():
            self.agenda.choose(self.agenda_model.row_id(0))
        self.agenda.blockSignals(False)
        self._show_item()

    def _decision_text(self, decision: DecisionInput | None) -> str:
        if decision is None:
            return "—"
        if decision.outcome == "accepted" and decision.amount is not None:
            return self.tr("{outcome}: {amount} riyals").format(outcome=outcome_label(decision.outcome),
                                                                amount=ltr(show_amount(decision.amount)))
        return outcome_label(decision.outcome)

    def current_item(self) -> AgendaItem | None:
        return self.agenda.current_row() if self.view else None

    def _show_item(self) -> None:
        item = self.current_item()
        self.decision.set_value(item.decision if item else None)
        self.decision_box.setTitle(self.tr("Decision on {number} — {name}").format(
            number=ltr(show_text(item.number)), name=item.beneficiary_name) if item else self.tr("Decision"))
        self._enable()

    def _enable(self) -> None:
        view, item = self.view, self.current_item()
        editable = view is not None and not view.closed and self._can_decide
        self.attendance.setEnabled(editable)
        self.decision.setEnabled(editable and item is not None)
        self.record_button.setEnabled(editable and item is not None)
        self.close_button.setEnabled(editable)
        self.close_button.setVisible(view is None or not view.closed)
        self.summary_button.setEnabled(item is not None)
        self.all_summaries_button.setEnabled(view is not None and self.counts.on_agenda > 0)
        closed = view is not None and view.closed
        decided = self.counts.decided if view else 0
        for button in (self.minutes_button, self.issue_button, self.letters_button):
            button.setVisible(closed)
        self.minutes_button.setEnabled(closed)
        self.issue_button.setEnabled(closed and self._can_decide and len(self.letter_ids) < decided)
        self.letters_button.setEnabled(closed and bool(self.letter_ids))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # Changing ---------------------------------------------------------------------------------
    def _save_attendance(self, member_id: int, present: bool) -> None:
        self.error.clear_message()
        try:
            self._services.committees.set_attendance(self.view.id, {member_id: present})
        except ServiceError as error:
            self.attendance.set_present(member_id, not present)
            self.error.show_message(error.message)

    def record_decision(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.error.clear_message()
        self.decision.form.clear_errors()
        try:
            self._services.committees.record_decision(self.view.id, item.application_id, self.decision.value())
        except InvalidInput as error:
            unknown = self.decision.form.show_errors(error.fields)
            if unknown:
                self.error.show_message(error.fields[unknown[0]])
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._say(self.tr("Decision recorded for application {number}.").format(number=ltr(item.number)))
        self.counts = self._services.lists.agenda_counts(self.view.id)
        self.agenda.refresh(item.application_id)
        model = self.agenda_model
        waiting = next((row for row in range(model.rowCount()) if model.row(row).decision is None), None)
        self.agenda.blockSignals(True)
        self.agenda.choose(model.row_id(waiting) if waiting is not None else item.application_id)
        self.agenda.blockSignals(False)
        self._show_item()

    def _confirm_close(self) -> bool:
        decided = self.counts.decided
        answer = QMessageBox.question(
            self, self.tr("Close meeting"),
            self.tr("Close meeting {number}? Its {count} decisions become final and each application moves to "
                    "accepted, rejected or deferred. Applications without a decision wait for the next "
                    "meeting.").format(number=ltr(self.view.number), count=decided))
        return answer == QMessageBox.StandardButton.Yes

    def close_meeting(self) -> None:
        if self.view is None or not self._confirm_close():
            return
        self.error.clear_message()
        meeting_id = self.view.id
        try:  # an acceptance that would give a household a second benefit waits for a supervisor
            if not with_supervisor_approval(self._services, self, lambda approvals: self._services.committees
                                            .close_meeting(meeting_id, double_benefit=approvals)):
                return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._say(self.tr("The meeting is closed and its decisions are final. Print the minutes, then issue the "
                          "decision letters."))
        self.show_meeting(self.view.id, keep_notice=True)
        self.changed.emit()

    def issue_letters(self) -> None:
        self.error.clear_message()
        try:
            self.letter_ids = self._services.letters.issue_for_meeting(self.view.id)
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self._say(self.tr("Issued and entered in the outgoing register: {count}.").format(
            count=counted(len(self.letter_ids), "letter")))
        self._enable()
        self.changed.emit()

    # Printing ---------------------------------------------------------------------------------
    def print_summary(self) -> None:
        item = self.current_item()
        if item is not None:
            self._print_summary(item)

    def print_all_summaries(self) -> None:
        if self.view is not None:
            ids = self._services.lists.agenda_application_ids(self.view.id)
            if len(ids) == 1:
                self._print_summary(self.agenda_model.row(0))
            elif ids:
                self._print_summaries_of(ids, self.tr("Case summaries — meeting {number}").format(
                    number=show_text(self.view.number)), f"cases-{_file_part(self.view.number)}.pdf")

    def _print_summary(self, item: AgendaItem) -> None:
        self._print_summaries_of([item.application_id], self.tr("Case summary — {number}").format(number=show_text(item.number)),
                                 f"case-{_file_part(item.number)}.pdf")

    def _print_summaries_of(self, ids: list[int], title: str, name: str) -> None:
        documents = self._services.meeting_documents
        self.jobs.run(self.tr("Preparing the case summaries…"), title, name,
                      lambda progress, cancelled: documents.case_summaries(ids, progress, cancelled))

    def print_minutes(self) -> None:
        documents, meeting_id = self._services.meeting_documents, self.view.id
        self.jobs.run(self.tr("Preparing the minutes…"),
                      self.tr("Minutes of meeting {number}").format(number=show_text(self.view.number)),
                      f"minutes-{_file_part(self.view.number)}.pdf",
                      lambda _progress, _cancelled: documents.minutes(meeting_id))

    def print_letters(self) -> None:
        letters, ids = self._services.letters, list(self.letter_ids)
        self.jobs.run(self.tr("Preparing the letters…"),
                      self.tr("Decision letters — meeting {number}").format(number=show_text(self.view.number)),
                      f"letters-{_file_part(self.view.number)}.pdf",
                      lambda progress, cancelled: letters.render(ids, progress, cancelled))
