"""Retention: records past their period are flagged on known dates, a legal hold protects a person,
and an approved destruction really removes the values and records only what was done."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from charity_desk.db.models import (
    AuditEntry,
    Beneficiary,
    ContactEntry,
    DestructionRecord,
    FamilyMember,
    FieldChange,
    HealthRecord,
    MoneyItem,
    RetentionFlag,
    RetentionRun,
)
from charity_desk.domain.address import NationalAddress
from charity_desk.domain.roles import Role
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.auth import LoginFailed
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.person_input import PersonInput
from charity_desk.services.retention import cutoff_for

AS_OF = date(2026, 6, 1)
OLD = datetime(2012, 3, 4, 9, 0, tzinfo=UTC)
OLD_NAME, OLD_ID, OLD_MOBILE = "نورة", "1012345672", "0551234567"


def _at(day: datetime, beneficiary_id: int, services) -> None:
    """Every date of the file moved back to ``day``, as if nothing had happened since."""
    with services.db.session() as session:
        session.execute(update(Beneficiary).where(Beneficiary.id == beneficiary_id)
                        .values(created_at=day, updated_at=day))
        session.execute(update(ContactEntry).where(ContactEntry.beneficiary_id == beneficiary_id).values(at=day))
        session.execute(update(FieldChange).where(FieldChange.beneficiary_id == beneficiary_id)
                        .values(changed_at=day))


@pytest.fixture
def people(services, admin):
    acting = services.acting_as(admin)
    old = acting.registration.register(PersonInput(
        OLD_NAME, "سعد", "", "الدوسري", OLD_ID, "female", date(1970, 8, 9), OLD_MOBILE, region="الرياض",
        city="الرياض", address=NationalAddress(street="شارع التحلية", district="العليا", building_number="1234")),
        today=date(2012, 3, 4))
    recent = acting.registration.register(PersonInput(
        "خالد", "فهد", "", "العتيبي", "1058529940", "male", date(1985, 1, 1), "0501112233", region="مكة المكرمة"))
    with services.db.session() as session:
        session.add_all([
            FamilyMember(beneficiary_id=old, full_name="سلمان سعد الدوسري", relation="son", national_id="1098765430",
                         gender="male", birth_date=date(2001, 5, 6), monthly_income=Decimal("0"),
                         disability="ضعف سمع"),
            HealthRecord(beneficiary_id=old, chronic_conditions="سكري", medications="أنسولين"),
            MoneyItem(beneficiary_id=old, direction="income", category="pension", description="تقاعد الزوج",
                      monthly_amount=Decimal("2500.00")),
            ContactEntry(beneficiary_id=old, kind="call", channel="phone", reason="متابعة", asked="سألت عن موعدها"),
            ContactEntry(beneficiary_id=recent, kind="call", channel="phone", reason="استفسار",
                         at=datetime(2019, 1, 2, tzinfo=UTC)),
        ])
    _at(OLD, old, services)
    return acting, old, recent


def _flags(run) -> set[tuple[str, int]]:
    return {(f.category, f.record_id) for f in run.flags}


def test_flagging_counts_back_from_the_relevant_date(people):
    acting, old, recent = people
    run = acting.retention.find_past_retention(today=AS_OF)
    files = [f for f in run.flags if f.category == "beneficiary_file"]
    assert [(f.record_id, f.relevant_on) for f in files] == [(old, OLD.date())]
    assert files[0].beneficiary_name.startswith(OLD_NAME)
    # Contacts are kept 5 years from their own date: the 2019 call of the active file is due too.
    contacts = [f for f in run.flags if f.category == "contact_log"]
    assert {f.beneficiary_id for f in contacts} == {old, recent}
    assert run.counts["beneficiary_file"] == 1 and run.total == len(run.flags)
    # A longer period moves the cutoff before the 2019 call.
    acting.retention.set_years("contact_log", 8)
    assert cutoff_for(AS_OF, 8) == date(2018, 6, 1)
    again = acting.retention.find_past_retention(today=AS_OF)
    assert {f.beneficiary_id for f in again.flags if f.category == "contact_log"} == {old}
    rules = {r.category.code: r for r in acting.retention.rules()}
    assert rules["contact_log"].years == 8 and rules["contact_log"].default_years == 5
    assert rules["applications"].years == 10


def test_legal_hold_blocks_flagging_and_destruction(people, services, admin_password):
    acting, old, _recent = people
    run = acting.retention.find_past_retention(today=AS_OF)
    assert ("beneficiary_file", old) in _flags(run)
    # Placed after the run, the hold still stops the approval for that person.
    acting.retention.place_hold(OLD_ID, "مطالبة قضائية قائمة")
    assert [h.beneficiary_id for h in acting.retention.legal_holds()] == [old]
    acting.retention.approve(run.id, admin_password)
    with services.db.read_session() as session:
        person = session.get(Beneficiary, old)
        assert person.full_name.startswith(OLD_NAME) and person.anonymized_at is None
        assert session.scalar(select(ContactEntry.id).where(ContactEntry.beneficiary_id == old)) is not None
        assert person.updated_at.replace(tzinfo=UTC) == OLD  # the hold is not an activity of the file
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("legal_hold.%"))))
    assert actions == ["legal_hold.placed"]
    held = acting.retention.find_past_retention(today=AS_OF)
    assert not {f for f in held.flags if f.beneficiary_id == old}
    acting.retention.release_hold(old, "انتهت المطالبة")
    released = acting.retention.find_past_retention(today=AS_OF)
    assert ("beneficiary_file", old) in _flags(released)


def test_approval_anonymizes_the_file_and_keeps_the_figures(people, services, admin_password):
    acting, old, recent = people
    run = acting.retention.find_past_retention(today=AS_OF)
    records = acting.retention.approve(run.id, admin_password)
    assert {r.category: (r.action, r.record_count) for r in records} == {
        "beneficiary_file": ("anonymized", 1), "contact_log": ("deleted", 1)}
    with services.db.read_session() as session:
        person = session.get(Beneficiary, old)
        assert OLD_NAME not in person.full_name and person.first_name != OLD_NAME
        assert person.national_id != OLD_ID and not person.mobile and not person.street and not person.district
        assert not person.building_number and not person.search_text
        assert (person.gender, person.region, person.birth_date) == ("female", "الرياض", date(1970, 1, 1))
        member = session.scalars(select(FamilyMember).where(FamilyMember.beneficiary_id == old)).one()
        assert (member.full_name, member.national_id, member.disability) == ("", "", "")
        assert (member.relation, member.birth_date) == ("son", date(2001, 1, 1))
        assert session.get(HealthRecord, old) is None
        money = session.scalars(select(MoneyItem).where(MoneyItem.beneficiary_id == old)).one()
        assert (money.description, money.monthly_amount) == ("", Decimal("2500.00"))
        assert session.scalar(select(ContactEntry.id).where(ContactEntry.beneficiary_id == old)) is None
        assert session.scalar(select(FieldChange.id).where(FieldChange.beneficiary_id == old)) is None
        assert session.get(Beneficiary, recent).full_name.startswith("خالد")
        assert session.scalars(select(RetentionRun.status).where(RetentionRun.id == run.id)).one() == "approved"
        assert session.scalar(select(RetentionFlag.id)) is None
    # Nothing is flagged again once done.
    assert not acting.retention.find_past_retention(today=AS_OF).counts["beneficiary_file"]


def test_destruction_record_names_what_was_done_and_no_personal_value(people, services, admin, admin_password):
    acting, _old, _recent = people
    run = acting.retention.find_past_retention(today=AS_OF)
    acting.retention.approve(run.id, admin_password)
    listed = {d.category: d for d in acting.retention.destructions()}
    record = listed["beneficiary_file"]
    assert (record.record_count, record.years, record.cutoff) == (1, 10, date(2016, 6, 1))
    assert record.approved_by == admin.full_name
    with services.db.read_session() as session:
        rows = session.scalars(select(DestructionRecord)).all()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "retention.destroyed")).one()
    stored = " ".join(str(getattr(r, c.key)) for r in rows for c in DestructionRecord.__table__.columns)
    for value in (OLD_NAME, OLD_ID, OLD_MOBILE, "سكري", "الدوسري"):
        assert value not in stored and value not in entry.details
    assert entry.entity_id == str(run.id)


def test_wrong_password_refuses_and_changes_nothing(people, services):
    acting, old, _recent = people
    run = acting.retention.find_past_retention(today=AS_OF)
    with pytest.raises(LoginFailed):
        acting.retention.approve(run.id, "not my password")
    with services.db.read_session() as session:
        assert session.get(Beneficiary, old).national_id == OLD_ID
        assert session.get(HealthRecord, old) is not None
        assert session.scalar(select(DestructionRecord.id)) is None
        assert session.get(RetentionRun, run.id).status == "pending"
    assert _flags(acting.retention.pending_run()) == _flags(run)


def test_only_an_administrator_runs_retention(people, services):
    acting, _old, _recent = people
    acting.users.create("huda", "هدى", Role.PROGRAM_MANAGER, "huda password 1")
    manager = services.acting_as(services.auth.login("huda", "huda password 1"))
    with pytest.raises(PermissionDenied):
        manager.retention.find_past_retention(today=AS_OF)
    with pytest.raises(PermissionDenied):
        manager.retention.set_years("audit", 1)


def test_audit_trail_past_retention_is_cut_from_the_start_and_still_verifies(people, services, admin_password):
    acting, _old, _recent = people
    acting.retention.set_years("audit", 1)
    later = date.today().replace(year=date.today().year + 2)
    run = acting.retention.find_past_retention(today=later)
    assert run.counts["audit"] > 0
    records = {r.category: r for r in acting.retention.approve(run.id, admin_password)}
    assert records["audit"].record_count == run.counts["audit"]
    report = verify_chain(services.db)
    assert report.ok, report
