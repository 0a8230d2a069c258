"""Opening a committee meeting: which committee, on what day and at what time, and where.

The meeting's agenda is every application that is ready for the committee, so nothing more is
asked here; members are taken from the committee as it stands today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QTimeEdit, QVBoxLayout

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.services.committees import CommitteeService
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError

_DATE_MISSING = Message("NewMeetingDialog", QT_TRANSLATE_NOOP("NewMeetingDialog", "Enter the date of the meeting."))
_NO_COMMITTEE = Message("NewMeetingDialog", QT_TRANSLATE_NOOP(
    "NewMeetingDialog", "No committee is set up yet. An administrator adds the committee and its members first."))


class NewMeetingDialog(QDialog):
    def __init__(self, committees: CommitteeService, parent=None):
        super().__init__(parent)
        self._committees = committees
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(520)
        self.form = FieldForm()
        self.committee = self.form.add_field("committee", self.tr("Committee"), QComboBox())
        for committee_id, name in committees.committees():
            self.committee.addItem(name, committee_id)
        self.held_on = self.form.add_field("held_on", self.tr("Date"), DateInput())
        self.held_on.set_value(date.today())
        self.starts_at = self.form.add_field("starts_at", self.tr("Starts at"), QTimeEdit(QTime(10, 0)))
        # Left to right like every time typed in the application, set before the format: in a right-to-left
        # field Qt lays the format's sections out the other way round, and «10:00» reads «00:10».
        self.starts_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.starts_at.setDisplayFormat("h:mm AP")  # «10:00 ص» in Arabic, «10:00 AM» in English
        self.place = self.form.add_field("place", self.tr("Place"), QLineEdit())
        self.place.setPlaceholderText(self.tr("for example: the association's meeting room"))
        self.error = FormError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the meeting"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.committee.count() == 0:
            self.error.show_message(_NO_COMMITTEE)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def save(self) -> None:
        self.form.clear_errors()
        self.error.clear_message()
        try:
            held_on = self.held_on.value()
        except DomainError as error:
            self.form.show_errors({"held_on": error.message})
            return
        if held_on is None:
            self.form.show_errors({"held_on": _DATE_MISSING})
            return
        try:
            self.meeting_id = self._committees.open_meeting(self.committee.currentData(), held_on, self.place.text(),
                                                            self.starts_at.time().toPython())
        except InvalidInput as error:
            self.form.show_errors(error.fields)
            return
        except ServiceError as error:
            self.error.show_message(error.message)
            return
        self.accept()
