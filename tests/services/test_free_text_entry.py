"""Free text at entry, written as the attack: every field a service stores as free text that can reach
an export or a report (complaints, inquiries, visit findings, referrals and partners, committees and
their decisions, the privacy registers, reasons given for changes) is given a formula.  Each call must
be refused with the Arabic message on that field, the rule the e-form import applies, and nothing in
the database may change.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy import select

from charity_desk.db.base import Base
from charity_desk.db.models import Application, Beneficiary, ChecklistItem, FamilyMember, HomeVisit, Program
from charity_desk.domain.application_flow import State
from charity_desk.domain.free_text import starts_like_formula
from charity_desk.i18n import catalogue_path
from charity_desk.services.actor import SYSTEM
from charity_desk.services.applications import ConsentInput
from charity_desk.services.breaches import BreachInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.errors import InvalidInput
from charity_desk.services.file_edits import HealthInput, HousingInput
from charity_desk.services.inquiries import InquiryInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.referral_views import PartnerInput
from charity_desk.services.registration import InterviewInput
from charity_desk.services.visits import VisitReport

HYPERLINK = '=HYPERLINK("http://x","y")'
ARABIC = "يبدأ هذا النص كما تبدأ معادلات الجداول (= + - @ أو مسافة جدولة أو فاصل سطر). اكتبه دون تلك العلامة الأولى."
NOW = datetime.now(UTC)
VOTES = {"votes_for": 1, "votes_against": 0, "votes_abstain": 0}


@pytest.fixture
def arabic(tmp_path) -> QTranslator:
    copy = tmp_path / "ar.qm"
    copy.write_bytes(Path(catalogue_path("ar")).read_bytes())
    translator = QTranslator()
    assert translator.load(str(copy))
    return translator


def _first(session, column, *where):
    return session.scalar(select(column).where(*where).order_by(column).limit(1))


@pytest.fixture
def desk(services, admin):
    """A small association with a year's activity, and one record of each register, all entered with
    plain text (so the same calls with plain text are shown to go through)."""
    acting = services.acting_as(admin)
    generate_demo(services.db, SYSTEM, 30, seed=3)
    add_demo_activity(services.db, SYSTEM, seed=3)
    with services.db.read_session() as session:
        beneficiary = _first(session, Beneficiary.id)
        ids = {
            "beneficiary": beneficiary,
            "national_id": session.get(Beneficiary, beneficiary).national_id,
            "application": _first(session, Application.id, Application.state == State.RECEIVED.value),
            "program": _first(session, Program.id),
            "waiting": _first(session, Application.id, Application.state == State.READY_FOR_COMMITTEE.value),
            "item": _first(session, ChecklistItem.id),
            "member": _first(session, FamilyMember.id),
            "visit": _first(session, HomeVisit.id, HomeVisit.status != "done"),
        }
    ids["complaint"] = acting.complaints.receive(ComplaintInput("complaint", "in_person", "delay", "تأخر الصرف"))
    ids["inquiry"] = acting.inquiries.log(InquiryInput("phone_letter", "متى أوقات الدوام؟"))
    ids["partner"] = acting.referrals.save_partner(PartnerInput("جمعية الإسكان", contact_person="أبو محمد"))
    ids["committee"] = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("رئيس اللجنة", role="chair")])
    ids["meeting"] = acting.committees.open_meeting(ids["committee"], date.today(), place="مقر الجمعية")
    acting.committees.set_attendance(ids["meeting"], {m.id: True for m in acting.committees.meeting(ids["meeting"]).members})
    ids["referral"] = acting.referrals.refer(beneficiary, ids["partner"], "حاجة إلى سكن", ["name"], True)
    ids["request"] = acting.data_requests.receive(DataRequestInput("access", date.today(), person_name="خالد",
                                                                   details="نسخة من ملفي"))
    ids["breach"] = acting.breaches.record(BreachInput("فقد جهاز", NOW, 1, ("contact",), actions="تغيير كلمات المرور"))
    return acting, ids


def _person(national_id: str) -> PersonInput:
    return PersonInput(first_name="مريم", father_name="سعد", grandfather_name="علي", family_name="القحطاني",
                       national_id=national_id,
                       gender="female", birth_date=date(1985, 3, 2), mobile="0551234567")


#: (call, field named in the refusal): each call puts the text ``t`` in exactly one free-text field.
CASES = {
    "complaint details": (lambda s, i, t: s.complaints.receive(ComplaintInput("complaint", "in_person", "delay", t)),
                          "details"),
    "complainant's name": (lambda s, i, t: s.complaints.receive(
        ComplaintInput("complaint", "in_person", "delay", "تأخر", person_name=t)), "person_name"),
    "complaint action": (lambda s, i, t: s.complaints.add_action(i["complaint"], t), "actions"),
    "complaint reply": (lambda s, i, t: s.complaints.close(i["complaint"], t, True), "reply"),
    "inquiry question": (lambda s, i, t: s.inquiries.log(InquiryInput("phone_letter", t)), "question"),
    "inquiry answer at entry": (lambda s, i, t: s.inquiries.log(InquiryInput("phone_letter", "سؤال", answer=t)), "answer"),
    "inquiry answer": (lambda s, i, t: s.inquiries.answer(i["inquiry"], t), "answer"),
    "answer template": (lambda s, i, t: s.inquiries.save_template("الدوام", t), "answer"),
    "answer template title": (lambda s, i, t: s.inquiries.save_template(t, "من ٨ إلى ٢"), "title"),
    "visit findings": (lambda s, i, t: s.visits.record(i["visit"], VisitReport(date.today(), t, "good", "يستحق")),
                       "findings"),
    "visit recommendation": (lambda s, i, t: s.visits.record(
        i["visit"], VisitReport(date.today(), "بيت مستأجر", "good", t)), "recommendation"),
    "partner name": (lambda s, i, t: s.referrals.save_partner(PartnerInput(t)), "name"),
    "partner contact": (lambda s, i, t: s.referrals.save_partner(PartnerInput("جمعية", contact_person=t)),
                        "contact_person"),
    "partner services": (lambda s, i, t: s.referrals.save_partner(PartnerInput("جمعية", services=t)), "services"),
    "referral reason": (lambda s, i, t: s.referrals.refer(i["beneficiary"], i["partner"], t, ["name"], True),
                        "reason"),
    "referral outcome": (lambda s, i, t: s.referrals.record_outcome(i["referral"], "accepted", t), "outcome"),
    "committee name": (lambda s, i, t: s.committees.save_committee(t, 1, [MemberInput("رئيس", role="chair")]),
                       "name"),
    "committee member": (lambda s, i, t: s.committees.save_committee("لجنة", 1, [MemberInput(t, role="chair")]),
                         "members"),
    "committee member's title": (lambda s, i, t: s.committees.save_committee(
        "لجنة", 1, [MemberInput("رئيس", title=t, role="chair")]), "members"),
    "meeting place": (lambda s, i, t: s.committees.open_meeting(i["committee"], date.today(), place=t), "place"),
    "decision: what is missing": (lambda s, i, t: s.committees.record_decision(
        i["meeting"], i["waiting"] or i["application"], DecisionInput("deferred", missing=t, **VOTES)), "missing"),
    "decision: reason": (lambda s, i, t: s.committees.record_decision(
        i["meeting"], i["waiting"] or i["application"], DecisionInput("rejected", reason_code="other", reason_text=t, **VOTES)),
        "reason_text"),
    "decision: rationale": (lambda s, i, t: s.committees.record_decision(
        i["meeting"], i["waiting"] or i["application"], DecisionInput("accepted", service="سلة", rationale=t, **VOTES)),
        "rationale"),
    "decision: service": (lambda s, i, t: s.committees.record_decision(
        i["meeting"], i["waiting"] or i["application"], DecisionInput("accepted", service=t, **VOTES)), "service"),
    "data request details": (lambda s, i, t: s.data_requests.receive(
        DataRequestInput("access", date.today(), person_name="خالد", details=t)), "details"),
    "data request person": (lambda s, i, t: s.data_requests.receive(
        DataRequestInput("access", date.today(), person_name=t)), "person_name"),
    "identity check": (lambda s, i, t: s.data_requests.check_identity(i["request"], t), "identity_how"),
    "extension reason": (lambda s, i, t: s.data_requests.extend(i["request"], 10, t), "reason"),
    "data request answer": (lambda s, i, t: s.data_requests.close(i["request"], "refused", t), "outcome_details"),
    "breach description": (lambda s, i, t: s.breaches.record(BreachInput(t, NOW, 1, ("contact",))), "description"),
    "breach actions at entry": (lambda s, i, t: s.breaches.record(BreachInput("فقد", NOW, 1, ("contact",), actions=t)),
                                "actions"),
    "breach action": (lambda s, i, t: s.breaches.add_action(i["breach"], t), "actions"),
    "breach report reference": (lambda s, i, t: s.breaches.mark_reported(i["breach"], NOW, reference=t), "reference"),
    "breach closing summary": (lambda s, i, t: s.breaches.close(i["breach"], t), "summary"),
    "suspension reason": (lambda s, i, t: s.reverification.suspend([i["beneficiary"]], t), "reason"),
    "legal hold reason": (lambda s, i, t: s.retention.place_hold(i["national_id"], t), "reason"),
    "hold release reason": (lambda s, i, t: s.retention.release_hold(i["beneficiary"], t), "reason"),
    "application state reason": (lambda s, i, t: s.applications.transition(i["application"], State.UNDER_VERIFICATION, t),
                                 "reason"),
    "guardian's name": (lambda s, i, t: s.applications.apply(
        i["beneficiary"], i["program"], "in_person", ConsentInput("written", guardian_name=t)), "guardian_name"),
    "checklist note": (lambda s, i, t: s.applications.mark_item(i["item"], "verified", note=t), "note"),
    "family member removal reason": (lambda s, i, t: s.file_edits.remove_family_member(i["member"], t), "reason"),
    "housing correction reason": (lambda s, i, t: s.file_edits.save_housing(
        i["beneficiary"], HousingInput("rented", "apartment", 3, Decimal("1500"), "good"), reason=t), "reason"),
    "contact reason": (lambda s, i, t: s.file_edits.log_contact(i["beneficiary"], InterviewInput("phone_letter", t)),
                       "reason"),
    "what the person asked": (lambda s, i, t: s.file_edits.log_contact(
        i["beneficiary"], InterviewInput("phone_letter", "متابعة", asked=t)), "asked"),
    "walk-in interview reason": (lambda s, i, t: s.registration.register(
        _person("1000000008"), InterviewInput("in_person", t)), "reason"),
    "reach figures' source": (lambda s, i, t: s.reach.add([], source=t), "source"),
    "health notes": (lambda s, i, t: s.file_edits.save_health(i["beneficiary"], HealthInput("سكري", "", "", notes=t)),
                     "notes"),
    "chronic conditions": (lambda s, i, t: s.file_edits.save_health(i["beneficiary"], HealthInput(t, "", "")),
                           "chronic_conditions"),
    "income description": (lambda s, i, t: s.file_edits.add_money_item(
        i["beneficiary"], "income", "salary", Decimal("3000"), t), "description"),
    "program session name": (lambda s, i, t: s.delivery.open_session(i["program"], t, date.today()), "name"),
    "association address": (lambda s, i, t: s.association.save(
        replace(s.association.profile().data, address=t), s.association.profile().version), "address"),
    "signatory's title": (lambda s, i, t: s.association.save(
        replace(s.association.profile().data, signatory_title=t), s.association.profile().version),
        "signatory_title"),
}


def _snapshot(db) -> str:
    """A digest of every row of every table."""
    digest = hashlib.sha256()
    with db.read_session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)).all():
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_free_text_starting_like_a_formula_is_refused_and_nothing_saved(services, desk, arabic, case):
    acting, ids = desk
    call, field = CASES[case]
    before = _snapshot(services.db)
    with pytest.raises(InvalidInput) as refused:
        call(acting, ids, HYPERLINK)
    assert set(refused.value.fields) == {field}
    assert refused.value.fields[field].render(arabic.translate) == ARABIC
    assert _snapshot(services.db) == before


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "  =", "\t\t"])
def test_every_formula_start_is_refused_as_at_import(services, desk, start):
    acting, ids = desk
    text = f"{start}SUM(1,1)"
    assert starts_like_formula(text)  # the rule the e-form import applies to each cell
    with pytest.raises(InvalidInput) as refused:
        acting.complaints.add_action(ids["complaint"], text)
    assert set(refused.value.fields) == {"actions"}


def test_text_with_those_signs_inside_is_kept(services, desk):
    acting, ids = desk
    acting.complaints.add_action(ids["complaint"], "اتصلنا @ الساعة ١٠ - ثم زرناه = تم\tوانتهى")
    acting.breaches.add_action(ids["breach"], "إبلاغ الهيئة + إبلاغ المتضررين")


#: Calls the control below cannot make with plain text alone, and why.
NOT_CONTROLLED = {"walk-in interview reason": "a walk-in also needs the privacy notice acknowledged"}


@pytest.mark.parametrize("case", [case for case in CASES if case not in NOT_CONTROLLED])
def test_the_same_calls_with_plain_text_are_saved(services, desk, case):
    """The control: each attack above is refused for its formula, not for another of its arguments."""
    acting, ids = desk
    before = _snapshot(services.db)
    CASES[case][0](acting, ids, "نص عادي")
    assert _snapshot(services.db) != before
