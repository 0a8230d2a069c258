"""The search's order within a tier follows recent activity: every file gets a unique activity rank
(``db.activity``), the existing files ranked by their latest activity, and on SQLite the full-text
index is keyed by that rank so it gives a tier's matches most recent first.

The backfill takes a file's latest activity as the newest of: the file's own last change, its
applications, home visits, deliveries, contacts, inquiries, referrals, complaints, logged field
edits, family members, income and expenses, housing, health and attached documents; ties by file
number.

Revision ID: 0020
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0018"
branch_labels = None
depends_on = None

_SEQUENCE = "beneficiary_activity_rank_seq"
_BATCH = 5000

# (table, time column, file column) of every record whose writing counts as activity on its file.
_ACTIVITY_TIMES = [
    ("beneficiary", "updated_at", "id"),
    ("application", "updated_at", "beneficiary_id"),
    ("home_visit", "updated_at", "beneficiary_id"),
    ("service_delivery", "delivered_on", "beneficiary_id"),
    ("contact_entry", "at", "beneficiary_id"),
    ("inquiry", "updated_at", "beneficiary_id"),
    ("referral", "updated_at", "beneficiary_id"),
    ("complaint", "updated_at", "beneficiary_id"),
    ("field_change", "changed_at", "beneficiary_id"),
    ("family_member", "updated_at", "beneficiary_id"),
    ("money_item", "updated_at", "beneficiary_id"),
    ("housing", "updated_at", "beneficiary_id"),
    ("health_record", "updated_at", "beneficiary_id"),
    ("stored_document", "added_at", "beneficiary_id"),
]

_SQLITE_OLD_INDEX = [
    """CREATE VIRTUAL TABLE beneficiary_fts USING fts5(
        search_text, content='beneficiary', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')""",
    """CREATE TRIGGER beneficiary_fts_insert AFTER INSERT ON beneficiary BEGIN
        INSERT INTO beneficiary_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER beneficiary_fts_delete AFTER DELETE ON beneficiary BEGIN
        INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER beneficiary_fts_update AFTER UPDATE OF search_text ON beneficiary BEGIN
        INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO beneficiary_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
]
# Keyed by the activity rank.  A file inserted without a rank takes the highest plus one (the inner
# update leaves the update trigger alone: it only re-indexes a file that was indexed already).
_SQLITE_RANKED_INDEX = [
    """CREATE VIRTUAL TABLE beneficiary_fts USING fts5(
        search_text, content='beneficiary', content_rowid='activity_rank',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')""",
    """CREATE TRIGGER beneficiary_fts_insert AFTER INSERT ON beneficiary BEGIN
        UPDATE beneficiary SET activity_rank = (SELECT coalesce(max(activity_rank), 0) + 1 FROM beneficiary)
        WHERE id = new.id AND activity_rank IS NULL;
        INSERT INTO beneficiary_fts(rowid, search_text)
        SELECT activity_rank, search_text FROM beneficiary WHERE id = new.id;
    END""",
    """CREATE TRIGGER beneficiary_fts_delete AFTER DELETE ON beneficiary BEGIN
        INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text)
        VALUES ('delete', old.activity_rank, old.search_text);
    END""",
    """CREATE TRIGGER beneficiary_fts_update AFTER UPDATE OF search_text, activity_rank ON beneficiary
    WHEN old.activity_rank IS NOT NULL BEGIN
        INSERT INTO beneficiary_fts(beneficiary_fts, rowid, search_text)
        VALUES ('delete', old.activity_rank, old.search_text);
        INSERT INTO beneficiary_fts(rowid, search_text) VALUES (new.activity_rank, new.search_text);
    END""",
]
_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS beneficiary_fts_update",
    "DROP TRIGGER IF EXISTS beneficiary_fts_delete",
    "DROP TRIGGER IF EXISTS beneficiary_fts_insert",
    "DROP TABLE IF EXISTS beneficiary_fts",
]
_REBUILD = "INSERT INTO beneficiary_fts(beneficiary_fts) VALUES ('rebuild')"


def _moment(value) -> str:
    """A date or time as sortable text, whichever form the driver returns it in."""
    return str(value).replace("T", " ")[:26]


def _ranks_by_latest_activity(connection) -> list[dict]:
    latest: dict[int, str] = {}
    for table, column, key in _ACTIVITY_TIMES:
        rows = connection.execute(sa.text(
            f"SELECT {key}, max({column}) FROM {table} WHERE {key} IS NOT NULL GROUP BY {key}"))
        for beneficiary_id, moment in rows:
            if moment is not None:
                text = _moment(moment)
                if text > latest.get(beneficiary_id, ""):
                    latest[beneficiary_id] = text
    ids = connection.execute(sa.text("SELECT id FROM beneficiary")).scalars()
    ordered = sorted(ids, key=lambda i: (latest.get(i, ""), i))
    return [{"r": rank, "i": beneficiary_id} for rank, beneficiary_id in enumerate(ordered, start=1)]


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        for statement in _SQLITE_DROP:
            op.execute(statement)
    op.add_column("beneficiary", sa.Column("activity_rank", sa.BigInteger(), nullable=True))
    ranks = _ranks_by_latest_activity(connection)
    update = sa.text("UPDATE beneficiary SET activity_rank = :r WHERE id = :i")
    for start in range(0, len(ranks), _BATCH):
        connection.execute(update, ranks[start:start + _BATCH])
    op.create_index("ix_beneficiary_activity_rank", "beneficiary", ["activity_rank"], unique=True)
    if sqlite:
        for statement in _SQLITE_RANKED_INDEX:
            op.execute(statement)
        op.execute(_REBUILD)
    else:
        op.execute(f"CREATE SEQUENCE {_SEQUENCE} START WITH {len(ranks) + 1}")
        op.execute(f"ALTER TABLE beneficiary ALTER COLUMN activity_rank SET DEFAULT nextval('{_SEQUENCE}')")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in _SQLITE_DROP:
            op.execute(statement)
    else:
        op.execute("ALTER TABLE beneficiary ALTER COLUMN activity_rank DROP DEFAULT")
        op.execute(f"DROP SEQUENCE {_SEQUENCE}")
    op.drop_index("ix_beneficiary_activity_rank", table_name="beneficiary")
    op.drop_column("beneficiary", "activity_rank")  # SQLite drops it in place (no rebuild, indexes kept)
    if sqlite:
        for statement in _SQLITE_OLD_INDEX:
            op.execute(statement)
        op.execute(_REBUILD)
