"""The beneficiary file: tabs, corrections with history, permissions on health and income."""

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from charity_desk.db.models import AuditEntry, FieldChange
from charity_desk.domain.messages import DomainError
from charity_desk.domain.roles import Role
from charity_desk.i18n import render
from charity_desk.services.errors import InvalidInput, PermissionDenied, ServiceError, StaleRecord
from charity_desk.services.field_names import field_name
from charity_desk.services.file_edits import FamilyMemberInput, HealthInput, HousingInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.registration import InterviewInput

TODAY = date(2026, 11, 25)
BASE = dict(
    first_name="خالد",
    father_name="ناصر",
    grandfather_name="سعد",
    family_name="العنزي",
    national_id="1058529940",
    gender="male",
    birth_date=date(1975, 6, 1),
    mobile="0501112233",
    region="حائل",
    city="حائل",
)


@pytest.fixture
def file_id(services, admin):
    return services.acting_as(admin).registration.register(PersonInput(**BASE), today=TODAY)


def test_correction_keeps_old_value_who_and_why(services, admin, file_id):
    edits = services.acting_as(admin).file_edits
    version = services.acting_as(admin).files.open(file_id).person.version
    with pytest.raises(ServiceError) as missing_reason:
        edits.update_person(file_id, version, PersonInput(**{**BASE, "mobile": "0509998877"}), today=TODAY)
    assert missing_reason.value.field == "reason"
    changed = edits.update_person(
        file_id, version, PersonInput(**{**BASE, "mobile": "0509998877"}), reason="رقم جديد", today=TODAY
    )
    assert changed == ["mobile"]
    with services.db.read_session() as session:
        change = session.scalars(select(FieldChange)).one()
        audit_rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "beneficiary.changed")
        ).all()
    assert (change.field, change.old_value, change.new_value, change.reason) == (
        "mobile",
        "+966501112233",
        "+966509998877",
        "رقم جديد",
    )
    assert change.changed_by_id == admin.user_id
    assert all("+966" not in row.details for row in audit_rows)  # the audit names fields, never values
    assert services.acting_as(admin).beneficiaries.search("0509998877")[0].id == file_id
    assert services.acting_as(admin).beneficiaries.search("0501112233") == []


def test_second_save_from_an_old_version_is_refused(services, admin, file_id):
    edits = services.acting_as(admin).file_edits
    version = services.acting_as(admin).files.open(file_id).person.version
    edits.update_person(
        file_id, version, PersonInput(**{**BASE, "city": "بقعاء"}), reason="انتقل", today=TODAY
    )
    with pytest.raises(StaleRecord) as refused:
        edits.update_person(
            file_id, version, PersonInput(**{**BASE, "city": "الغزالة"}), reason="x", today=TODAY
        )
    assert services.acting_as(admin).files.open(file_id).person.city == "بقعاء"
    assert refused.value.message.params["by"] == admin.full_name
    assert refused.value.message.params["fields"].render() == "City"  # in English here; Arabic in the app
    timeline = services.acting_as(admin).files.timeline(file_id)
    assert render(field_name("beneficiary", "city")) in [event.summary for event in timeline if event.kind == "change"]


def test_family_and_money_give_income_per_person(services, admin, file_id):
    edits = services.acting_as(admin).file_edits
    edits.add_family_member(
        file_id,
        FamilyMemberInput("منيرة خالد", "daughter", birth_date=date(2010, 1, 1), schooling="intermediate"),
        today=TODAY,
    )
    edits.add_family_member(
        file_id,
        FamilyMemberInput("هيا محمد", "spouse", national_id="1012345672", monthly_income=Decimal("1000")),
        today=TODAY,
    )
    edits.add_money_item(file_id, "income", "social_security", Decimal("2000"))
    edits.add_money_item(file_id, "expense", "rent", Decimal("1500"))
    money = services.acting_as(admin).files.open(file_id).money
    assert (money.total_income, money.total_expenses, money.household_size) == (
        Decimal("3000.00"),
        Decimal("1500.00"),
        3,
    )
    assert money.income_per_person == Decimal("1000.00")


def test_family_member_input_is_checked(services, admin, file_id):
    with pytest.raises(InvalidInput) as error:
        services.acting_as(admin).file_edits.add_family_member(
            file_id,
            FamilyMemberInput("", "cousin", national_id="123", birth_date=date(2027, 1, 1)),
            today=TODAY,
        )
    assert set(error.value.fields) == {"full_name", "relation", "national_id", "birth_date"}


def test_health_is_hidden_without_the_permission(services, admin, file_id):
    services.acting_as(admin).file_edits.save_health(file_id, HealthInput("سكري", "", "أنسولين"))
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password")
    desk = services.acting_as(services.auth.login("desk", "desk password"))
    file = desk.files.open(file_id)
    assert file.health is None and file.money is None
    with pytest.raises(PermissionDenied):
        desk.file_edits.save_health(file_id, HealthInput("x", "", ""))
    assert services.acting_as(admin).files.open(file_id).health.chronic_conditions == "سكري"


def test_housing_needs_documents_contacts_and_timeline(services, admin, file_id, tmp_path):
    edits = services.acting_as(admin).file_edits
    edits.save_housing(file_id, HousingInput("rented", "apartment", 3, Decimal("1200"), "fair"))
    result = edits.assess_needs(
        file_id,
        {
            "income": "below_500",
            "housing": "rented",
            "dependents": "4_6",
            "health": "none",
            "provider": "unemployed",
        },
    )
    assert (result.score, result.band.code) == (3 * 3 + 2 * 2 + 2 * 3 + 0 + 3, "high")
    with pytest.raises(DomainError):
        edits.assess_needs(file_id, {"income": "none"})
    scan = tmp_path / "هوية.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned id")
    document_id = edits.attach_document(file_id, "national_id", scan)
    assert edits.document_content(document_id) == ("هوية.pdf", b"%PDF-1.4 scanned id")
    edits.log_contact(file_id, InterviewInput("phone_letter", "متابعة الطلب", minutes_spent=5, kind="call"))

    file = services.acting_as(admin).files.open(file_id)
    assert file.housing.monthly_rent == Decimal("1200") and file.housing.rooms == 3
    assert file.needs[0].band == "high"
    assert file.documents[0].sha256 == hashlib.sha256(b"%PDF-1.4 scanned id").hexdigest()
    assert file.contact_count == 1
    kinds = [event.kind for event in services.acting_as(admin).files.timeline(file_id)]
    assert set(kinds) == {"created", "change", "needs", "document", "contact"}


def test_opening_a_file_is_audited(services, admin, file_id):
    services.acting_as(admin).files.open(file_id)
    with services.db.read_session() as session:
        viewed = session.scalars(select(AuditEntry).where(AuditEntry.action == "beneficiary.viewed")).all()
    assert [row.entity_id for row in viewed] == [str(file_id)]
