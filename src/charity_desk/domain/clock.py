"""A time of day as written in Arabic letters and minutes: «10:30 صباحًا»، «4:00 مساءً»."""

from __future__ import annotations

from datetime import time

from charity_desk.domain.numerals import localize_digits


def format_clock_ar(value: time) -> str:
    """Twelve-hour time with «صباحًا» before noon and «مساءً» from noon, in the digit style."""
    hour = value.hour % 12 or 12
    part = "صباحًا" if value.hour < 12 else "مساءً"
    return localize_digits(f"{hour}:{value.minute:02d}") + f" {part}"
