"""The fields an e-form export can fill, and how a file's headers are matched to them (clause 5-2).

Each association builds its own online form, so headers differ: Arabic or English, with or without
hamza, "رقم الهوية الوطنية / الإقامة" instead of "رقم الهوية".  The header synonyms, the template's
headers and the accepted cell values (ذكر, نعم, هجري...) are data in ``data/eform_columns.json`` that an
administrator can extend without code (ARCHITECTURE rule 8).  Matching compares folded text
(``normalize_arabic`` plus punctuation removed): exact matches first, then a header that *contains* a
synonym of four letters or more, longest synonym first, each column used once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from charity_desk.domain.arabic import normalize_arabic
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.reference import channels

CONTEXT = "EformColumns"
_PUNCTUATION = re.compile(r"[^\w]+|_")
_MIN_CONTAINED = 4


@dataclass(frozen=True)
class EformField:
    key: str
    label: str  # English source text in CONTEXT
    required: bool = False

    @property
    def message(self) -> Message:
        return Message(CONTEXT, self.label)


FIELDS: tuple[EformField, ...] = (
    EformField("first_name", QT_TRANSLATE_NOOP("EformColumns", "First name"), True),
    EformField("father_name", QT_TRANSLATE_NOOP("EformColumns", "Father's name"), True),
    EformField("grandfather_name", QT_TRANSLATE_NOOP("EformColumns", "Grandfather's name")),
    EformField("family_name", QT_TRANSLATE_NOOP("EformColumns", "Family name"), True),
    EformField("national_id", QT_TRANSLATE_NOOP("EformColumns", "National ID or Iqama"), True),
    EformField("gender", QT_TRANSLATE_NOOP("EformColumns", "Gender"), True),
    EformField("birth_date", QT_TRANSLATE_NOOP("EformColumns", "Birth date"), True),
    EformField("birth_calendar", QT_TRANSLATE_NOOP("EformColumns", "Birth date calendar (Hijri or Gregorian)")),
    EformField("mobile", QT_TRANSLATE_NOOP("EformColumns", "Mobile"), True),
    EformField("mobile_alt", QT_TRANSLATE_NOOP("EformColumns", "Other mobile")),
    EformField("region", QT_TRANSLATE_NOOP("EformColumns", "Region")),
    EformField("city", QT_TRANSLATE_NOOP("EformColumns", "City")),
    EformField("marital_status", QT_TRANSLATE_NOOP("EformColumns", "Marital status")),
    EformField("nationality", QT_TRANSLATE_NOOP("EformColumns", "Nationality")),
    EformField("channel", QT_TRANSLATE_NOOP("EformColumns", "Channel (the website when empty)")),
    EformField("submitted_at", QT_TRANSLATE_NOOP("EformColumns", "Submitted at")),
    EformField("consent", QT_TRANSLATE_NOOP("EformColumns", "Consent to the program's instructions"), True),
    EformField("guardian_name", QT_TRANSLATE_NOOP("EformColumns", "Guardian's name")),
    EformField("guardian_national_id", QT_TRANSLATE_NOOP("EformColumns", "Guardian's national ID")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
REQUIRED = tuple(f.key for f in FIELDS if f.required)


def fold(text: object) -> str:
    """Header or cell text folded for comparison: Arabic spelling variants, case, punctuation."""
    return " ".join(_PUNCTUATION.sub(" ", normalize_arabic(str(text or ""))).split())


@cache
def _data() -> dict:
    return json.loads((files("charity_desk.data") / "eform_columns.json").read_text(encoding="utf-8"))


def template_columns() -> list[tuple[str, str, str]]:
    """(field, Arabic header, example value) in the template's column order."""
    return [(key, header, example) for key, (header, example) in _data()["template"].items()]


def template_choices() -> dict[str, list[str]]:
    """Field → the values the template offers in a drop-down list."""
    return _data()["template_choices"]


@cache
def value_codes(kind: str) -> dict[str, str]:
    """Folded cell text → code, for gender, marital status, calendar and channel."""
    codes = {fold(text): code for code, texts in _data()["values"][kind].items() for text in texts}
    if kind == "channel":
        for option in channels():
            for text in (option.code, option.label_ar, option.label_en):
                codes[fold(text)] = option.code
    return codes


@cache
def consent_words() -> frozenset[str]:
    return frozenset(fold(text) for text in _data()["values"]["consent_yes"])


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    return {key: tuple(fold(s) for s in texts) for key, texts in _data()["headers"].items()}


def _contains(header: str, synonym: str) -> bool:
    return f" {synonym} " in f" {header} "


def propose_mapping(headers: list[str]) -> dict[str, int]:
    """The field each header most likely holds: {field: column index}; unmatched fields are left out."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int] = {}
    for key, synonyms in _synonyms().items():
        for index, header in enumerate(folded):
            if header in synonyms and index not in mapping.values():
                mapping[key] = index
                break
    candidates = sorted(
        ((len(synonym), key, index) for key, synonyms in _synonyms().items() for synonym in synonyms
         for index, header in enumerate(folded)
         if len(synonym) >= _MIN_CONTAINED and _contains(header, synonym)),
        key=lambda c: (-c[0], c[2]),
    )
    for _length, key, index in candidates:
        if key not in mapping and index not in mapping.values():
            mapping[key] = index
    return {f.key: mapping[f.key] for f in FIELDS if f.key in mapping}
