"""The data-subject requests register: due dates, overdue ones marked, identity checks, the one extension
and the answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPushButton

from charity_desk.domain.counting import OBLIQUE
from charity_desk.services.data_requests import DataRequestView
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.data_request import NewDataRequestDialog
from charity_desk.ui.dialogs.data_request_follow_up import CloseDataRequestDialog, ExtendDataRequestDialog
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import counted, show_moment, show_short_date
from charity_desk.ui.privacy_labels import REQUEST_KINDS, REQUEST_OUTCOMES, label
from charity_desk.ui.widgets.register_tab import OVERDUE_BACKGROUND, RegisterTab

STATE_COLUMN = 4


class DataRequestsTab(RegisterTab):
    def __init__(self, services: ActorServices, parent=None):
        self._services = services
        super().__init__([self.tr("Received"), self.tr("Request"), self.tr("Person"), self.tr("Answer due"),
                          self.tr("State"), self.tr("Identity")], self.tr("New request…"), parent=parent)
        self.identity_how = QLineEdit()
        self.identity_how.setPlaceholderText(self.tr("How the identity was checked, for example: original ID card"))
        self.identity_button = QPushButton(self.tr("Identity checked"))
        self.identity_button.clicked.connect(self.check_identity)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.close_button = QPushButton(self.tr("Close with the answer…"))
        self.close_button.clicked.connect(self.close_selected)
        self.actions.addWidget(self.identity_how, 1)
        self.actions.addWidget(self.identity_button)
        self.actions.addWidget(self.extend_button)
        self.actions.addWidget(self.close_button)

    def source(self, wanted: str):
        return self._services.lists.data_requests(wanted, date.today())

    def state(self, request: DataRequestView) -> str:
        today = date.today()
        if request.status == "closed":
            return self.tr("{outcome} on {date}").format(outcome=label(REQUEST_OUTCOMES, request.outcome),
                                                        date=show_short_date(request.closed_on))
        if request.overdue(today):
            return self.tr("Overdue by {days}").format(days=counted(-request.days_left(today), "day", OBLIQUE))
        return self.tr("Left: {days}").format(days=counted(request.days_left(today), "day"))

    def cells(self, r: DataRequestView) -> tuple:
        return (show_short_date(r.received_on), label(REQUEST_KINDS, r.kind),
                r.person_name or self.tr("(file destroyed)"), show_short_date(r.due_on), self.state(r),
                self.tr("Checked") if r.identity_checked else self.tr("Not checked yet"))

    def attention(self, request: DataRequestView):
        return (OVERDUE_BACKGROUND, STATE_COLUMN) if request.overdue(date.today()) else None

    def show_entry(self, request: DataRequestView | None) -> None:
        is_open = request is not None and request.status == "open"
        self.identity_button.setEnabled(is_open and not request.identity_checked)
        self.identity_how.setEnabled(self.identity_button.isEnabled())
        self.extend_button.setEnabled(is_open and not request.extension_days)
        self.extend_button.setToolTip(self.tr("A request may be extended only once.")
                                      if is_open and request.extension_days else "")
        self.close_button.setEnabled(is_open)
        if request is None:
            return
        parts = [request.details] if request.details else []
        parts.append(self.tr("Received by: {name}").format(name=request.received_by))
        if request.identity_checked:
            parts.append(self.tr("Identity checked by {name} on {when}: {how}").format(
                name=request.identity_checked_by, when=show_moment(request.identity_checked_at),
                how=request.identity_how))
        if request.extension_days:
            parts.append(self.tr("Extended by {days}:").format(days=counted(request.extension_days, "day", OBLIQUE)) + " "
                         + request.extension_reason)
        if request.status == "closed":
            parts.append(label(REQUEST_OUTCOMES, request.outcome) + ": " + request.outcome_details)
        self.details.setPlainText("\n\n".join(parts))

    def new_dialog(self) -> NewDataRequestDialog:
        """The form for a new request, not yet shown (tests fill it before ``exec``)."""
        return NewDataRequestDialog(self._services, self)

    def new(self) -> None:
        dialog = self.new_dialog()
        if dialog.exec():
            self.entry_added(dialog.request_id)

    def check_identity(self) -> None:
        request = self.selected()
        if request is not None and submit(None, self.error, lambda: self._services.data_requests.check_identity(
                request.id, self.identity_how.text(), expected_version=request.version)):
            self.identity_how.clear()
            self.entry_changed(request.id)

    def extend_dialog(self) -> ExtendDataRequestDialog | None:
        request = self.selected()
        return None if request is None else ExtendDataRequestDialog(self._services, request, self)

    def extend_selected(self) -> None:
        self.run_dialog(self.extend_dialog())

    def close_dialog(self) -> CloseDataRequestDialog | None:
        request = self.selected()
        return None if request is None else CloseDataRequestDialog(self._services, request, self)

    def close_selected(self) -> None:
        self.run_dialog(self.close_dialog())
