"""Filling a letter's wording without saying a word twice.

Templates say «لجنة {committee}» or «ببرنامج {program}», but an association may name its committee
«لجنة المساعدات» or a program «برنامج كفالة الأيتام»; filled in blindly that reads «لجنة لجنة
المساعدات».  When the word before a field is the value's own first word (with or without a leading
«ب»، «ل»، «و»، «ف»، «ك»), the template's word is dropped and only its prefix kept.
"""

from __future__ import annotations

import re

_CLITICS = ("", "ب", "ل", "و", "ف", "ك", "وب", "ول", "فب", "فل", "وك")
_WORD_BEFORE_FIELD = re.compile(r"(\w+) \{(\w+)\}")


def _first_word(value: str) -> str:
    words = value.split(maxsplit=1)
    return words[0] if words else ""


def without_doubled_words(template: str, values: dict[str, str]) -> str:
    """``template`` with the word before a field removed where the field's value starts with it."""

    def keep_or_drop(match: re.Match) -> str:
        word, name = match.group(1), match.group(2)
        first = _first_word(str(values.get(name, "")))
        for clitic in _CLITICS:
            if first and word == clitic + first:
                return clitic + "{" + name + "}" if clitic else "{" + name + "}"
        return match.group(0)

    return _WORD_BEFORE_FIELD.sub(keep_or_drop, template)


def fill_wording(template: str, values: dict[str, str]) -> str:
    """``template.format(**values)`` without a word said twice («لجنة لجنة المساعدات»)."""
    return without_doubled_words(template, values).format(**values)


def with_kind(kind: str, name: str) -> str:
    """«لجنة المساعدات» from ``("لجنة", "المساعدات")`` and from ``("لجنة", "لجنة المساعدات")`` alike."""
    return fill_wording(kind + " {name}", {"name": name})
