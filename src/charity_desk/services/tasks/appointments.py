"""Appointments booked with someone: the staff member's task on the day, overdue while neither the
arrival nor the no-show has been recorded (services.appointments)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Appointment, Beneficiary
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, task_columns


class AppointmentTasks(TaskSource):
    kind = "appointment"
    label = QT_TRANSLATE_NOOP("Tasks", "Appointments")
    place = "appointments"

    def open_tasks(self, whose: Whose, until: date):
        detail = func.coalesce(Appointment.purpose, "")
        return (select(*task_columns(Appointment.id, Appointment.day, Appointment.beneficiary_id,
                                     Beneficiary.full_name, detail, Appointment.staff_id))
                .select_from(Appointment)
                .join(Beneficiary, Beneficiary.id == Appointment.beneficiary_id)
                .where(Appointment.staff_id == whose.user_id, Appointment.status == "booked",
                       Appointment.day <= until))

    def done_tasks(self, start: date, end: date):
        return (select(*done_columns(Appointment.staff_id, Appointment.day, days_after(Appointment.created_at, 0),
                                     days_after(Appointment.recorded_at, 0)))
                .where(Appointment.status.in_(("arrived", "no_show")), Appointment.day.between(start, end)))
