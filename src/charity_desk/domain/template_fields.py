"""Renaming the fields of a letter template between how it is stored and how a person edits it.

Templates are stored with code names (``{application_number}``) so letters keep working whatever the
interface language; in Arabic they are edited with Arabic names (``{رقم_الطلب}``), and translated back
when saved.  A field the mapping does not know is left as typed, so the check on saving can name it.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"\{([^{}\s]+)\}")


def rename_fields(text: str, names: dict[str, str]) -> str:
    """``text`` with every ``{old}`` that ``names`` knows written ``{names[old]}``."""
    return _FIELD.sub(lambda m: "{" + names.get(m.group(1), m.group(1)) + "}", text)


def fields_in(text: str) -> list[str]:
    """The names of the fields ``text`` uses, in order, each once."""
    return list(dict.fromkeys(_FIELD.findall(text)))
