"""The verifier names the first altered row, or the row after a removed one, on both backends."""

import pytest
from sqlalchemy import select, text

from charity_desk.db.models import AuditEntry
from charity_desk.domain.roles import Role
from charity_desk.services import audit
from charity_desk.services.actor import SYSTEM, Actor
from charity_desk.services.audit_verify import STEP, Problem, VerifyCancelled
from charity_desk.services.errors import PermissionDenied


def _append(services, count: int) -> list[int]:
    with services.db.session() as session:
        return [audit.record(session, SYSTEM, "test.event", "test", n, n=n).id for n in range(count)]


def _raw(services, sql: str, **params) -> None:
    """Tampering straight in the database, as someone with the file or the server would."""
    with services.db.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_intact_chain_is_reported_ok_in_small_batches(services, admin):
    ids = _append(services, 40)
    report = services.acting_as(admin).audit_verify.verify(batch_size=7)
    assert report.ok
    assert report.first_bad_id is None and report.problem is None
    with services.db.read_session() as session:
        assert report.rows_checked == session.query(AuditEntry).count() >= len(ids)


def test_altered_details_name_that_row(services, admin):
    ids = _append(services, 20)
    _raw(services, "UPDATE audit_entry SET details = :d WHERE id = :id", d='{"n": 999}', id=ids[12])
    report = services.acting_as(admin).audit_verify.verify(batch_size=5)
    assert not report.ok
    assert (report.first_bad_id, report.problem) == (ids[12], Problem.ALTERED)
    assert str(ids[12]) in report.message().render()


def test_rewritten_hash_shows_as_altered(services, admin):
    ids = _append(services, 5)
    _raw(services, "UPDATE audit_entry SET hash = :h WHERE id = :id", h="f" * 64, id=ids[2])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.first_bad_id, report.problem) == (ids[2], Problem.ALTERED)


def test_removed_middle_row_names_the_gap(services, admin):
    ids = _append(services, 20)
    _raw(services, "DELETE FROM audit_entry WHERE id = :id", id=ids[7])
    report = services.acting_as(admin).audit_verify.verify(batch_size=3)
    assert not report.ok
    assert (report.first_bad_id, report.problem) == (ids[8], Problem.REMOVED)
    assert report.rows_checked > 0


def test_removed_first_rows_are_detected(services, admin):
    with services.db.read_session() as session:
        first = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id).limit(1))
        second = session.scalar(
            select(AuditEntry.id).where(AuditEntry.id > first).order_by(AuditEntry.id).limit(1)
        )
    _raw(services, "DELETE FROM audit_entry WHERE id = :id", id=first)
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem, report.rows_checked) == (
        False,
        second,
        Problem.REMOVED,
        0,
    )


def test_only_administrators_verify(services, admin):
    clerk = Actor(user_id=admin.user_id, username="clerk", full_name="clerk", role=Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).audit_verify.verify()


def test_progress_is_reported_and_a_cancel_stops_the_walk(services, admin):
    _append(services, STEP * 2 + 5)
    seen = []
    report = services.acting_as(admin).audit_verify.verify(
        batch_size=500, progress=lambda d, t: seen.append((d, t))
    )
    assert report.ok
    assert [done for done, _total in seen] == [STEP, STEP * 2]
    assert all(total == report.rows_checked for _done, total in seen)
    with pytest.raises(VerifyCancelled):
        services.acting_as(admin).audit_verify.verify(cancelled=lambda: True)
