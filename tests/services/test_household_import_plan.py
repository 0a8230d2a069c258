"""An import's new files are looked up in the family lists by their own ids, whatever SQLite's statistics say.

Most family members carry no national ID, so ANALYZE rates the members' ID index at every member per key;
a join (or an EXISTS reading whole rows) then scanned every family member once per 500 new files: 11-19 s a
chunk at 200,000 people, and a 10,000-row e-form import took 161 s instead of 4.  SQLite only: the plans
are SQLite's.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from charity_desk.db.engine import is_sqlite
from charity_desk.db.household_index import link_new_files

#: (table, index or None for the table): the statistics of the window benchmark's 200,000-file database.
STATISTICS = {
    ("family_member", "ix_family_member_national_id"): "501187 501187",
    ("family_member", "ix_family_member_beneficiary_id"): "501187 4",
    ("beneficiary", "sqlite_autoindex_beneficiary_1"): "200000 1",
}


def test_new_files_are_looked_up_by_id_not_by_scanning_the_family_lists(database):
    if not is_sqlite(database.engine):
        pytest.skip("SQLite's query plans")
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
        connection.execute(text("DELETE FROM sqlite_stat1"))
        for (table, index), stat in STATISTICS.items():
            connection.execute(text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)"),
                               {"t": table, "i": index, "s": stat})
    database.engine.dispose()  # connections opened from now on read them
    sent = []

    def record(_connection, _cursor, statement, parameters, *_args):
        if "family_member" in statement and statement.lstrip().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.engine.begin() as connection:
            link_new_files(connection, range(1, 501))
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert sent
    with database.engine.connect() as connection:
        plans = "\n".join(row[3] for statement, parameters in sent
                          for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "SCAN family_member" not in plans, plans
    assert "COVERING INDEX ix_family_member_national_id" in plans, plans
