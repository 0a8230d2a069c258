"""How values read on screen: dates in both calendars, times in local time, riyal amounts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from charity_desk.domain.dates import format_dual, format_gregorian, format_hijri_numeric


def show_date(value: date | None) -> str:
    return format_dual(value) if value else ""


def show_short_date(value: date | None) -> str:
    """``14/06/1448هـ — 24/11/2026م``: both calendars, compact, for tables."""
    return f"{format_hijri_numeric(value)}هـ — {format_gregorian(value)}م" if value else ""


def show_moment(value: datetime | None) -> str:
    """A stored UTC time, shown in this computer's time zone."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
    return f"{format_gregorian(local.date())} {local:%H:%M}"


def show_amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"
