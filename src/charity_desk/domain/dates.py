"""Dates: stored Gregorian, shown Hijri (Umm al-Qura) and Gregorian, entered in either calendar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from hijridate import Gregorian, Hijri

from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

FIELD = "date"
Calendar = Literal["gregorian", "hijri"]

_MONTHS_AR = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


@dataclass(frozen=True)
class HijriDate:
    year: int
    month: int
    day: int


def _error(text: str, **params) -> DomainError:
    return DomainError(Message("Dates", text, params), field=FIELD)


def _out_of_range() -> DomainError:
    return _error(
        QT_TRANSLATE_NOOP("Dates", "The date is outside the supported range (1343–1500 AH, 1924–2077 AD).")
    )


def to_hijri(value: date) -> HijriDate:
    try:
        hijri = Gregorian(value.year, value.month, value.day).to_hijri()
    except OverflowError as error:
        raise _out_of_range() from error
    return HijriDate(hijri.year, hijri.month, hijri.day)


def from_hijri(year: int, month: int, day: int) -> date:
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError as error:
        raise _out_of_range() from error
    except ValueError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Dates", "{day}/{month}/{year} is not a date in the Hijri calendar."),
            day=day,
            month=month,
            year=year,
        ) from error


def hijri_month_name(month: int) -> str:
    return _MONTHS_AR[month - 1]


def format_gregorian(value: date) -> str:
    """``24/11/2026``: day first, and an order the bidi rules keep inside Arabic text."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_hijri(value: date) -> str:
    h = to_hijri(value)
    return f"{h.day} {hijri_month_name(h.month)} {h.year}هـ"


def format_hijri_numeric(value: date) -> str:
    h = to_hijri(value)
    return f"{h.day:02d}/{h.month:02d}/{h.year}"


def format_dual(value: date) -> str:
    """``14 جمادى الآخرة 1448هـ الموافق 24/11/2026م``, Hijri first as official letters write it."""
    return f"{format_hijri(value)} الموافق {format_gregorian(value)}م"


_DAY_FIRST = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})")


def parse_date(text: str, calendar: Calendar = "gregorian") -> date:
    """Read ``d/m/yyyy`` or ``yyyy-mm-dd`` (any of / - .), Arabic-Indic digits allowed."""
    value = to_western_digits((text or "").strip()).removesuffix("هـ").removesuffix("م").strip()
    if match := _DAY_FIRST.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
    elif match := _YEAR_FIRST.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Dates", "Write the date as day/month/year, for example 24/11/2026 or 14/06/1448."
            )
        )
    if calendar == "hijri":
        return from_hijri(year, month, day)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Dates", "{day}/{month}/{year} is not a date in the Gregorian calendar."),
            day=day,
            month=month,
            year=year,
        ) from error


def check_not_future(value: date, today: date) -> None:
    if value > today:
        raise _error(
            QT_TRANSLATE_NOOP("Dates", "The date {date} is in the future."), date=format_gregorian(value)
        )


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
