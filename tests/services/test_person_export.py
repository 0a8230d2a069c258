"""A data-subject copy of one person's file: the PDF read back, the JSON parsed, health only for
those who may see it, the password asked again and the export audited."""

import hashlib
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_dashboard_exports import DAY, PEOPLE, known  # noqa: F401 - the fixture building the known data

from charity_desk.db.models import AuditEntry, ContactEntry, FamilyMember
from charity_desk.domain.roles import Role
from charity_desk.services.auth import LoginFailed
from charity_desk.services.file_edits import HealthInput
from pdf_reading import missing_pieces, page_texts, pdf_text

NATIONAL_ID = PEOPLE[0][0]
SCAN = b"%PDF-1.4 a scanned national ID card"


@pytest.fixture
def person_file(services, known, tmp_path):  # noqa: F811 - the imported fixture
    acting, _apps = known
    beneficiary_id = acting.person_export.find(NATIONAL_ID)
    acting.file_edits.save_health(beneficiary_id, HealthInput("سكري من النوع الثاني", "", "أنسولين"))
    scan = tmp_path / "id-card.pdf"
    scan.write_bytes(SCAN)
    acting.file_edits.attach_document(beneficiary_id, "national_id", scan)
    with services.db.session() as session:
        session.add_all([
            FamilyMember(beneficiary_id=beneficiary_id, full_name="ريم اسم العائلة", relation="daughter",
                         gender="female", birth_date=date(2015, 2, 3), monthly_income=Decimal("0"),
                         disability="إعاقة حركية"),
            ContactEntry(beneficiary_id=beneficiary_id, kind="call", channel="phone_letter", reason="متابعة الطلب",
                         asked="سألت عن موعد الصرف", answered="أُبلغت بالموعد")])
    folder = tmp_path / "out"
    folder.mkdir()
    return acting, beneficiary_id, folder


def test_pdf_and_json_hold_the_whole_file(person_file, services, admin_password):
    acting, beneficiary_id, folder = person_file
    steps = []
    result = acting.person_export.export(beneficiary_id, folder, admin_password, today=DAY + timedelta(days=40),
                                         progress=lambda done, total: steps.append((done, total)))
    assert result.health_included and result.income_included
    assert steps and steps[-1][0] == steps[-1][1]
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["format"] == "charity-desk-person-file" and data["generated_on"] == "2026-11-10"
    assert data["person"]["national_id"] == NATIONAL_ID and data["person"]["full_name"] == "اسم الأب العائلة"
    assert data["health"]["chronic_conditions"] == "سكري من النوع الثاني"
    assert [m["full_name"] for m in data["family"]] == ["ريم اسم العائلة"]
    assert data["family"][0]["disability"] == "إعاقة حركية"
    assert data["documents"][0]["sha256"] == hashlib.sha256(SCAN).hexdigest()
    assert [c["asked"] for c in data["contacts"] if c["asked"]] == ["سألت عن موعد الصرف"]
    application, = data["applications"]
    assert application["state"] == "enrolled" and application["decisions"][0]["outcome"] == "accepted"
    assert application["decisions"][0]["amount"] == "500.00"
    assert [t["to_state"] for t in application["history"]][:3] == ["received", "under_verification", "verified"]
    assert data["services_received"][0]["amount"] == "250.00"
    assert data["disclosures"] == [] and data["referrals"] == []

    pdf = result.pdf_path.read_bytes()
    text = pdf_text(pdf)
    for expected in ("ملف البيانات الشخصية الكامل", "اسم الأب العائلة", f"رقم الهوية {NATIONAL_ID}",
                     "البيانات الشخصية", "أفراد الأسرة", "ريم اسم العائلة", "الدخل والمصروفات", "البيانات الصحية",
                     "سكري من النوع الثاني", "المستندات", "سجل التواصل", "سألت عن موعد الصرف", "الطلبات",
                     "سجل حالات الطلبات", "القرارات", "مقبول", "الخدمات المقدمة", "سجل الإفصاح", "0551234567"):
        assert not missing_pieces(expected, text), expected
    assert hashlib.sha256(SCAN).hexdigest()[:20] in text.replace("\n", "")
    assert len(page_texts(pdf)) >= 2
    with services.db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "beneficiary" and entry.entity_id == str(beneficiary_id)
    assert '"kind": "person_file"' in entry.details and NATIONAL_ID not in entry.details


def test_health_is_left_out_without_the_health_permission(person_file, services):
    acting, beneficiary_id, folder = person_file
    acting.users.create("huda", "هدى", Role.PROGRAM_MANAGER, "huda password 1")
    manager = services.acting_as(services.auth.login("huda", "huda password 1"))
    result = manager.person_export.export(beneficiary_id, folder, "huda password 1")
    assert not result.health_included
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert "health" not in data and "disability" not in data["family"][0]
    text = pdf_text(result.pdf_path.read_bytes())
    assert "سكري" not in text and "حركية" not in text
    assert missing_pieces("البيانات الصحية", text)


def test_wrong_password_writes_nothing(person_file, services):
    acting, beneficiary_id, folder = person_file
    with pytest.raises(LoginFailed):
        acting.person_export.export(beneficiary_id, folder, "wrong password")
    assert list(folder.iterdir()) == []
    with services.db.read_session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "export")) is None
