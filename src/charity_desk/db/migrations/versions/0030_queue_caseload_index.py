"""A researcher's work queues read from an index of their own: each application carries the researcher its
file is assigned to (``application.file_researcher_id``), kept by triggers in the same transaction as every
write (an assignment, a new application, a merge moving applications, a raw import), and an index on
(that researcher, state, date received) serves a queue's first page and its count with a researcher's
rows alone.  Before, a queue was found from every file of the caseload (a caseload grows with the
register) and sorted.  Meetings gain an index on their date, the order the committee page lists them in.

The files due for re-verification are counted from ``confirmation_day_total``: the active files, merged
files left out, by the day each was last confirmed (``0001-01-01``: never), kept by triggers on
``beneficiary``; the files due for a period are then a sum over days, not a count over every file.

The column only guides the index: the caseload rule (services.caseload) still filters every row read.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

_OWNER = "(SELECT b.assigned_researcher_id FROM beneficiary b WHERE b.id = NEW.beneficiary_id)"
_FOLLOW_FILE = "UPDATE application SET file_researcher_id = NEW.assigned_researcher_id WHERE beneficiary_id = NEW.id"

#: The day a file counts under, and whether it counts (the same test as services.reverification_lists).
_DAY = "coalesce({row}.verified_on, '0001-01-01')"
_COUNTED = "{row}.status = 'active' AND {row}.merged_into_id IS NULL"
_ADD_FILE = ("INSERT INTO confirmation_day_total (confirmed_on, files) SELECT {day}, 1 WHERE {counted}"
             " ON CONFLICT (confirmed_on) DO UPDATE SET files = confirmation_day_total.files + 1"
             ).format(day=_DAY.format(row="NEW"), counted=_COUNTED.format(row="NEW"))
_TAKE_FILE = ("UPDATE confirmation_day_total SET files = files - 1 WHERE confirmed_on = {day} AND {counted}"
              ).format(day=_DAY.format(row="OLD"), counted=_COUNTED.format(row="OLD"))
_CONFIRMATION_COLUMNS = "status, verified_on, merged_into_id"

_SQLITE_TRIGGERS = {
    "application_researcher_on_insert": "AFTER INSERT ON application BEGIN"
                                        f" UPDATE application SET file_researcher_id = {_OWNER} WHERE id = NEW.id; END",
    "application_researcher_on_move": "AFTER UPDATE OF beneficiary_id ON application BEGIN"
                                      f" UPDATE application SET file_researcher_id = {_OWNER} WHERE id = NEW.id; END",
    "application_researcher_on_assignment": "AFTER UPDATE OF assigned_researcher_id ON beneficiary BEGIN"
                                            f" {_FOLLOW_FILE}; END",
    "confirmation_day_on_insert": f"AFTER INSERT ON beneficiary BEGIN {_ADD_FILE}; END",
    "confirmation_day_on_update": f"AFTER UPDATE OF {_CONFIRMATION_COLUMNS} ON beneficiary BEGIN"
                                  f" {_TAKE_FILE}; {_ADD_FILE}; END",
    "confirmation_day_on_delete": f"AFTER DELETE ON beneficiary BEGIN {_TAKE_FILE}; END",
}

#: (function, body, trigger) on PostgreSQL; the functions are replaced if there (a server restored from a copy).
_POSTGRES = {
    "application_file_researcher": (f"NEW.file_researcher_id := {_OWNER}; RETURN NEW;",
                                    "BEFORE INSERT OR UPDATE OF beneficiary_id ON application"),
    "application_researcher_on_assignment": (f"{_FOLLOW_FILE}; RETURN NULL;",
                                             "AFTER UPDATE OF assigned_researcher_id ON beneficiary"),
    "confirmation_day_counts": (f"""
        IF TG_OP IN ('UPDATE', 'DELETE') THEN {_TAKE_FILE}; END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN {_ADD_FILE}; END IF;
        RETURN NULL;""", f"AFTER INSERT OR DELETE OR UPDATE OF {_CONFIRMATION_COLUMNS} ON beneficiary"),
}


def upgrade() -> None:
    op.add_column("application", sa.Column("file_researcher_id", sa.Integer(), nullable=True))
    op.execute("UPDATE application SET file_researcher_id = (SELECT b.assigned_researcher_id FROM beneficiary b"
               " WHERE b.id = application.beneficiary_id)")
    op.create_index("ix_application_researcher_queue", "application", ["file_researcher_id", "state", "submitted_at"])
    op.create_index("ix_meeting_held_on", "meeting", ["held_on"])
    op.create_table(
        "confirmation_day_total",
        sa.Column("confirmed_on", sa.Date(), primary_key=True),
        sa.Column("files", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.execute("INSERT INTO confirmation_day_total (confirmed_on, files)"
               f" SELECT {_DAY.format(row='beneficiary')}, count(*) FROM beneficiary"
               f" WHERE {_COUNTED.format(row='beneficiary')} GROUP BY {_DAY.format(row='beneficiary')}")
    if op.get_bind().dialect.name == "postgresql":
        for name, (body, when) in _POSTGRES.items():
            op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} END $$"
                       " LANGUAGE plpgsql")
            op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")
    else:
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    # Not analyzed: with its statistics (one researcher, most files unassigned) SQLite would rate the
    # caseload rule's ``beneficiary_id IN (the caseload's files)`` cheaper and go through every file of the
    # caseload; tests/migrations/test_researcher_queue_index.py holds the plan.


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (_body, when) in _POSTGRES.items():
            op.execute(f"DROP TRIGGER {name} ON {when.rsplit(' ON ', 1)[1]}")
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("confirmation_day_total")
    op.drop_index("ix_meeting_held_on", table_name="meeting")
    op.drop_index("ix_application_researcher_queue", table_name="application")
    op.drop_column("application", "file_researcher_id")  # in place (SQLite 3.35+): a batch copy would lose triggers
