"""The rules of a day of appointments: working hours, slot lengths, and when two bookings clash.

Pure rules over times of day; the hours themselves are reference data (data/appointments.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Appointments"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Hours:
    """When appointments may be given: from ``day_starts`` to ``day_ends`` on ``work_days``."""

    day_starts: time
    day_ends: time
    slot_minutes: int
    lengths: tuple[int, ...]
    work_days: frozenset[str]

    @classmethod
    def from_data(cls, data: dict) -> Hours:
        return cls(time.fromisoformat(data["day_starts"]), time.fromisoformat(data["day_ends"]),
                   int(data["slot_minutes"]), tuple(int(n) for n in data["lengths"]),
                   frozenset(data["work_days"]))

    def slots(self) -> list[time]:
        """The start of every slot of a working day, in order."""
        found, moment = [], _at(self.day_starts)
        while moment < _at(self.day_ends):
            found.append(moment.time())
            moment += timedelta(minutes=self.slot_minutes)
        return found

    def is_work_day(self, day: date) -> bool:
        return _WEEKDAYS[day.weekday()] in self.work_days

    def week_of(self, day: date) -> list[date]:
        """The working days of the week (Sunday to Saturday, the Saudi week) that holds ``day``."""
        sunday = day - timedelta(days=(day.weekday() + 1) % 7)
        return [d for d in (sunday + timedelta(days=n) for n in range(7)) if self.is_work_day(d)]


def _at(moment: time) -> datetime:
    return datetime.combine(date(2000, 1, 1), moment)


def ends_at(starts_at: time, minutes: int) -> time:
    return (_at(starts_at) + timedelta(minutes=minutes)).time()


def overlaps(start: time, minutes: int, other_start: time, other_minutes: int) -> bool:
    """Whether two bookings of the same day share a minute (one ending as the other starts does not)."""
    return _at(start) < _at(other_start) + timedelta(minutes=other_minutes) and \
        _at(other_start) < _at(start) + timedelta(minutes=minutes)


def _error(text: str, field: str) -> DomainError:
    return DomainError(Message(CONTEXT, text), field=field)


def check_slot(hours: Hours, day: date, starts_at: time, minutes: int, today: date) -> list[DomainError]:
    """What is wrong with booking ``minutes`` from ``starts_at`` on ``day`` (nothing: an empty list)."""
    errors = []
    if day < today:
        errors.append(_error(QT_TRANSLATE_NOOP("Appointments", "The day has passed; choose today or a later day."),
                             "day"))
    elif not hours.is_work_day(day):
        errors.append(_error(QT_TRANSLATE_NOOP("Appointments", "The association does not work on that day; "
                                                               "choose a working day."), "day"))
    if minutes not in hours.lengths:
        errors.append(_error(QT_TRANSLATE_NOOP("Appointments", "Choose one of the offered lengths."), "minutes"))
    elif starts_at < hours.day_starts or _at(starts_at) + timedelta(minutes=minutes) > _at(hours.day_ends):
        errors.append(_error(QT_TRANSLATE_NOOP(
            "Appointments", "The appointment must start and end within working hours."), "starts_at"))
    return errors
