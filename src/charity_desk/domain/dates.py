"""Dates: stored Gregorian, shown Hijri (Umm al-Qura) and Gregorian, entered in either calendar.

hijridate's Umm al-Qura tables cover 1343–1500 AH (1 August 1924 to 16 November 2077).  Every date
is shown in both calendars, so a date outside that span is refused at entry, with a clear message
rather than hijridate's OverflowError.  A year typed in the other calendar's span (1446 entered as
Gregorian) is the usual slip, and the message says which calendar to choose.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Literal

from hijridate import Gregorian, Hijri

from charity_desk.domain.digits import strip_direction_marks, to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Dates"
FIELD = "date"
Calendar = Literal["gregorian", "hijri"]

FIRST_HIJRI_YEAR = 1343
LAST_HIJRI_YEAR = 1500
FIRST_DATE = Hijri(FIRST_HIJRI_YEAR, 1, 1).to_gregorian()
LAST_DATE = Hijri(LAST_HIJRI_YEAR, 12, Hijri(LAST_HIJRI_YEAR, 12, 1).month_length()).to_gregorian()

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
    return DomainError(Message(CONTEXT, text, params), field=FIELD)


def _out_of_range() -> DomainError:
    return _error(
        QT_TRANSLATE_NOOP("Dates", "Enter a date from {first} to {last} (1343 to 1500 AH)."),
        first=format_gregorian(FIRST_DATE),
        last=format_gregorian(LAST_DATE),
    )


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise _error(
            QT_TRANSLATE_NOOP("Dates", "The month must be from 1 to 12; you typed {month}."), month=month
        )


def to_hijri(value: date) -> HijriDate:
    """The Umm al-Qura date of ``value``; DomainError outside 1343–1500 AH."""
    if not FIRST_DATE <= value <= LAST_DATE:
        raise _out_of_range()
    hijri = Gregorian.fromdate(value).to_hijri()
    return HijriDate(hijri.year, hijri.month, hijri.day)


def from_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian date of an Umm al-Qura date, or a DomainError that says what to fix."""
    if not FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR:
        if FIRST_DATE.year <= year <= LAST_DATE.year:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Dates",
                    "The year {year} looks Gregorian: choose the Gregorian calendar, or enter the Hijri year.",
                ),
                year=year,
            )
        raise _out_of_range()
    _check_month(month)
    days = Hijri(year, month, 1).month_length()
    if not 1 <= day <= days:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Dates", "Month {month} of {year} AH has {days} days; enter a day from 1 to {days}."
            ),
            month=month,
            year=year,
            days=days,
        )
    return Hijri(year, month, day).to_gregorian()


def _from_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date, refused when it cannot also be shown in Hijri."""
    if not FIRST_DATE.year <= year <= LAST_DATE.year:
        if FIRST_HIJRI_YEAR <= year <= LAST_HIJRI_YEAR:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Dates",
                    "The year {year} looks Hijri: choose the Hijri calendar, or enter the Gregorian year.",
                ),
                year=year,
            )
        raise _out_of_range()
    _check_month(month)
    days = monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Dates", "Month {month} of {year} has {days} days; enter a day from 1 to {days}."
            ),
            month=month,
            year=year,
            days=days,
        )
    value = date(year, month, day)
    if not FIRST_DATE <= value <= LAST_DATE:
        raise _out_of_range()
    return value


def hijri_month_name(month: int) -> str:
    """The Arabic name of Hijri month 1–12, as official letters write it."""
    if not 1 <= month <= 12:
        raise ValueError(f"a Hijri month is 1 to 12, got {month}")
    return _MONTHS_AR[month - 1]


def format_gregorian(value: date) -> str:
    """``24/11/2026``: day first, and an order the bidi rules keep inside Arabic text."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_hijri(value: date) -> str:
    """``14 جمادى الآخرة 1448هـ``."""
    h = to_hijri(value)
    return f"{h.day} {hijri_month_name(h.month)} {h.year}هـ"


def format_hijri_numeric(value: date) -> str:
    """``14/06/1448``, the form people type Hijri dates in."""
    h = to_hijri(value)
    return f"{h.day:02d}/{h.month:02d}/{h.year}"


def format_dual(value: date) -> str:
    """``14 جمادى الآخرة 1448هـ الموافق 24/11/2026م``, Hijri first as official letters write it."""
    return f"{format_hijri(value)} الموافق {format_gregorian(value)}م"


_SEP = r"\s*[/\-.]\s*"
_DAY_FIRST = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{4}})")
_YEAR_FIRST = re.compile(rf"([0-9]{{4}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{1,2}})")
_ERA_SUFFIX = re.compile(r"\s*(?:هـ|ه|م)$")


def parse_date(text: str, calendar: Calendar = "gregorian") -> date:
    """Read ``d/m/yyyy`` or ``yyyy-mm-dd`` (separators / - or .), in any digits, with an optional هـ or م."""
    value = _ERA_SUFFIX.sub("", strip_direction_marks(to_western_digits(text or "")).strip())
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
    return from_hijri(year, month, day) if calendar == "hijri" else _from_gregorian(year, month, day)


def check_not_future(value: date, today: date) -> None:
    """DomainError when ``value`` is after ``today`` (a birth date, a visit that took place)."""
    if value > today:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Dates", "The date {date} is in the future; enter today's date or an earlier one."
            ),
            date=format_gregorian(value),
        )


def age_on(birth: date, today: date) -> int:
    """Whole years completed on ``today``; someone born on 29 February turns a year older on 1 March."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
