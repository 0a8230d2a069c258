"""The review queue of suspected duplicates, a page at a time: pairs of a status, the highest score
first (``ix_duplicate_pair_queue`` returns them in that order), each with both files' name and ID.
A pair with a file merged away is not listed (the merge marks its own pair merged)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, DuplicatePair
from charity_desk.db.models.duplicates import MERGED
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList


@dataclass(frozen=True)
class PairView:
    """One suspected pair; ``reasons`` are codes of ``domain.duplicate_score`` (``reasons_sentence``)."""

    id: int
    lower_id: int
    higher_id: int
    score: int
    reasons: tuple[str, ...]
    status: str
    found_at: datetime
    lower_name: str
    higher_name: str
    lower_national_id: str
    higher_national_id: str


_LOWER = aliased(Beneficiary, name="lower_file")
_HIGHER = aliased(Beneficiary, name="higher_file")


def pair_statement():
    return (select(DuplicatePair.id, DuplicatePair.lower_id, DuplicatePair.higher_id, DuplicatePair.score,
                   DuplicatePair.reasons, DuplicatePair.status, DuplicatePair.found_at, _LOWER.full_name,
                   _HIGHER.full_name, _LOWER.national_id, _HIGHER.national_id)
            .join(_LOWER, _LOWER.id == DuplicatePair.lower_id).join(_HIGHER, _HIGHER.id == DuplicatePair.higher_id))


def to_pair_view(row) -> PairView:
    pair_id, lower, higher, score, reasons, status, found_at, lower_name, higher_name, lower_id, higher_id = row
    return PairView(pair_id, lower, higher, score, tuple(r for r in reasons.split(",") if r), status, found_at,
                    lower_name, higher_name, lower_id, higher_id)


def pairs(db: Database, actor: Actor, status: str) -> KeysetList:
    statement = pair_statement().where(DuplicatePair.status == status)
    if status != MERGED:
        statement = statement.where(_LOWER.merged_into_id.is_(None), _HIGHER.merged_into_id.is_(None))
    return KeysetList(db, statement, to_pair_view, DuplicatePair.id, {"score": DuplicatePair.score}, "score",
                      descending=True)
