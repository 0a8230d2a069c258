"""Digits as typed on Arabic keyboards (٠١٢ and ۰۱۲) become the Western digits that are stored."""

from __future__ import annotations

_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def to_western_digits(text: str) -> str:
    return text.translate(_TO_WESTERN)
