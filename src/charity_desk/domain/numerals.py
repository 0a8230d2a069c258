"""The digit style of everything shown and printed: Western (0-9, the default) or Arabic-Indic (٠-٩).

One style holds for the whole application so a table, a spin box and a printed letter never disagree.
The association chooses it in Settings; the screens and the documents ask this module, through
``localize_digits``, rather than each deciding for itself.  Stored values always keep Western digits
(``digits.to_western_digits`` normalizes what people type).
"""

from __future__ import annotations

import re

WESTERN = "western"
ARABIC_INDIC = "arabic_indic"
DIGIT_STYLES = (WESTERN, ARABIC_INDIC)

_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# In Arabic-Indic numbers the thousands and decimal separators have their own marks.
_NUMBER_SEPARATORS = str.maketrans({",": "\u066c", ".": "\u066b"})
_WORD = re.compile(r"\S+")
_HYPHEN_BETWEEN_DIGITS = re.compile("(?<=[\u0660-\u0669])-(?=[\u0660-\u0669])")
_LATIN = re.compile(r"[A-Za-z]")
_current = [WESTERN]


def digit_style() -> str:
    return _current[0]


def use_digit_style(style: str) -> None:
    """Make ``style`` the style of everything shown from now on (an unknown value means Western)."""
    _current[0] = style if style in DIGIT_STYLES else WESTERN


def localize_digits(text: str, style: str | None = None) -> str:
    """``text`` with its Western digits in the chosen style; letters and punctuation untouched.

    A word written in Latin letters keeps its digits (a letter's code «5QIJ-OWNA», «SHA-256», a web
    address): it is read, typed and checked as written."""
    if (style or _current[0]) != ARABIC_INDIC:
        return text
    return _WORD.sub(lambda m: m.group() if _LATIN.search(m.group()) else _arabic_indic_word(m.group()), text)


def _arabic_indic_word(word: str) -> str:
    """A word's digits in Arabic-Indic; a hyphen between two of them is held by left-to-right marks,
    without which «١٤٤٨-٠٠٠٠٢٤» shows its two numbers swapped (a hyphen does not join Arabic-Indic
    numbers the way a slash or a colon does)."""
    return _HYPHEN_BETWEEN_DIGITS.sub("\u200e-\u200e", word.translate(_TO_ARABIC_INDIC))


def format_number(value: int | float, decimals: int = 0, style: str | None = None) -> str:
    """``1,500`` or ``١٬٥٠٠``: grouped thousands, ``decimals`` places, separators that match the digits."""
    text = f"{value:,.{decimals}f}"
    if (style or _current[0]) == ARABIC_INDIC:
        return text.translate(_NUMBER_SEPARATORS).translate(_TO_ARABIC_INDIC)
    return text


def format_percent(share: float, style: str | None = None) -> str:
    """``share`` (0 to 1) as a whole percentage: «67%», or «٦٧٪» with Arabic-Indic digits."""
    sign = "\u066a" if (style or _current[0]) == ARABIC_INDIC else "%"
    return format_number(round(share * 100), style=style) + sign
