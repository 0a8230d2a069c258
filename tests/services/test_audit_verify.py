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


# --- Attacks by someone who can change the database but does not hold the installation's secret ---


def _rows(services) -> list:
    with services.db.read_session() as session:
        return session.execute(select(*audit._COLUMNS).order_by(AuditEntry.id)).all()


def _rechain_with_sha256(services, from_id: int) -> None:
    """What the old chain allowed: recompute every plain SHA-256 link from ``from_id`` on."""
    rows = _rows(services)
    previous = next((row.hash for row in reversed(rows) if row.id < from_id), audit.GENESIS_HASH)
    with services.db.engine.begin() as connection:
        for row in rows:
            if row.id < from_id:
                continue
            digest = audit.entry_hash(previous, row.at, row.user_id, row.username, row.action, row.entity,
                                      row.entity_id, row.details)
            connection.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :id"),
                               {"p": previous, "h": digest, "id": row.id})
            previous = digest


def test_a_changed_row_with_the_sha256_chain_recomputed_is_caught(services, admin):
    ids = _append(services, 20)
    _raw(services, "UPDATE audit_entry SET username = 'someone else' WHERE id = :id", id=ids[5])
    _rechain_with_sha256(services, ids[5])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem) == (False, ids[5], Problem.UNSEALED)
    assert str(ids[5]) in report.message().render()


def test_deleted_middle_rows_with_the_chain_recomputed_are_caught(services, admin):
    ids = _append(services, 20)
    _raw(services, "DELETE FROM audit_entry WHERE id BETWEEN :a AND :b", a=ids[4], b=ids[9])
    _rechain_with_sha256(services, ids[10])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem) == (False, ids[10], Problem.UNSEALED)


def test_resealing_with_a_key_of_ones_own_is_caught(services, admin):
    import hmac as _hmac

    ids = _append(services, 10)
    forged_key = b"k" * 32
    rows = _rows(services)
    previous = next(row.hash for row in rows if row.id == ids[3] - 1)
    with services.db.engine.begin() as connection:
        for row in rows:
            if row.id < ids[3]:
                continue
            digest = audit.entry_seal(forged_key, row.id, previous, row.at, row.user_id, row.username, row.action,
                                      row.entity, row.entity_id, row.details)
            connection.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :id"),
                               {"p": previous, "h": digest, "id": row.id})
            previous = digest
    assert not _hmac.compare_digest(previous, rows[-1].hash)
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem) == (False, ids[3], Problem.ALTERED)


def test_a_deleted_tail_is_caught_by_the_high_water_mark(services, admin):
    ids = _append(services, 15)
    _raw(services, "DELETE FROM audit_entry WHERE id > :id", id=ids[9])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem, report.expected_id) == (
        False, ids[9], Problem.TRUNCATED, ids[-1])
    text_ = report.message().render()
    assert str(ids[9]) in text_ and str(ids[-1]) in text_


def test_an_emptied_trail_is_caught(services, admin):
    ids = _append(services, 5)
    _raw(services, "DELETE FROM audit_entry")
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.problem, report.expected_id) == (False, Problem.EMPTIED, ids[-1])


def test_a_forged_retention_anchor_does_not_excuse_removed_entries(services, admin):
    ids = _append(services, 12)
    with services.db.engine.connect() as connection:
        anchor = connection.execute(text("SELECT prev_hash FROM audit_entry WHERE id = :id"), {"id": ids[6]}).scalar()
    _raw(services, "INSERT INTO destruction_record (category, action, record_count, years, cutoff, approved_at,"
                   " approved_by_name, chain_anchor, note) VALUES ('audit', 'deleted', 6, 1, '2020-01-01',"
                   " '2020-01-01 00:00:00', 'admin', :anchor, '')", anchor=anchor)
    _raw(services, "DELETE FROM audit_entry WHERE id < :id", id=ids[6])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem) == (False, ids[6], Problem.REMOVED)


def test_a_forged_high_water_mark_is_reported(services, admin):
    from charity_desk.services import installation_secret

    ids = _append(services, 8)
    _raw(services, "DELETE FROM audit_entry WHERE id > :id", id=ids[3])
    with services.db.engine.connect() as connection:
        last_mac = connection.execute(text("SELECT hash FROM audit_entry WHERE id = :id"), {"id": ids[3]}).scalar()
    # Pointing the mark at the new end needs a seal made with the key: one made without it is refused.
    installation_secret.write_mark(
        services.db.url, installation_secret.make_mark(b"not the key" * 3, ids[3], last_mac), only_forward=False)
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.problem) == (False, Problem.MARK_ALTERED)
    installation_secret.mark_path(services.db.url).write_text("{not json", encoding="utf-8")
    assert services.acting_as(admin).audit_verify.verify().problem is Problem.MARK_ALTERED


def test_every_report_names_what_is_wrong_in_arabic(services, admin):
    from charity_desk.services.audit_verify import ChainReport

    for problem in Problem:
        english = ChainReport(False, 3, 7, problem, 9).message()
        assert english.context == "AuditVerify" and english.text


def test_renumbered_entries_are_caught(services, admin):
    ids = _append(services, 8)
    _raw(services, "UPDATE audit_entry SET id = -1 WHERE id = :id", id=ids[3])
    _raw(services, "UPDATE audit_entry SET id = :a WHERE id = :b", a=ids[3], b=ids[4])
    _raw(services, "UPDATE audit_entry SET id = :a WHERE id = -1", a=ids[4])
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id) == (False, ids[3])


def test_an_entry_appended_without_the_key_is_caught(services, admin):
    ids = _append(services, 4)
    rows = _rows(services)
    forged = audit.entry_hash(rows[-1].hash, rows[-1].at, None, "system", "forged", "test", "x", "{}")
    _raw(services, "INSERT INTO audit_entry (id, at, username, action, entity, entity_id, details, prev_hash, hash)"
                   " VALUES (:id, :at, 'system', 'forged', 'test', 'x', '{}', :p, :h)",
         id=ids[-1] + 1, at=rows[-1].at, p=rows[-1].hash, h=forged)
    report = services.acting_as(admin).audit_verify.verify()
    assert (report.ok, report.first_bad_id, report.problem) == (False, ids[-1] + 1, Problem.UNSEALED)
