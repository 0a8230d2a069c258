"""Free text that can reach a spreadsheet (names, program names, descriptions, notes): the one rule
checked where it is typed and where it is imported.

Text starting with = + - @ (once trimmed, as it is stored), or with a tab or a carriage return,
runs as a formula the day the data is exported to Excel and the cell edited, or the sheet saved as
CSV; it is refused at entry as at import.  Names also hold letters only (a digit or symbol in a name
is usually a value typed in the wrong field).  The spreadsheet writer (documents.spreadsheet_cells)
still escapes anything stored before this rule.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "FreeText"
FORMULA_START = ("=", "+", "-", "@")
#: Signs a spreadsheet reads as the start of a formula or of a new cell, where text is not trimmed.
CONTROL_START = ("\t", "\r")
NAME_PUNCTUATION = frozenset(" -'’.")


def starts_like_formula(text: str) -> bool:
    """True for text a spreadsheet would take for a formula: = + - @ once the blanks around it are
    trimmed, or a tab or carriage return before any other sign."""
    return text.strip().startswith(FORMULA_START) or text.lstrip(" ").startswith(CONTROL_START)


def is_name(text: str) -> bool:
    """Letters (any script, with their marks), spaces and the punctuation names carry: - ' ’ ."""
    return any(ch.isalpha() for ch in text) and all(
        ch.isalpha() or ch in NAME_PUNCTUATION or unicodedata.category(ch).startswith("M") for ch in text
    )


def formula_error(field: str) -> DomainError:
    return DomainError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "FreeText",
                "This text starts like a spreadsheet formula (= + - @, a tab or a line break). "
                "Write it without that first sign.",
            ),
        ),
        field=field,
    )


def name_error(field: str) -> DomainError:
    return DomainError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("FreeText", "A name may contain letters only, without digits or symbols.")),
        field=field,
    )


def free_text_errors(values: Iterable[tuple[str, str]]) -> list[DomainError]:
    """One error per (field, text) that starts like a formula."""
    return [formula_error(field) for field, text in values if text and starts_like_formula(text)]


def name_errors(values: Iterable[tuple[str, str]]) -> list[DomainError]:
    """One error per (field, name) that starts like a formula or holds something other than letters."""
    errors = []
    for field, text in values:
        if not text:
            continue
        if starts_like_formula(text):
            errors.append(formula_error(field))
        elif not is_name(text):
            errors.append(name_error(field))
    return errors
