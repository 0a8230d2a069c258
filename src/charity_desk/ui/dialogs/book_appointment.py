"""Booking an appointment: a walk-in at the desk or a home visit, in a time slot, for one person.

Opened from the day view on a free slot (staff, day and time already chosen), from the person's file
and from the walk-in form (the person already chosen).  The keyboard rules are the forms' own:
Ctrl+Enter books, Escape closes.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.numerals import localize_digits
from charity_desk.i18n import current_language
from charity_desk.services.appointment_views import BookingInput, appointment_settings, working_hours
from charity_desk.services.errors import InvalidInput
from charity_desk.services.registry import ActorServices
from charity_desk.ui.appointment_slips import preview_slip
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.form_submit import lay_out_form, submit
from charity_desk.ui.formatting import show_clock
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.field_form import FieldForm
from charity_desk.ui.widgets.form_error import FormError


class BookAppointmentDialog(QDialog):
    def __init__(self, services: ActorServices, *, beneficiary: tuple[int, str] | None = None,
                 staff_id: int | None = None, day: date | None = None, starts_at: time | None = None, parent=None):
        super().__init__(parent)
        self._services = services
        self._beneficiary = beneficiary
        self.appointment_id: int | None = None
        self.setWindowTitle(self.tr("Book an appointment"))
        self.resize(560, 380)
        self.form = FieldForm()
        if beneficiary is None:
            self.national_id = self.form.add_field("beneficiary", self.tr("National ID of the person"), QLineEdit())
        else:
            self.national_id = None
            self.form.add_field("beneficiary", self.tr("Person"), QLabel(beneficiary[1]))
        self.kind = self.form.add_field("kind", self.tr("Kind"), QComboBox())
        language = current_language()
        for row in appointment_settings()["kinds"]:
            self.kind.addItem(row["label_ar" if language == "ar" else "label_en"], row["code"])
        self.staff = self.form.add_field("staff", self.tr("With"), QComboBox())
        for staff, name, _role in services.appointments.staff():
            self.staff.addItem(name, staff)
        chosen = staff_id if staff_id is not None else services.actor.user_id  # by default: oneself
        self.staff.setCurrentIndex(max(0, self.staff.findData(chosen)))
        self.day = self.form.add_field("day", self.tr("Day"), DateInput())
        self.day.set_value(day or date.today())
        hours = working_hours()
        self.starts_at = self.form.add_field("starts_at", self.tr("Time"), QComboBox())
        slots = hours.slots()
        for slot in slots:
            self.starts_at.addItem(show_clock(slot), slot)
        if starts_at in slots:  # findData does not compare times
            self.starts_at.setCurrentIndex(slots.index(starts_at))
        self.minutes = self.form.add_field("minutes", self.tr("Length"), QComboBox())
        for minutes in hours.lengths:
            self.minutes.addItem(self.tr("{minutes} minutes").format(minutes=localize_digits(str(minutes))), minutes)
        self.minutes.setCurrentIndex(max(0, self.minutes.findData(hours.slot_minutes)))
        self.purpose = self.form.add_field("purpose", self.tr("Purpose"), QLineEdit())
        self.print_slip = QCheckBox(self.tr("Print the slip once booked"))
        self.print_slip.setChecked(True)
        self.form.addRow("", self.print_slip)
        self.error = FormError()
        #: The slip, previewed over this form once booked; the form closes with the preview.
        self.slip_jobs = DocumentJobs(self, self.error)
        self.slip_jobs.previewed.connect(lambda preview: preview.finished.connect(self.accept))
        lay_out_form(self, self.form, self.error, self.save)

    def _person(self) -> int:
        if self._beneficiary is not None:
            return self._beneficiary[0]
        found = self._services.beneficiaries.registered_with(self.national_id.text()) if \
            self.national_id.text().strip() else None
        if found is None:
            raise InvalidInput([DomainError(Message("BookAppointmentDialog", QT_TRANSLATE_NOOP(
                "BookAppointmentDialog", "No file you may open has this national ID; type the ID of a registered "
                                         "person.")), field="beneficiary")])
        return found.id

    def save(self) -> None:
        def book():
            day = self.day.value()
            if day is None:
                raise InvalidInput([DomainError(Message("BookAppointmentDialog", QT_TRANSLATE_NOOP(
                    "BookAppointmentDialog", "Enter the day of the appointment.")), field="day")])
            self.appointment_id = self._services.appointments.book(BookingInput(
                self._person(), self.staff.currentData(), self.kind.currentData(), day,
                self.starts_at.currentData(), self.minutes.currentData(), self.purpose.text()))
        if self.appointment_id is not None:  # booked already; only the slip was left to print
            self.accept()
        elif submit(self.form, self.error, book):
            if self.print_slip.isChecked():
                preview_slip(self.slip_jobs, self._services, self.appointment_id)
            else:
                self.accept()
