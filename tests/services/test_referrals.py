"""Referrals to other associations (clause 5-10) on real databases: letter, disclosure log, follow-up."""

from datetime import date

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import (
    AuditEntry,
    Disclosure,
    IssuedLetter,
    LetterTemplate,
    PartnerAssociation,
    Referral,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.errors import InvalidInput, NotFound, PermissionDenied, ServiceError, StaleRecord
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.services.referral_views import PartnerInput
from pdf_reading import pdf_text, squash

TODAY = date(2026, 11, 25)
NATIONAL_ID = "1012345672"
PARTNER = "جمعية رعاية مرضى الكلى"


@pytest.fixture
def setup(services, admin):
    acting = services.acting_as(admin)
    person = acting.registration.register(PersonInput(
        first_name="نورة", father_name="محمد", grandfather_name="علي", family_name="الشمري",
        national_id=NATIONAL_ID, gender="female", birth_date=date(1980, 1, 1), mobile="0551234567"), today=TODAY)
    program = acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind",
                                                instructions="تسلم السلة شهريًا"))
    application = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    partner = acting.referrals.save_partner(PartnerInput(PARTNER, services="غسيل الكلى ونقل المرضى",
                                                         city="الرياض", phone="011 446 0000"))
    return acting, person, application, partner


def _count(services, model) -> int:
    with services.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_referral_issues_letter_logs_disclosure_and_ends_the_application(services, setup):
    acting, person, application, partner = setup
    referral_id = acting.referrals.refer(person, partner, "يحتاج إلى غسيل كلوي منتظم", ["national_id", "name",
                                         "request"], True, application_id=application,
                                         follow_up_on=date(2026, 12, 10), today=TODAY)

    (view,) = acting.referrals.for_beneficiary(person)
    assert (view.id, view.partner_name, view.status, view.referred_on) == (referral_id, PARTNER, "sent", TODAY)
    assert view.application_number and view.letter_reference.startswith("1448/")
    (disclosure,) = acting.referrals.disclosures(person)
    assert disclosure.recipient == PARTNER and "5-10" in disclosure.basis
    assert disclosure.items == ("name", "national_id", "request") and disclosure.shared_by == "مدير النظام"

    summary = acting.applications.view(application)
    assert summary.summary.state is State.REFERRED
    assert summary.transitions[-1].reason == "يحتاج إلى غسيل كلوي منتظم"

    text = squash(pdf_text(acting.letters.render([view.letter_id])))
    for expected in (PARTNER, view.letter_reference, NATIONAL_ID, "يحتاج إلى غسيل كلوي منتظم"):
        assert squash(expected) in text
    with services.db.read_session() as session:
        details = " ".join(session.scalars(select(AuditEntry.details)))
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"referral.created", "disclosure.recorded", "letter.issued", "application.moved"} <= actions
    assert NATIONAL_ID not in details and "نورة" not in details


def test_a_referral_the_beneficiary_was_not_told_about_saves_nothing(services, setup):
    acting, person, application, partner = setup
    with pytest.raises(InvalidInput) as refused:
        acting.referrals.refer(person, partner, " ", [], False, application_id=application, today=TODAY)
    assert set(refused.value.fields) == {"beneficiary_informed", "reason", "shared_items"}
    with pytest.raises(InvalidInput) as refused:
        acting.referrals.refer(person, partner, "علاج", ["mobile"], True, today=TODAY)
    assert set(refused.value.fields) == {"shared_items"}  # the letter carries the name
    for model in (Referral, Disclosure, IssuedLetter):
        assert _count(services, model) == 0
    assert acting.applications.view(application).summary.state is State.RECEIVED


def test_all_or_nothing_when_the_letter_cannot_be_written(services, setup):
    acting, person, application, partner = setup
    with services.db.session() as session:  # a template saved by an older version, with a field now unknown
        session.add(LetterTemplate(kind="referral", subject="إحالة", body="نحيل {beneficiary_name} {mobile}"))
    with pytest.raises(ServiceError):
        acting.referrals.refer(person, partner, "علاج", ["name"], True, application_id=application, today=TODAY)
    for model in (Referral, Disclosure, IssuedLetter):
        assert _count(services, model) == 0
    assert acting.applications.view(application).summary.state is State.RECEIVED


def test_an_item_not_shared_is_not_printed(services, setup):
    acting, person, _application, partner = setup
    acting.referrals.refer(person, partner, "علاج", ["name"], True, today=TODAY)
    (view,) = acting.referrals.for_beneficiary(person)
    assert NATIONAL_ID not in pdf_text(acting.letters.render([view.letter_id]))
    assert acting.referrals.disclosures(person)[0].items == ("name",)


def test_outcome_and_follow_ups(services, setup):
    acting, person, _application, partner = setup
    first = acting.referrals.refer(person, partner, "علاج", ["name"], True, follow_up_on=date(2026, 12, 1),
                                   today=TODAY)
    second = acting.referrals.refer(person, partner, "سكن", ["name"], True, follow_up_on=date(2026, 12, 20),
                                    today=TODAY)
    acting.referrals.refer(person, partner, "تعليم", ["name"], True, today=TODAY)
    assert [r.id for r in acting.referrals.due_follow_ups(date(2026, 12, 1))] == [first]
    assert [r.id for r in acting.referrals.due_follow_ups(date(2026, 12, 31))] == [first, second]

    with pytest.raises(InvalidInput) as refused:
        acting.referrals.record_outcome(first, "declined", "")
    assert set(refused.value.fields) == {"outcome"}
    version = acting.referrals.for_beneficiary(person)[-1].version
    acting.referrals.record_outcome(first, "accepted", "قبلته الجمعية", expected_version=version,
                                    follow_up_on=date(2027, 1, 5), today=TODAY)
    with pytest.raises(StaleRecord):
        acting.referrals.record_outcome(first, "served", "تلقى العلاج", expected_version=version)
    assert [r.id for r in acting.referrals.due_follow_ups(date(2026, 12, 31))] == [second]
    acting.referrals.record_outcome(first, "served", "تلقى العلاج")
    served = next(r for r in acting.referrals.for_beneficiary(person) if r.id == first)
    assert (served.status, served.outcome, served.follow_up_on) == ("served", "تلقى العلاج", None)
    assert [r.id for r in acting.referrals.due_follow_ups(date(2027, 2, 1))] == [second]


def test_partner_directory(services, setup):
    acting, person, _application, partner = setup
    other = acting.referrals.save_partner(PartnerInput("جمعية الإسكان", phone="٠٥٥ ١٢٣ ٤٥٦٧",
                                                       email="info@eskan.org.sa", contact_person="أ. فهد"))
    assert {p.name: p.phone for p in acting.referrals.partners()} == {PARTNER: "011 446 0000",
                                                                     "جمعية الإسكان": "+966551234567"}
    with pytest.raises(InvalidInput) as refused:
        acting.referrals.save_partner(PartnerInput(PARTNER, phone="05512", email="info@"))
    assert set(refused.value.fields) == {"name", "phone", "email"}
    version = next(p.version for p in acting.referrals.partners() if p.id == other)
    acting.referrals.save_partner(PartnerInput("جمعية الإسكان الخيرية", phone="920001234"), other, version)
    with pytest.raises(StaleRecord):
        acting.referrals.save_partner(PartnerInput("جمعية الإسكان"), other, version)

    acting.referrals.deactivate_partner(partner)
    assert [p.name for p in acting.referrals.partners()] == ["جمعية الإسكان الخيرية"]
    assert len(acting.referrals.partners(include_inactive=True)) == 2
    with pytest.raises(NotFound):
        acting.referrals.refer(person, partner, "علاج", ["name"], True, today=TODAY)
    with services.db.read_session() as session:
        assert session.scalar(select(PartnerAssociation.active).where(PartnerAssociation.id == partner)) is False


def test_a_closed_application_is_not_referred_and_viewers_cannot_refer(services, setup, admin_password):
    acting, person, application, partner = setup
    acting.applications.transition(application, State.WITHDRAWN, "طلب المستفيد")
    with pytest.raises(ServiceError) as refused:
        acting.referrals.refer(person, partner, "علاج", ["name"], True, application_id=application, today=TODAY)
    assert refused.value.field == "application"
    assert _count(services, Referral) == 0

    acting.users.create("exec", "المدير التنفيذي", Role.EXECUTIVE, admin_password)
    viewer = services.acting_as(services.auth.login("exec", admin_password))
    with pytest.raises(PermissionDenied):
        viewer.referrals.refer(person, partner, "علاج", ["name"], True, today=TODAY)
    assert viewer.referrals.for_beneficiary(person) == []
