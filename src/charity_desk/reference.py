"""Reference data read from ``data/`` (regions, channels, choice lists, questionnaires), cached.

These are files an administrator may edit (ARCHITECTURE rule 8): no list of choices is a constant
in the code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _load(name: str):
    return json.loads((files("charity_desk.data") / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Choice:
    code: str
    label_ar: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_ar if language == "ar" else self.label_en


@cache
def regions() -> dict[str, tuple[str, ...]]:
    """The 13 administrative regions, each with its cities, in the file's order."""
    return {region: tuple(cities) for region, cities in _load("regions.json").items()}


@cache
def channels() -> tuple[Choice, ...]:
    """The contact channels of policy clause 4."""
    return tuple(Choice(**row) for row in _load("channels.json"))


@cache
def choices(kind: str) -> tuple[Choice, ...]:
    """A list of choices from data/choices.json (gender, relation, housing_tenure, ...)."""
    return tuple(Choice(*row) for row in _load("choices.json")[kind])


def choice_label(kind: str, code: str, language: str = "ar") -> str:
    """The label of ``code`` in ``kind`` (channels included); the code itself when unknown."""
    options = channels() if kind == "channel" else choices(kind)
    return next((c.label(language) for c in options if c.code == code), code)


@cache
def needs_questionnaire_data() -> dict:
    """The weighted needs-assessment questions and bands (data/needs_assessment.json)."""
    return _load("needs_assessment.json")


@cache
def rejection_reasons() -> tuple[Choice, ...]:
    """The reasons a committee chooses from when it rejects an application."""
    return tuple(Choice(**row) for row in _load("rejection_reasons.json"))


@cache
def default_letter_templates() -> dict[str, dict[str, str]]:
    """The letter wording a new installation starts with; administrators change it in Settings."""
    return _load("letter_templates.json")


@dataclass(frozen=True)
class ComplaintCategory:
    code: str
    label_ar: str
    label_en: str
    target_days: int

    def label(self, language: str) -> str:
        return self.label_ar if language == "ar" else self.label_en


@cache
def complaint_categories() -> tuple[ComplaintCategory, ...]:
    """Complaint categories with the days allowed to close each (data/complaint_categories.json)."""
    return tuple(ComplaintCategory(**row) for row in _load("complaint_categories.json"))


@cache
def survey_templates() -> dict[str, dict]:
    """Satisfaction questionnaires (data/surveys.json): Likert 1-5 questions, free text, staff question."""
    return _load("surveys.json")


@cache
def breach_categories() -> tuple[Choice, ...]:
    """The kinds of personal data a breach may have exposed (data/breach_categories.json)."""
    return tuple(Choice(**row) for row in _load("breach_categories.json"))


def default_privacy_notice() -> str:
    """The privacy notice's first text, used until an administrator records a version of their own."""
    return _load("privacy_notice.json")["text"]


@cache
def audit_actions() -> dict[str, Choice]:
    """What each audit action code means, for people reading the trail."""
    return {row["code"]: Choice(**row) for row in _load("audit_actions.json")}


def audit_action_label(code: str, language: str = "ar") -> str:
    """The label of an audit action; the code itself for one the file does not name."""
    action = audit_actions().get(code)
    return action.label(language) if action else code
