"""A staff member's day or week as a grid of time slots: rows are the slots, columns the days.

Bounded by nature (the slots of one week), so a ``QTableWidget`` filled from one service call.  An
appointment longer than a slot spans the rows it covers.  The arrows move through the slots; Enter on
a free slot asks for a booking there, on a booked one for its slip.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from charity_desk.domain.appointment_slots import Hours, ends_at, overlaps
from charity_desk.domain.dates import format_gregorian, format_hijri_numeric
from charity_desk.domain.numerals import localize_digits
from charity_desk.i18n import current_language
from charity_desk.services.appointment_views import AppointmentView, kind_label
from charity_desk.ui.formatting import show_clock

STATUS_COLOURS = {"booked": "#E8F1FB", "arrived": "#E3F4E8", "no_show": "#FBE9E7"}


class AppointmentGrid(QTableWidget):
    #: A free slot was chosen with Enter or a double click: (day, start).
    free_slot_chosen = Signal(object, object)
    #: A booked slot was chosen: the appointment's id.
    appointment_chosen = Signal(int)

    def __init__(self, hours: Hours, parent=None):
        super().__init__(parent)
        self._hours = hours
        self._slots = hours.slots()
        self._days: list[date] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.cellDoubleClicked.connect(lambda row, column: self._choose(row, column))

    def show_days(self, days: list[date], appointments: list[AppointmentView]) -> None:
        """Lay out ``days`` (one for the day view, the working days for the week) with their appointments."""
        self.clearSpans()
        self.clearContents()
        self._days = days
        self.setRowCount(len(self._slots))
        self.setColumnCount(len(days))
        self.setVerticalHeaderLabels([show_clock(s) for s in self._slots])
        self.setHorizontalHeaderLabels([
            f"{QLocale().dayName(d.isoweekday())} {localize_digits(format_hijri_numeric(d))}\n"
            f"{localize_digits(format_gregorian(d))}" for d in days])
        for column, day in enumerate(days):
            for row, _slot in enumerate(self._slots):
                self.setItem(row, column, QTableWidgetItem(""))
            for appointment in (a for a in appointments if a.day == day):
                self._place(column, appointment)

    def _place(self, column: int, appointment: AppointmentView) -> None:
        covered = [row for row, slot in enumerate(self._slots)
                   if overlaps(slot, self._hours.slot_minutes, appointment.starts_at, appointment.minutes)]
        if not covered:
            return
        first = covered[0]
        times = f"{show_clock(appointment.starts_at)}–{show_clock(ends_at(appointment.starts_at, appointment.minutes))}"
        details = [kind_label(appointment.kind, current_language())] if appointment.kind != "desk" else []
        details += [appointment.purpose] if appointment.purpose else []
        full = f"{times}  {appointment.person_name}" + "".join(f" — {d}" for d in details)
        # A week's columns are narrow: the start and the name, the rest on hovering.
        shown = full if self.columnCount() == 1 else f"{show_clock(appointment.starts_at)}  {appointment.person_name}"
        item = QTableWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, appointment.id)
        item.setToolTip(full)
        item.setBackground(QBrush(QColor(STATUS_COLOURS.get(appointment.status, "#FFFFFF"))))
        self.setItem(first, column, item)
        if len(covered) > 1:
            self.setSpan(first, column, len(covered), 1)

    def appointment_at(self, row: int, column: int) -> int | None:
        item = self.item(row, column)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def current_appointment(self) -> int | None:
        return self.appointment_at(self.currentRow(), self.currentColumn())

    def choose_appointment(self, appointment_id: int) -> bool:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                if self.appointment_at(row, column) == appointment_id:
                    self.setCurrentCell(row, column)
                    return True
        return False

    def current_slot(self) -> tuple[date, time] | None:
        if not self._days or self.currentRow() < 0 or self.currentColumn() < 0:
            return None
        return self._days[self.currentColumn()], self._slots[self.currentRow()]

    def _choose(self, row: int, column: int) -> None:
        appointment = self.appointment_at(row, column)
        if appointment is not None:
            self.appointment_chosen.emit(appointment)
        elif self._days:
            self.free_slot_chosen.emit(self._days[column], self._slots[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._choose(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)
