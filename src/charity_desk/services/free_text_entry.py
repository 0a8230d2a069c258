"""Free text typed into a form, checked where a service takes it by the rule the e-form import applies
(domain.free_text): text that a spreadsheet would read as a formula is refused, naming each field to
fix, before anything is saved.  Every service method that stores free text which can reach an export
or a report calls ``refuse_formulas`` first.
"""

from __future__ import annotations

from charity_desk.domain.free_text import free_text_errors
from charity_desk.services.errors import InvalidInput


def texts_of(data: object | None, *fields: str) -> list[tuple[str, str]]:
    """(field, text) of the named fields of an input (none when the input is None)."""
    return [] if data is None else [(field, getattr(data, field)) for field in fields]


def refuse_formulas(*texts: tuple[str, str | None]) -> None:
    """Raise InvalidInput with one message per (field, text) whose text starts like a formula."""
    errors = free_text_errors((field, text or "") for field, text in texts)
    if errors:
        raise InvalidInput(errors)
