"""The association's letterhead and signatory as saved in Settings, and printed on its letters."""

import io
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from sqlalchemy import select

from charity_desk.db.models import AuditEntry
from charity_desk.domain.messages import DomainError
from charity_desk.domain.roles import Role
from charity_desk.services.association import MAX_LOGO_BYTES, ProfileInput, check_logo
from charity_desk.services.errors import InvalidInput, PermissionDenied, ServiceError, StaleRecord
from charity_desk.services.letters import issue_letter
from pdf_reading import pdf_text, squash

PROFILE = ProfileInput(
    name="جمعية البر الخيرية بالخرج", licence_number="١٢٣٤", address="الخرج، حي الخالدية، شارع الملك عبدالعزيز",
    phone="0115440000", website="www.birr-kharj.org.sa",
    policy_approval_reference="من مجلس الإدارة في اجتماعه رقم (7) بتاريخ 1447/03/12هـ",
    signatory_name="سارة بنت فهد العتيبي", signatory_title="المديرة التنفيذية",
)


def image_bytes(kind: str = "PNG", size: int = 120) -> bytes:
    image = Image.new("RGB", (size, size), "white")
    ImageDraw.Draw(image).ellipse((10, 10, size - 10, size - 10), outline=(31, 92, 74), width=8)
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def test_profile_saved_and_read_back(services, admin):
    acting = services.acting_as(admin)
    opened = acting.association.profile()
    assert opened.data.name == "جمعية البر الخيرية" and opened.data.logo is None
    logo = image_bytes()
    version = acting.association.save(replace(PROFILE, logo=logo), opened.version)
    saved = acting.association.profile()
    assert saved.version == version > opened.version
    assert saved.data == replace(PROFILE, licence_number="1234", logo=logo)

    with pytest.raises(StaleRecord):
        acting.association.save(PROFILE, opened.version)
    acting.association.save(replace(PROFILE, logo=None), version)
    assert acting.association.profile().data.logo is None
    with services.db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "association.saved")).first()
    assert "logo_sha256" in entry.details and "الخالدية" not in entry.details


def test_fields_are_checked(services, admin):
    acting = services.acting_as(admin)
    version = acting.association.profile().version
    with pytest.raises(InvalidInput) as refused:
        acting.association.save(replace(PROFILE, name=" ", website="not a site", signatory_title="x" * 201,
                                        logo=b"GIF89a..."), version)
    assert set(refused.value.fields) == {"name", "website", "signatory_title", "logo"}


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7 not an image", b"GIF89a\x01\x00",
                                     b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"\xff\xd8\xff" + b"\x00" * 40])
def test_logo_must_really_be_a_png_or_jpeg(content):
    with pytest.raises(DomainError) as refused:
        check_logo(content)
    assert refused.value.field == "logo"


def test_logo_size_limit():
    check_logo(image_bytes("JPEG"))
    with pytest.raises(DomainError):
        check_logo(image_bytes() + b"\x00" * MAX_LOGO_BYTES)


def test_only_settings_managers_save(services, admin, admin_password):
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, admin_password)
    desk = services.acting_as(services.auth.login("desk", admin_password))
    with pytest.raises(PermissionDenied):
        desk.association.save(PROFILE, desk.association.profile().version)


def test_letters_print_the_new_letterhead(services, admin):
    acting = services.acting_as(admin)
    acting.association.save(replace(PROFILE, logo=image_bytes()), acting.association.profile().version)
    with services.db.session() as session:
        letter = issue_letter(session, admin, "referral", {"beneficiary_name": "نورة محمد الشمري",
                                                           "national_id": "1012345672", "reason": "علاج",
                                                           "partner": "جمعية الكلى"},
                              "جمعية الكلى", None, date(2026, 11, 25))
        letter_id = letter.id
    pdf = acting.letters.render([letter_id])
    text = squash(pdf_text(pdf))
    for expected in ("جمعية البر الخيرية بالخرج", "1234", "www.birr-kharj.org.sa", "سارة بنت فهد العتيبي",
                     "المديرة التنفيذية", "اجتماعه رقم", "1447/03/12"):
        assert squash(expected) in text, expected
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1  # the logo


def test_digit_style_is_western_until_an_administrator_chooses(services, admin, admin_password):
    assert services.settings.digit_style() == "western"
    services.settings.set_digit_style(admin, "arabic_indic")
    assert services.settings.digit_style() == "arabic_indic"
    with pytest.raises(ServiceError):
        services.settings.set_digit_style(admin, "roman")
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, admin_password)
    with pytest.raises(PermissionDenied):
        services.settings.set_digit_style(services.auth.login("desk", admin_password), "western")
    assert services.settings.digit_style() == "arabic_indic"
