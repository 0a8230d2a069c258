"""Complaints and suggestions followed to closure (clause 2-1): due dates, overdue ones marked,
actions taken, and the reply with whether the person was satisfied."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPushButton

from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language
from charity_desk.reference import choice_label, complaint_categories
from charity_desk.services.complaints import ComplaintView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.close_complaint import CloseComplaintDialog
from charity_desk.ui.dialogs.new_complaint import NewComplaintDialog
from charity_desk.ui.feedback_labels import COMPLAINT_KINDS, COMPLAINT_STATUSES, label
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_short_date
from charity_desk.ui.widgets.register_tab import OVERDUE_BACKGROUND, RegisterTab

STATE_COLUMN = 6


def _category(code: str) -> str:
    return next((c.label(current_language()) for c in complaint_categories() if c.code == code), code)


class ComplaintsTab(RegisterTab):
    def __init__(self, services: ActorServices, parent=None):
        self._services = services
        super().__init__([self.tr("Received"), self.tr("Kind"), self.tr("Category"), self.tr("Came by"),
                          self.tr("Name"), self.tr("Answer due"), self.tr("State")], self.tr("New…"), parent=parent)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action taken, for example: called the person and explained"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.close_button = QPushButton(self.tr("Close with a reply…"))
        self.close_button.clicked.connect(lambda: self.run_dialog(self.close_dialog()))
        can_edit = services.actor.can(Permission.BENEFICIARY_EDIT)
        for widget in (self.new_button, self.add_action_button, self.close_button, self.action):
            widget.setEnabled(can_edit)
        self.actions.addWidget(self.action, 1)
        self.actions.addWidget(self.add_action_button)
        self.actions.addWidget(self.close_button)

    def source(self, wanted: str):
        return self._services.lists.complaints(wanted, date.today())

    def _state(self, complaint: ComplaintView) -> str:
        if complaint.overdue(date.today()):
            return self.tr("Open — overdue")
        if complaint.status == "closed":
            return self.tr("Closed on {date}").format(date=show_short_date(complaint.closed_on))
        return label(COMPLAINT_STATUSES, complaint.status)

    def cells(self, c: ComplaintView) -> tuple:
        return (show_short_date(c.received_on), label(COMPLAINT_KINDS, c.kind), _category(c.category),
                choice_label("channel", c.channel, current_language()), c.person_name, show_short_date(c.due_on),
                self._state(c))

    def attention(self, complaint: ComplaintView):
        return (OVERDUE_BACKGROUND, STATE_COLUMN) if complaint.overdue(date.today()) else None

    def show_entry(self, complaint: ComplaintView | None) -> None:
        if complaint is None:
            return
        parts = [complaint.details]
        if complaint.actions:
            parts.append(self.tr("Actions taken:") + "\n" + complaint.actions)
        if complaint.reply:
            satisfied = {True: self.tr("satisfied"), False: self.tr("not satisfied"), None: self.tr("not known")}
            parts.append(self.tr("Reply ({satisfied}):").format(satisfied=satisfied[complaint.person_satisfied])
                         + "\n" + complaint.reply)
        self.details.setPlainText("\n\n".join(parts))
        is_open = complaint.status == "open"
        self.close_button.setEnabled(is_open and self._services.actor.can(Permission.BENEFICIARY_EDIT))

    def new_dialog(self) -> NewComplaintDialog:
        """The form for a new complaint or suggestion, not yet shown (tests fill it before ``exec``)."""
        return NewComplaintDialog(self._services, self)

    def new(self) -> None:
        dialog = self.new_dialog()
        if dialog.exec():
            self.entry_added(dialog.complaint_id)

    def add_action(self) -> None:
        complaint = self.selected()
        if complaint is not None and submit(None, self.error, lambda: self._services.complaints.add_action(
                complaint.id, self.action.text(), expected_version=complaint.version)):
            self.action.clear()
            self.entry_changed(complaint.id)

    def close_dialog(self) -> CloseComplaintDialog | None:
        """The closing form for the selected complaint, not yet shown (tests fill it before ``exec``)."""
        complaint = self.selected()
        return None if complaint is None or complaint.status != "open" else CloseComplaintDialog(
            self._services, complaint, self)

    def close_selected(self) -> None:
        self.run_dialog(self.close_dialog())
