"""«My work today» reads each person's tasks from their own index entries, whatever SQLite's statistics say.

With the statistics ANALYZE wrote on the window benchmark's 200,000 files (applications nobody took by hand,
visits and referrals naming no colleague, a researcher's caseload of thousands of files), the counts and a
group's first page must start from the person's own rows: never from every application being verified (an
administrator's count had become a walk over 12,000 applications), never from every file of a researcher's
caseload into its applications, visits and referrals, and the files due for re-verification are listed from
the index alone.  SQLite only: the plans are SQLite's.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from tests.services.test_tasks import TODAY, team  # noqa: F401

from charity_desk.db.engine import is_sqlite
from charity_desk.services.tasks.lists import GROUPS

#: (table, index): the statistics of the window benchmark's 200,000-file database.
STATISTICS = {
    ("application", "ix_application_researcher_queue"): "59870 29935 2139 9",
    ("application", "ix_application_state_submitted_decided"): "59870 4277 11 11 4",
    ("application", "ix_application_state_submitted"): "59870 4277 11",
    ("application", "ix_application_submitted_at"): "59870 152",
    ("application", "ix_application_beneficiary_id"): "59870 1",
    ("home_visit", "ix_home_visit_researcher_status"): "8566 8566 4283",
    ("home_visit", "ix_home_visit_beneficiary_id"): "8566 1",
    ("referral", "ix_referral_created_by_status"): "10256 10256 2564",
    ("referral", "ix_referral_beneficiary_id"): "10256 1",
    ("checklist_item", "ix_checklist_item_application_id"): "119765 3",
    ("beneficiary", "ix_beneficiary_assigned_researcher_id"): "200000 100000",
    ("beneficiary", "ix_beneficiary_researcher_tasks"): "200000 100000 100000 143 143 1",
}


def _with_statistics(database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))  # creates sqlite_stat1
        connection.execute(text("DELETE FROM sqlite_stat1"))
        for (table, index), stat in STATISTICS.items():
            connection.execute(text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)"),
                               {"t": table, "i": index, "s": stat})
    database.engine.dispose()  # connections opened from now on read them


def _plans(database, read) -> str:
    """The query plans of every statement ``read`` sends, as one text."""
    sent = []

    def record(_connection, _cursor, statement, parameters, *_args):
        sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        read()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    with database.engine.connect() as connection:
        return "\n".join(row[3] for statement, parameters in sent if "UNION ALL" in statement
                         for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))


@pytest.fixture
def planned(team, database):  # noqa: F811
    if not is_sqlite(database.engine):
        pytest.skip("SQLite's query plans")
    _with_statistics(database)
    return team


def _read_all(acting):
    acting.tasks.summary(today=TODAY)
    for group in GROUPS:
        acting.tasks.tasks(group, today=TODAY).page(None, 100)


def test_a_researchers_tasks_start_from_their_own_rows(planned, database):
    plans = _plans(database, lambda: _read_all(planned["as"]["res1"]))
    assert "ix_home_visit_scheduled" in plans and "ix_referral_follow_up" in plans
    assert "COVERING INDEX ix_beneficiary_researcher_tasks" in plans
    assert "ix_application_researcher_queue" in plans
    # Never every file of the caseload walked into its applications, visits or referrals.
    for walk in ("ix_application_beneficiary_id", "ix_home_visit_beneficiary_id", "ix_referral_beneficiary_id",
                 "SCAN application", "SCAN home_visit", "SCAN referral", "SCAN checklist"):
        assert walk not in plans, walk


def test_an_administrators_checklists_are_not_read_from_every_application_being_verified(planned, database):
    plans = _plans(database, lambda: _read_all(planned["as"]["admin"]))
    assert "ix_application_researcher_queue" in plans and "ix_application_consent_taken_by_state" in plans
    for walk in ("ix_application_state_submitted", "SCAN application", "ix_home_visit_researcher_status"):
        assert walk not in plans, walk
