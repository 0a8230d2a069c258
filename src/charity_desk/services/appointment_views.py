"""Plain read models of appointments, as the screens, the slip and the task list receive them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from importlib.resources import files

from charity_desk.domain.appointment_slots import Hours, ends_at

KINDS = ("desk", "home_visit")
STATUSES = ("booked", "arrived", "no_show", "cancelled")


@cache
def appointment_settings() -> dict:
    """The working hours, lengths and kinds of appointment (data/appointments.json)."""
    return json.loads((files("charity_desk.data") / "appointments.json").read_text(encoding="utf-8"))


def working_hours() -> Hours:
    return Hours.from_data(appointment_settings())


def kind_label(kind: str, language: str = "ar") -> str:
    row = next((k for k in appointment_settings()["kinds"] if k["code"] == kind), None)
    return "" if row is None else row["label_ar" if language == "ar" else "label_en"]


@dataclass(frozen=True)
class BookingInput:
    beneficiary_id: int
    staff_id: int
    kind: str
    day: date
    starts_at: time
    minutes: int
    purpose: str = ""


@dataclass(frozen=True)
class AppointmentView:
    id: int
    version: int
    reference: str
    beneficiary_id: int
    person_name: str
    mobile: str
    staff_id: int
    staff_name: str
    kind: str
    day: date
    starts_at: time
    minutes: int
    purpose: str
    status: str

    @property
    def ends_at(self) -> time:
        return ends_at(self.starts_at, self.minutes)


@dataclass(frozen=True)
class KeptFigure:
    """Appointments of a period that were due (not cancelled, day passed or arrival recorded) and kept."""

    due: int
    kept: int
    no_show: int

    @property
    def kept_percent(self) -> float | None:
        return None if not self.due else round(100 * self.kept / self.due, 1)
