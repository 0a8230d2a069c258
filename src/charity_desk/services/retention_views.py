"""Read models of the retention screens, and the categories with their defaults from data/retention.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class RetentionCategory:
    code: str
    label_ar: str
    label_en: str
    years: int
    counted_from_ar: str
    counted_from_en: str
    #: "delete" or "anonymize"
    action: str

    def label(self, language: str) -> str:
        return self.label_ar if language == "ar" else self.label_en

    def counted_from(self, language: str) -> str:
        return self.counted_from_ar if language == "ar" else self.counted_from_en


@cache
def default_categories() -> tuple[RetentionCategory, ...]:
    data = json.loads((files("charity_desk.data") / "retention.json").read_text(encoding="utf-8"))
    return tuple(RetentionCategory(**row) for row in data["categories"])


def category(code: str) -> RetentionCategory:
    return next(c for c in default_categories() if c.code == code)


@dataclass(frozen=True)
class RetentionRuleView:
    category: RetentionCategory
    years: int
    default_years: int


@dataclass(frozen=True)
class FlaggedRecord:
    flag_id: int
    category: str
    record_id: int
    beneficiary_id: int | None
    #: Shown to the administrator who reviews the list; empty for records about no one (audit).
    beneficiary_name: str
    national_id: str
    relevant_on: date


@dataclass(frozen=True)
class RetentionRunView:
    id: int
    run_at: datetime
    as_of: date
    status: str
    counts: dict[str, int]
    flags: tuple[FlaggedRecord, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class DestructionView:
    id: int
    category: str
    action: str
    record_count: int
    years: int
    cutoff: date
    approved_at: datetime
    approved_by: str


@dataclass(frozen=True)
class LegalHoldView:
    beneficiary_id: int
    full_name: str
    national_id: str
    reason: str
