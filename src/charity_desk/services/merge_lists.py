"""The merges made, newest first, read a page at a time: the administrators' list to undo from.

``ix_file_merge_merged_at`` returns them in that order; the two files' names come from their rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, FileMerge, UserAccount
from charity_desk.services.list_pages import KeysetList


@dataclass(frozen=True)
class MergeRow:
    id: int
    merged_at: datetime
    survivor_id: int
    survivor_name: str
    survivor_national_id: str
    merged_id: int
    merged_name: str
    merged_national_id: str
    merged_by: str
    undone_at: datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def merges(db: Database) -> KeysetList:
    survivor, merged = aliased(Beneficiary), aliased(Beneficiary)
    statement = (
        select(FileMerge.id, FileMerge.merged_at, survivor.id, survivor.full_name, survivor.national_id,
               merged.id, merged.full_name, merged.national_id, UserAccount.full_name, FileMerge.undone_at)
        .join(survivor, survivor.id == FileMerge.survivor_id)
        .join(merged, merged.id == FileMerge.merged_id)
        .outerjoin(UserAccount, UserAccount.id == FileMerge.merged_by_id)
    )
    return KeysetList(db, statement, lambda row: MergeRow(*row[:8], row[8] or "", row[9]), FileMerge.id,
                      {"merged_at": FileMerge.merged_at}, "merged_at", descending=True,
                      counted=select(FileMerge.id))
