"""The person's appointments in their file («Services received» tab): those to come and the latest past
ones, each with its day in both calendars, time, kind, staff member, purpose, state and reference.

Enter on an appointment opens its slot on the Appointments page.  A list bounded by the service (``AppointmentService.of_person``: fifty at most), read when the tab is
first shown for a file, as the tab's own records are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission
from charity_desk.i18n import current_language, translate
from charity_desk.services.appointment_views import kind_label
from charity_desk.services.registry import ActorServices
from charity_desk.ui.formatting import show_clock, show_short_date
from charity_desk.ui.widgets.simple_table import SimpleTable, fit_columns

CONTEXT = "PersonAppointments"
# The states as the file says them (the Appointments page's own module is not loaded for a file).
STATES = {
    "booked": QT_TRANSLATE_NOOP("PersonAppointments", "Booked"),
    "arrived": QT_TRANSLATE_NOOP("PersonAppointments", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("PersonAppointments", "Did not come"),
    "cancelled": QT_TRANSLATE_NOOP("PersonAppointments", "Cancelled"),
}
# The purpose (free text) takes the width the other columns leave.
PURPOSE_COLUMN = 4


class PersonAppointments(QGroupBox):
    #: Enter or a double click on an appointment: its slot on the Appointments page (to record an arrival, print
    #: the slip or cancel).
    open_requested = Signal(int)

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Appointments"))
        self._services = services
        self.table = SimpleTable([self.tr("Day"), self.tr("Time"), self.tr("Kind"), self.tr("With"),
                                  self.tr("Purpose"), self.tr("State"), self.tr("Reference")],
                                 ltr_columns=frozenset({6}))
        self.table.setObjectName("personAppointments")
        fit_columns(self.table, (PURPOSE_COLUMN,))
        self.table.setToolTip(self.tr("Enter or a double click opens the appointment's day on the Appointments page"))
        self.table.activated.connect(lambda _index: self._open_current())
        self.empty = QLabel(self.tr("No appointment booked for this person."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        # Whoever may not read appointments does not see the box at all.
        self.allowed = services.actor.can(Permission.BENEFICIARY_VIEW)
        self.setVisible(self.allowed)

    def _open_current(self) -> None:
        appointment_id = self.table.current_key()
        if appointment_id is not None:
            self.open_requested.emit(appointment_id)

    def load(self, beneficiary_id: int) -> None:
        if not self.allowed:
            return
        appointments = self._services.appointments.of_person(beneficiary_id)
        language = current_language()
        self.table.set_rows([(show_short_date(a.day), show_clock(a.starts_at), kind_label(a.kind, language),
                              a.staff_name, a.purpose, translate(CONTEXT, STATES.get(a.status, a.status)), a.reference) for a in appointments],
                            keys=[a.id for a in appointments])
        self.table.setVisible(bool(appointments))
        self.empty.setVisible(not appointments)
