"""The periods reports are usually asked for, as (first day, last day) in Gregorian dates.

Associations report to their board by Gregorian month and to the national center by Hijri year,
so both calendars have a quick choice.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from charity_desk.domain.dates import from_hijri, to_hijri


def this_month(today: date) -> tuple[date, date]:
    """The Gregorian month of ``today``, first to last day."""
    return today.replace(day=1), today.replace(day=monthrange(today.year, today.month)[1])


def this_hijri_year(today: date) -> tuple[date, date]:
    """1 Muharram to the last day of Dhu al-Hijjah of the Umm al-Qura year of ``today``."""
    year = to_hijri(today).year
    return from_hijri(year, 1, 1), from_hijri(year + 1, 1, 1) - timedelta(days=1)


def last_twelve_months(today: date) -> tuple[date, date]:
    """The year that ends today: 26/11/2025 to 25/11/2026 (29 February becomes 1 March)."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:
        year_ago = date(today.year - 1, 3, 1) - timedelta(days=1)
    return year_ago + timedelta(days=1), today
