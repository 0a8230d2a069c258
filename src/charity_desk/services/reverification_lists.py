"""Files due for their re-verification with the person, as a list read a page at a time.

A file is due when it is active and was never confirmed, or last confirmed before the period; the
never-confirmed come first, then the longest unconfirmed.  The order is one expression with an index
of its own (migration ``0013``), so a page is read in order without sorting every file due.  For
someone who sees every file, the count is a sum over the days files were last confirmed
(``confirmation_day_total``, kept by migration 0030's triggers) instead of a count over every file due;
a researcher's files due are counted as they are listed (the caseload rule filters them).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Date, String, func, literal, literal_column, select, type_coerce

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, ConfirmationDayTotal
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import BeneficiarySummary, summary_columns
from charity_desk.services.caseload import sees_all_files
from charity_desk.services.list_pages import KeysetList

#: The last confirmation, the first day of the calendar when never: the same expression as the index
#: ``ix_beneficiary_reverification`` (status, this).
VERIFIED_ORDER = type_coerce(func.coalesce(Beneficiary.verified_on, literal_column("'0001-01-01'")), String)


def due(db: Database, actor: Actor, period_days: int, today: date) -> KeysetList:
    cutoff = today - timedelta(days=period_days)
    statement = select(*summary_columns()).where(Beneficiary.status == "active",
                                                 literal(cutoff, type_=Date) > VERIFIED_ORDER,
                                                 Beneficiary.merged_into_id.is_(None))  # merged: its survivor is asked
    total = (select(func.coalesce(func.sum(ConfirmationDayTotal.files), 0))
             .where(ConfirmationDayTotal.confirmed_on < cutoff) if sees_all_files(actor) else None)
    return KeysetList(db, statement, BeneficiarySummary.from_row, Beneficiary.id, {"verified": VERIFIED_ORDER},
                      "verified", total=total)
