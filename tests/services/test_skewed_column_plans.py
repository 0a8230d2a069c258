"""Look-ups on columns most rows leave empty use their index, whatever SQLite's statistics say.

Most family members carry no national ID, most files no second mobile, and almost none is merged into
another, so ANALYZE rates those columns' indexes at every row per key.  SQLite then scanned the whole
table for each statement: an EXISTS or join over the family lists once per 500 new files of an import
(11-19 s a chunk at 200,000 people), an ``IN`` list of members' IDs or of mobiles (80-95 ms a statement,
twice each per 500 rows of an import), a file's own ID among the family lists (86 ms each time a
file is saved), and a referral's letter among all letters (6 ms for each referral a file shows).  SQLite only: the plans are SQLite's (PostgreSQL keeps per-value statistics).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, text
from tests.services.household_world import register

from charity_desk.db.engine import is_sqlite
from charity_desk.db.household_index import link_files, link_new_files
from charity_desk.db.models import Program
from charity_desk.domain.duplicate_score import PersonFacts
from charity_desk.services.double_benefit import imported_conflicts
from charity_desk.services.duplicate_candidates import possible_matches_of
from charity_desk.services.programs import ProgramInput

#: (table, index): the statistics of the window benchmark's 200,000-file database.
STATISTICS = {
    ("family_member", "ix_family_member_national_id"): "501187 501187",
    ("family_member", "ix_family_member_beneficiary_id"): "501187 4",
    ("beneficiary", "sqlite_autoindex_beneficiary_1"): "200000 1",
    ("beneficiary", "ix_beneficiary_mobile"): "200000 1",
    ("beneficiary", "ix_beneficiary_mobile_alt"): "200000 200000",
    ("beneficiary", "ix_beneficiary_merged_into_id"): "200000 200000",
    ("issued_letter", "ix_issued_letter_referral_id"): "21345 21345",
}


@pytest.fixture
def skewed(database):
    """The database, its connections reading the benchmark's statistics."""
    if not is_sqlite(database.engine):
        pytest.skip("SQLite's query plans")
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
        connection.execute(text("DELETE FROM sqlite_stat1"))
        for (table, index), stat in STATISTICS.items():
            connection.execute(text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)"),
                               {"t": table, "i": index, "s": stat})
    database.engine.dispose()  # connections opened from now on read them
    return database


def _plans(database, run) -> str:
    """The query plans of the SELECTs that ``run(session)`` sends."""
    sent = []

    def record(_connection, _cursor, statement, parameters, *_args):
        if statement.lstrip().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.session() as session:
            run(session)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert sent
    with database.engine.connect() as connection:
        return "\n".join(row[3] for statement, parameters in sent
                         for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))


def test_new_files_are_looked_up_by_id_not_by_scanning_the_family_lists(skewed):
    plans = _plans(skewed, lambda session: link_new_files(session.connection(), range(1, 501)))
    assert "SCAN family_member" not in plans, plans
    assert "COVERING INDEX ix_family_member_national_id" in plans, plans


def test_a_saved_files_own_id_is_looked_up_in_the_family_lists_by_index(skewed, services, admin):
    file_id = register(services.acting_as(admin), 1001, "سعد", "محمد", "علي", "الشمري")
    plans = _plans(skewed, lambda session: link_files(session.connection(), [file_id]))
    assert "SCAN family_member" not in plans, plans
    assert "SCAN beneficiary" not in plans, plans
    assert "ix_family_member_national_id" in plans and "ix_beneficiary_merged_into_id" in plans, plans


def test_a_batch_is_matched_by_mobile_through_each_mobiles_index(skewed):
    people = {row: PersonFacts(("سعد", "علي", "محمد", "القحطاني"), f"10000000{row:02d}", date(1990, 1, 1), "male",
                               (f"9665000000{row:02d}", f"9665111111{row:02d}")) for row in range(1, 60)}
    plans = _plans(skewed, lambda session: possible_matches_of(session, people, {row: set() for row in people}))
    assert "SCAN beneficiary" not in plans, plans
    assert "ix_beneficiary_mobile_alt" in plans, plans


def test_an_imports_new_people_are_found_in_family_lists_by_index(skewed, services, admin):
    services.acting_as(admin).programs.save(ProgramInput(code="P1", name="سلة", kind="cash", instructions="تعليمات"))

    def run(session):
        program = session.query(Program).one()
        imported_conflicts(session, program, {f"10000000{row:02d}": None for row in range(1, 60)}, date(2026, 12, 6))

    plans = _plans(skewed, run)
    assert "SCAN family_member" not in plans, plans
    assert "ix_family_member_national_id" in plans, plans


def test_a_files_referrals_find_their_letters_by_index(skewed, services, admin):
    file_id = register(services.acting_as(admin), 1001, "سعد", "محمد", "علي", "الشمري")
    plans = _plans(skewed, lambda _session: services.acting_as(admin).referrals.for_beneficiary(file_id))
    assert "SCAN issued_letter" not in plans, plans
    assert "ix_issued_letter_referral_id" in plans, plans
