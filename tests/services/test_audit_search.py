"""Searching the audit trail by person, user and period: known rows found, pages without gaps or
repeats, newest first, and every filter served by an index."""

from datetime import date, datetime

import pytest
from sqlalchemy import update

from charity_desk.db.models import AuditEntry
from charity_desk.domain.roles import Role
from charity_desk.services import audit
from charity_desk.services.audit_search import AuditFilter, AuditPageKey, audit_statement
from charity_desk.services.errors import PermissionDenied

PASSWORD = "front desk 123"


@pytest.fixture
def trail(services, admin):
    """Two people's entries by two users, and three entries moved back into January 2025."""
    clerk_id = services.acting_as(admin).users.create("clerk", "موظف", Role.FRONT_DESK, PASSWORD).id
    clerk = services.auth.login("clerk", PASSWORD)
    with services.db.session() as session:
        for n in range(7):
            audit.record(session, clerk, "beneficiary.viewed", "beneficiary", 101, n=n)
        for n in range(4):
            audit.record(session, admin, "beneficiary.changed", "beneficiary", 101, n=n)
        for n in range(5):
            audit.record(session, admin, "beneficiary.viewed", "beneficiary", 202, n=n)
        old = [audit.record(session, clerk, "beneficiary.viewed", "beneficiary", 202, n=n).id for n in range(3)]
        session.execute(
            update(AuditEntry).where(AuditEntry.id.in_(old)).values(at=datetime(2025, 1, 15, 9, 0))
        )
    return {"clerk": clerk_id, "admin": admin.user_id, "old": old}


def _all_pages(search, criteria, size):
    rows, after = [], None
    while True:
        page = search.page(criteria, after, size)
        rows += page
        if len(page) < size:
            return rows
        after = AuditPageKey(page[-1].at, page[-1].id)


def test_by_person_finds_only_that_persons_entries(services, admin, trail):
    search = services.acting_as(admin).audit_search
    rows = search.page(AuditFilter(beneficiary_id=101))
    assert len(rows) == 11
    assert {(r.entity, r.entity_id) for r in rows} == {("beneficiary", "101")}
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)


def test_by_user_and_person_together(services, admin, trail):
    search = services.acting_as(admin).audit_search
    rows = search.page(AuditFilter(beneficiary_id=101, user_id=trail["clerk"]))
    assert len(rows) == 7 and {r.username for r in rows} == {"clerk"}
    clerk_rows = search.page(AuditFilter(user_id=trail["clerk"]))
    # The clerk's sign-in, their seven views of 101 and three of 202.
    assert [r.action for r in clerk_rows].count("beneficiary.viewed") == 10
    assert "login" in {r.action for r in clerk_rows}


def test_by_period(services, admin, trail):
    search = services.acting_as(admin).audit_search
    january = search.page(AuditFilter(start=date(2025, 1, 1), end=date(2025, 1, 31)))
    assert sorted(r.id for r in january) == sorted(trail["old"])
    assert search.page(AuditFilter(beneficiary_id=202, start=date(2025, 1, 16))) == [
        r for r in search.page(AuditFilter(beneficiary_id=202)) if r.id not in trail["old"]
    ]
    assert search.page(AuditFilter(beneficiary_id=101, end=date(2025, 12, 31))) == []


def test_pages_follow_on_without_gaps_or_repeats(services, admin, trail):
    search = services.acting_as(admin).audit_search
    everything = search.page(AuditFilter(), limit=1000)
    paged = _all_pages(search, AuditFilter(), 4)
    # The second search is itself the newest entry; then the same rows, page after page.
    assert paged[0].action == "audit.searched"
    assert [r.id for r in paged[1:]] == [r.id for r in everything]
    assert len({r.id for r in paged}) == len(paged)
    person = _all_pages(search, AuditFilter(beneficiary_id=202), 3)
    assert len(person) == 8
    # The entries moved back to 2025 come last: newest first by time, not by id.
    assert [r.id for r in person[-3:]] == sorted(trail["old"], reverse=True)


def test_a_search_is_audited_and_only_for_administrators(services, admin, trail):
    search = services.acting_as(admin).audit_search
    search.page(AuditFilter(beneficiary_id=101))
    newest = search.page(AuditFilter(user_id=admin.user_id), limit=2)
    assert newest[0].action == "audit.searched"
    assert '"beneficiary": null' in newest[0].details
    assert newest[1].action == "audit.searched" and '"beneficiary": 101' in newest[1].details
    clerk = services.auth.login("clerk", PASSWORD)
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).audit_search.page(AuditFilter())


def test_staff_and_people_to_filter_by(services, admin, trail):
    search = services.acting_as(admin).audit_search
    assert {s.username for s in search.staff()} == {"clerk", "admin"}
    assert search.people("   ") == []


@pytest.mark.parametrize(
    "criteria",
    [
        AuditFilter(),
        AuditFilter(beneficiary_id=101),
        AuditFilter(user_id=1),
        AuditFilter(start=date(2025, 1, 1), end=date(2025, 2, 1)),
        AuditFilter(beneficiary_id=101, start=date(2025, 1, 1)),
        AuditFilter(user_id=1, end=date(2025, 2, 1)),
    ],
)
def test_every_filter_is_served_by_an_index_in_order(sqlite_database, criteria):
    for after in (None, AuditPageKey(datetime(2025, 5, 1), 10)):
        compiled = audit_statement(criteria, after, 100).compile(sqlite_database.engine)
        with sqlite_database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled),
                tuple(compiled.params[name] for name in compiled.positiontup),
            )
            plan = " ".join(row[-1] for row in rows)
        assert "USING INDEX ix_audit_entry_" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
