"""A file's recent activity, kept as its ``activity_rank``: the search's order within a tier.

The search shows, among people who match equally well, the one whose file moved most recently
first.  Reading each match's latest application, visit or delivery and sorting them would cost a
page 10–50 ms for a common name at 200,000 files, so the order is kept instead: every file has a
unique ``activity_rank``, and each write that counts as activity gives its file the next rank, in
the same transaction.  On SQLite the full-text index is keyed by that rank (``db.search``), so the
index hands out a tier's matches most recent first at the cost of a keyset page.

What counts as activity (``ACTIVITY``): the file itself being created, and any row written (added
or changed) in

- ``application`` (a new application, every state change),
- ``home_visit`` (scheduled, reported),
- ``service_delivery`` (a delivery recorded),
- ``contact_entry`` and ``inquiry`` (a call, a visit to the desk, a question about the person),
- ``referral`` and ``complaint`` about the person,
- the file's own parts: ``field_change`` (every correction of the file's fields is logged there),
  ``family_member``, ``money_item``, ``housing``, ``health_record`` and ``stored_document``.

Reading a file, printing a letter or an export does not count.

Rows written through the unit of work are seen after each flush; rows inserted in bulk
(``session.execute(insert(...), rows)``, as the e-form import and the demo do) are seen as the
statement runs.  The e-form import inserts its applications on the connection and ranks only the files
it attached them to (``rank_files``): the files it created took the top ranks moments earlier in the
same transaction, and ranking them again would rewrite their search index entries for nothing.
A new file gets its rank from the database itself (SQLite: the search index's insert trigger, made by
the ``search_activity_rank`` migration; PostgreSQL: the sequence ``beneficiary_activity_rank_seq``), so bulk inserts rank too.
"""

from __future__ import annotations

from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from charity_desk.db.models import (
    Application,
    Complaint,
    ContactEntry,
    FamilyMember,
    FieldChange,
    HealthRecord,
    HomeVisit,
    Housing,
    Inquiry,
    MoneyItem,
    Referral,
    ServiceDelivery,
    StoredDocument,
)
from charity_desk.db.models.beneficiaries import ACTIVITY_RANK_SEQUENCE

#: The records whose writing is activity on their file (module docstring).
ACTIVITY = (Application, HomeVisit, ServiceDelivery, ContactEntry, Inquiry, Referral, Complaint,
            FieldChange, FamilyMember, MoneyItem, Housing, HealthRecord, StoredDocument)

#: The statement that gives a file the next rank (unless it already has the highest: nothing to re-index).
RANK_UPDATE = {
    "sqlite": text(
        "UPDATE beneficiary SET activity_rank = (SELECT max(activity_rank) + 1 FROM beneficiary)"
        " WHERE id = :b AND activity_rank < (SELECT max(activity_rank) FROM beneficiary)"),
    "postgresql": text(f"UPDATE beneficiary SET activity_rank = nextval('{ACTIVITY_RANK_SEQUENCE}') WHERE id = :b"),
}


def files_with_activity(session: Session) -> set[int]:
    """The files that the rows just flushed count as activity on."""
    return {
        row.beneficiary_id
        for row in (*session.new, *session.dirty)
        if isinstance(row, ACTIVITY) and row.beneficiary_id is not None
    }


_ACTIVITY_TABLES = frozenset(model.__table__.name for model in ACTIVITY)


def rank_files(session: Session, ids) -> None:
    """Give the files ``ids`` the next ranks, in id order (one executemany: an import ranks thousands)."""
    if not ids:
        return
    connection = session.connection()
    connection.execute(RANK_UPDATE[connection.dialect.name], [{"b": beneficiary_id} for beneficiary_id in sorted(ids)])


def _after_flush(session: Session, _context) -> None:
    rank_files(session, files_with_activity(session))


def _bulk_insert(state: ORMExecuteState) -> None:
    """An insert of activity rows with their parameters: their files take the next ranks in the same
    transaction (before the rows themselves; one commit holds both)."""
    if not state.is_insert or getattr(state.statement, "table", None) is None:
        return
    if state.statement.table.name not in _ACTIVITY_TABLES:
        return
    parameters = state.parameters
    rows = parameters if isinstance(parameters, list) else [parameters or {}]
    rank_files(state.session, {row["beneficiary_id"] for row in rows if row.get("beneficiary_id") is not None})


def track_activity(sessions: sessionmaker) -> None:
    """Have every unit of work from ``sessions`` rank the files its writes are activity on."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _bulk_insert)
