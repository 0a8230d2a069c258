"""Appointments and messages: a staff member's day or week of slots, the desk's agenda of the day
(arrivals and no-shows), and the text messages due, written out for the SMS provider.

One page in the navigation with three tabs: the schedule is where slots are booked, the agenda is
what the desk works through during the day, and the messages follow from both.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language
from charity_desk.services.appointment_views import AppointmentView, kind_label, working_hours
from charity_desk.services.registry import ActorServices
from charity_desk.ui.appointment_slips import preview_slip
from charity_desk.ui.document_jobs import DocumentJobs
from charity_desk.ui.form_submit import submit
from charity_desk.ui.formatting import show_clock, show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.screens.appointment_grid import AppointmentGrid
from charity_desk.ui.screens.messages_tab import MessagesTab
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

STATUS_LABELS = {
    "booked": QT_TRANSLATE_NOOP("AppointmentsPage", "Booked"),
    "arrived": QT_TRANSLATE_NOOP("AppointmentsPage", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("AppointmentsPage", "Did not come"),
    "cancelled": QT_TRANSLATE_NOOP("AppointmentsPage", "Cancelled"),
}


def _status(code: str) -> str:
    from charity_desk.i18n import translate

    return translate("AppointmentsPage", STATUS_LABELS.get(code, code))


AGENDA_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Time"), lambda a: show_clock(a.starts_at), "time"),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Person"), lambda a: a.person_name),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "With"), lambda a: a.staff_name),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Kind"), lambda a: kind_label(a.kind, current_language())),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Purpose"), lambda a: a.purpose),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Status"), lambda a: _status(a.status)),
    Column(QT_TRANSLATE_NOOP("AgendaTab", "Reference"), lambda a: a.reference, ltr=True),
)


class ScheduleTab(QWidget):
    """One staff member's day or week; booking, arrival, no-show, cancelling and the slip from here."""

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.staff = QComboBox()
        for staff_id, name, _role in services.appointments.staff():
            self.staff.addItem(name, staff_id)
        if (mine := self.staff.findData(services.actor.user_id)) >= 0:
            self.staff.setCurrentIndex(mine)
        self.day = DateInput()
        self.day.set_value(date.today())
        self.span = QComboBox()
        self.span.addItem(self.tr("Day"), "day")
        self.span.addItem(self.tr("Week"), "week")
        self.grid = AppointmentGrid(working_hours())
        self.grid.free_slot_chosen.connect(self.book_at)
        self.grid.appointment_chosen.connect(self.print_slip)
        self.error = FormError()
        self.jobs = DocumentJobs(self, self.error)
        can_book = services.actor.can(Permission.APPLICATION_EDIT)
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.clicked.connect(self.book)
        self.arrived_button = QPushButton(self.tr("Arrived"))
        self.arrived_button.clicked.connect(lambda: self._record("record_arrival"))
        self.no_show_button = QPushButton(self.tr("Did not come"))
        self.no_show_button.clicked.connect(lambda: self._record("record_no_show"))
        self.cancel_button = QPushButton(self.tr("Cancel the appointment"))
        self.cancel_button.clicked.connect(self.cancel_appointment)
        for button in (self.book_button, self.arrived_button, self.no_show_button, self.cancel_button):
            button.setEnabled(can_book)
        self.slip_button = QPushButton(self.tr("Print the slip"))
        self.slip_button.clicked.connect(lambda: self.print_slip(self.grid.current_appointment()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Desk or researcher")))
        top.addWidget(self.staff, 1)
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(self.span)
        top.addStretch()
        buttons = QHBoxLayout()
        for button in (self.book_button, self.arrived_button, self.no_show_button, self.cancel_button,
                       self.slip_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.staff.currentIndexChanged.connect(self.reload)
        self.day.changed.connect(self.reload)
        self.span.currentIndexChanged.connect(self.reload)

    def days(self) -> list[date]:
        chosen = self.day.value() or date.today()
        return working_hours().week_of(chosen) if self.span.currentData() == "week" else [chosen]

    def reload(self) -> None:
        staff_id, days = self.staff.currentData(), self.days()
        if staff_id is None or not days:
            self.grid.show_days(days, [])
            return
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        found: list = []
        submit(None, self.error, lambda: found.extend(self._services.appointments.between(staff_id, days[0], days[-1])))
        self.grid.show_days(days, found)
        self.grid.setCurrentCell(max(row, 0), min(max(column, 0), len(days) - 1))

    def show_appointment(self, appointment: AppointmentView) -> None:
        for widget in (self.staff, self.day, self.span):
            widget.blockSignals(True)
        self.staff.setCurrentIndex(max(0, self.staff.findData(appointment.staff_id)))
        self.day.set_value(appointment.day)
        self.span.setCurrentIndex(0)
        for widget in (self.staff, self.day, self.span):
            widget.blockSignals(False)
        self.reload()
        self.grid.choose_appointment(appointment.id)

    def book(self) -> None:
        slot = self.grid.current_slot()
        self.book_at(*(slot or (self.day.value(), None)))

    def book_at(self, day, starts_at):
        from charity_desk.ui.dialogs.book_appointment import BookAppointmentDialog

        if not self._services.actor.can(Permission.APPLICATION_EDIT):
            return None
        dialog = BookAppointmentDialog(self._services, staff_id=self.staff.currentData(), day=day,
                                       starts_at=starts_at, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def cancel_appointment(self) -> None:
        """Free the slot, once the person confirms (a cancelled appointment cannot be taken back)."""
        if self.grid.current_appointment() is None:
            return
        answer = QMessageBox.question(self, self.tr("Cancel the appointment"),
                                      self.tr("Cancel this appointment and free its slot? It cannot be taken back; "
                                              "a new one can be booked."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._record("cancel")

    def _record(self, action: str) -> None:
        appointment = self.grid.current_appointment()
        if appointment is not None and submit(None, self.error,
                                              lambda: getattr(self._services.appointments, action)(appointment)):
            self.reload()

    def print_slip(self, appointment_id: int | None) -> None:
        if appointment_id is not None:
            preview_slip(self.jobs, self._services, appointment_id)


class AgendaTab(QWidget):
    """Every appointment of a day at the association, in time order: who has come and who has not."""

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.day = DateInput()
        self.day.set_value(date.today())
        self.day.changed.connect(self.activate)
        self.count = QLabel()
        self.model = PagedListModel("AgendaTab", AGENDA_COLUMNS, parent=self)
        self.model.total_changed.connect(
            lambda total: self.count.setText(self.tr("Appointments: {count}").format(count=show_number(total))))
        self.table = PagedTable(self.model)
        self.error = FormError()
        self.jobs = DocumentJobs(self, self.error)
        self.arrived_button = QPushButton(self.tr("Arrived"))
        self.arrived_button.clicked.connect(lambda: self._record("record_arrival"))
        self.no_show_button = QPushButton(self.tr("Did not come"))
        self.no_show_button.clicked.connect(lambda: self._record("record_no_show"))
        for button in (self.arrived_button, self.no_show_button):
            button.setEnabled(services.actor.can(Permission.APPLICATION_EDIT))
        self.slip_button = QPushButton(self.tr("Print the slip"))
        self.slip_button.clicked.connect(self.print_slip)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addStretch()
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.arrived_button, self.no_show_button, self.slip_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def activate(self) -> None:
        submit(None, self.error,
               lambda: self.model.set_source(self._services.appointments.agenda(self.day.value() or date.today())))

    def _record(self, action: str) -> None:
        appointment = self.table.current_id()
        if appointment is not None and submit(None, self.error,
                                              lambda: getattr(self._services.appointments, action)(appointment)):
            self.table.refresh(appointment)

    def print_slip(self) -> None:
        if (appointment_id := self.table.current_id()) is not None:
            preview_slip(self.jobs, self._services, appointment_id)


class AppointmentsPage(QWidget):
    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.tabs = QTabWidget()
        self.schedule = ScheduleTab(services)
        self.agenda = AgendaTab(services)
        self.messages = MessagesTab(services)
        self.tabs.addTab(self.schedule, self.tr("Schedule"))
        self.tabs.addTab(self.agenda, self.tr("The desk's day"))
        self.tabs.addTab(self.messages, self.tr("Messages"))
        self.tabs.currentChanged.connect(lambda _index: self.activate())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_record(self, appointment_id: int) -> None:
        """The schedule on the appointment's day and staff member, its slot chosen («My work today» opens it)."""
        self.tabs.setCurrentWidget(self.schedule)
        self.schedule.show_appointment(self._services.appointments.appointment(appointment_id))

    def activate(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.schedule:
            self.schedule.reload()
        else:
            current.activate()
