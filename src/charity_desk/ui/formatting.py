"""How values read on screen: dates in both calendars, times in local time, riyal amounts, counts.

Every number shown goes through here so it takes the association's digit style (Settings): tables,
labels and documents through ``localize_digits``, spin boxes and other Qt number widgets through the
default ``QLocale`` that ``apply_digit_style`` sets.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QLocale

from charity_desk.domain.clock import format_clock_ar
from charity_desk.domain.counting import NOMINATIVE, count_arabic, count_english
from charity_desk.domain.dates import format_dual, format_gregorian, format_hijri_numeric
from charity_desk.domain.numerals import WESTERN, digit_style, format_number, localize_digits, use_digit_style
from charity_desk.i18n import ENGLISH, current_language, number_locale


def apply_digit_style(style: str) -> None:
    """Make ``style`` the digit style of every value shown and printed from now on."""
    use_digit_style(style)
    QLocale.setDefault(number_locale())


def show_number(value: int | float | Decimal | None, decimals: int = 0) -> str:
    return "" if value is None else format_number(value, decimals)


def show_text(text: str) -> str:
    """A text holding numbers (a code, a date written out) in the application's digit style."""
    return localize_digits(text or "")


def show_date(value: date | None) -> str:
    return localize_digits(format_dual(value)) if value else ""


def show_short_date(value: date | None) -> str:
    """``14/06/1448هـ — 24/11/2026م``: both calendars, compact, for tables."""
    return localize_digits(f"{format_hijri_numeric(value)}هـ — {format_gregorian(value)}م") if value else ""


def show_moment(value: datetime | None) -> str:
    """A stored UTC time, shown in this computer's time zone."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
    # Arabic-Indic numbers separated by a space are laid out right to left even inside a left-to-right
    # isolate, putting the time before the date; a left-to-right mark after the date keeps the order.
    gap = " " if digit_style() == WESTERN else "\u200e "
    return localize_digits(f"{format_gregorian(local.date())}{gap}{local:%H:%M}")


def show_clock(value: time | None) -> str:
    """A time of day: «10:30 صباحًا», or «10:30 AM» in English."""
    if value is None:
        return ""
    if current_language() == ENGLISH:
        return f"{value.hour % 12 or 12}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return format_clock_ar(value)


def show_amount(value: Decimal | None) -> str:
    return "" if value is None else format_number(value, 2)


def counted(count: int, noun: str, case: str = NOMINATIVE) -> str:
    """``count`` things of a kind with the noun agreeing in number: «٣ أشهر»، «١١ شهرًا»، «3 months».

    ``noun`` is a key of ``domain.counting.NOUNS``; ``case`` is ``counting.OBLIQUE`` after a
    preposition or for an object («متأخر يومين»)."""
    if current_language() == ENGLISH:
        return count_english(count, noun)
    return count_arabic(count, noun, case)
