"""Every registered person in alphabetical order, as a list read a page at a time
(``ix_beneficiary_full_name`` returns them in that order)."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import BeneficiarySummary, summary_columns
from charity_desk.services.list_pages import KeysetList


def everyone(db: Database, actor: Actor) -> KeysetList:
    shown = Beneficiary.merged_into_id.is_(None)  # a merged file is reached through its survivor
    return KeysetList(db, select(*summary_columns()).where(shown), BeneficiarySummary.from_row, Beneficiary.id,
                      {"name": Beneficiary.full_name}, "name", counted=select(Beneficiary.id).where(shown))
