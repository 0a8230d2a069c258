"""Numbers as people type or paste them: Arabic keyboards give ٠١٢ or ۰۱۲, Western digits are stored.

Text copied from Arabic documents often carries invisible direction marks (U+200F and friends)
next to numbers; they are removed with the separators so a pasted ID or phone is not refused for
characters nobody can see.
"""

from __future__ import annotations

import re

_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIRECTION_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SEPARATORS = re.compile("[\\s\\-\u2010-\u2015\u2212]")


def to_western_digits(text: str) -> str:
    """``text`` with Arabic-Indic (٠-٩) and Eastern (۰-۹) digits as 0-9; nothing else changes."""
    return text.translate(_TO_WESTERN)


def strip_direction_marks(text: str) -> str:
    """``text`` without the invisible left-to-right / right-to-left marks and embeddings."""
    return _DIRECTION_MARKS.sub("", text)


def compact_number(text: str) -> str:
    """Western digits with spaces, dashes of every kind and direction marks removed."""
    return _SEPARATORS.sub("", strip_direction_marks(to_western_digits(text or "")))
