"""The Retention tab's lists read a page at a time: the records a pending check flagged, the
destruction records, and the people on legal hold."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, DestructionRecord, RetentionFlag
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.retention_views import DestructionView, FlaggedRecord, LegalHoldView


def _flag(row) -> FlaggedRecord:
    f, name, national_id = row
    return FlaggedRecord(f.id, f.category, f.record_id, f.beneficiary_id, name or "", national_id or "", f.relevant_on)


def flags(db: Database, actor: Actor, run_id: int) -> KeysetList:
    """What the check ``run_id`` flagged and nobody left out, in the order found."""
    statement = (select(RetentionFlag, Beneficiary.full_name, Beneficiary.national_id)
                 .outerjoin(Beneficiary, Beneficiary.id == RetentionFlag.beneficiary_id)
                 .where(RetentionFlag.run_id == run_id))
    return KeysetList(db, statement, _flag, RetentionFlag.id, {"found": RetentionFlag.id}, "found",
                      counted=select(RetentionFlag.id).where(RetentionFlag.run_id == run_id))


def _destruction(row) -> DestructionView:
    (d,) = row
    return DestructionView(d.id, d.category, d.action, d.record_count, d.years, d.cutoff, d.approved_at,
                           d.approved_by_name)


def destructions(db: Database, actor: Actor) -> KeysetList:
    """Every destruction approved, the newest first."""
    return KeysetList(db, select(DestructionRecord), _destruction, DestructionRecord.id,
                      {"approved": DestructionRecord.id}, "approved", descending=True)


def legal_holds(db: Database, actor: Actor) -> KeysetList:
    """The people on legal hold, by name (``ix_beneficiary_legal_hold_unmerged`` finds them in that order); a
    merged file is no person of its own (its survivor is), so it is not listed."""
    statement = (select(Beneficiary.id, Beneficiary.full_name, Beneficiary.national_id, Beneficiary.legal_hold_reason)
                 .where(Beneficiary.legal_hold.is_(True), Beneficiary.merged_into_id.is_(None)))
    return KeysetList(db, statement, lambda row: LegalHoldView(*row), Beneficiary.id,
                      {"name": Beneficiary.full_name}, "name")
