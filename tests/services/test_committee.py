"""Committee meetings on real databases: agenda, quorum, decisions, closing, minutes and letters."""

import io
import json
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from charity_desk.db.models import AssociationProfile, IssuedLetter
from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from pdf_reading import pdf_text, squash

TODAY = date(2026, 11, 24)
PEOPLE = [("1012345672", "0551234567", "نورة"), ("1058529940", "0501112233", "خالد"),
          ("2034567897", "0569998877", "سامي")]


@pytest.fixture
def meeting(services, admin):
    acting = services.acting_as(admin)
    with services.db.session() as session:
        session.execute(update(AssociationProfile).values(licence_number="1234", address="الخرج، حي الخالدية",
                                                          phone="0115440000", signatory_name="سارة العتيبي",
                                                          signatory_title="المديرة التنفيذية",
                                                          policy_approval_reference="بقرار المجلس رقم 7/1447"))
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="..."))
    applications = []
    for national_id, mobile, first in PEOPLE:
        person = acting.registration.register(PersonInput(
            first_name=first, father_name="محمد", grandfather_name="علي", family_name="الشمري",
            national_id=national_id, gender="female" if first == "نورة" else "male", birth_date=date(1980, 1, 1),
            mobile=mobile), today=TODAY)
        app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        for target in (State.UNDER_VERIFICATION, State.VERIFIED):
            acting.applications.transition(app_id, target)
        acting.applications.check_eligibility(app_id, today=TODAY)
        acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
        applications.append(app_id)
    committee = acting.committees.save_committee("لجنة المساعدات", 2, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("هند القحطاني", "عضو"),
        MemberInput("فهد الدوسري", "عضو")])
    meeting_id = acting.committees.open_meeting(committee, TODAY, "مقر الجمعية")
    return acting, meeting_id, applications


def test_meeting_decisions_close_and_letters(meeting):
    acting, meeting_id, (first, second, third) = meeting
    view = acting.committees.meeting(meeting_id)
    assert view.number.startswith("1448/") and [a.application_id for a in view.agenda] == [first, second, third]
    members = {m.name: m.id for m in view.members}
    acting.committees.set_attendance(meeting_id, {members["أحمد السالم"]: True, members["هند القحطاني"]: True})

    with pytest.raises(InvalidInput) as error:
        acting.committees.record_decision(meeting_id, first, DecisionInput("accepted", votes_for=3, votes_against=0,
                                                                            votes_abstain=0))
    assert set(error.value.fields) == {"amount", "votes_for"}
    acting.committees.record_decision(meeting_id, first, DecisionInput(
        "accepted", amount=Decimal("1500"), duration_months=6, rationale="حالة مستحقة", votes_for=2,
        votes_against=0, votes_abstain=0))
    acting.committees.record_decision(meeting_id, second, DecisionInput(
        "rejected", reason_code="income_above_limit", votes_for=2, votes_against=0, votes_abstain=0))
    acting.committees.record_decision(meeting_id, third, DecisionInput(
        "deferred", missing="عقد إيجار موثق", votes_for=1, votes_against=1, votes_abstain=0))
    with pytest.raises(ServiceError):  # letters only for final decisions
        acting.letters.issue_for_meeting(meeting_id)

    acting.committees.close_meeting(meeting_id)
    states = [acting.applications.view(a).summary.state for a in (first, second, third)]
    assert states == [State.ACCEPTED, State.REJECTED, State.DEFERRED]
    with pytest.raises(ServiceError):  # final once closed
        acting.committees.record_decision(meeting_id, first, DecisionInput("rejected", reason_code="other",
                                                                            reason_text="x"))

    letter_ids = acting.letters.issue_for_meeting(meeting_id, issued_on=TODAY)
    assert len(letter_ids) == 3 and acting.letters.issue_for_meeting(meeting_id, issued_on=TODAY) == letter_ids
    register = acting.letters.register()
    assert [r.kind for r in reversed(register)] == ["acceptance", "rejection", "deferral"]
    numbers = [int(r.reference_number.split("/")[1]) for r in reversed(register)]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]

    pdf = acting.letters.render(letter_ids)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
    text = squash(pdf_text(pdf))
    assert register[-1].reference_number in text
    assert "1,500" in text and "1012345672" not in text  # the ID is not printed on the letter body
    assert "ألفوخمسمائةريال" in text
    assert "المكرمة" in text and text.count("المكرم") == 3  # نورة is addressed as a woman, the others as men

    minutes = acting.meeting_documents.minutes(meeting_id)
    assert minutes == acting.meeting_documents.minutes(meeting_id)  # reprinting gives the same document
    minutes_text = squash(pdf_text(minutes))
    assert view.number in minutes_text or view.number.split("/")[1] in minutes_text
    summaries = acting.meeting_documents.case_summaries([first, second])
    assert len(PdfReader(io.BytesIO(summaries)).pages) == 2


def test_quorum_is_required_to_close(meeting):
    acting, meeting_id, (first, _second, _third) = meeting
    view = acting.committees.meeting(meeting_id)
    acting.committees.set_attendance(meeting_id, {view.members[0].id: True})
    acting.committees.record_decision(meeting_id, first, DecisionInput(
        "rejected", reason_code="other", reason_text="سبب", votes_for=1, votes_against=0, votes_abstain=0))
    with pytest.raises(ServiceError) as error:
        acting.committees.close_meeting(meeting_id)
    assert error.value.message.params == {"present": 1, "quorum": 2}
    assert acting.applications.view(first).summary.state is State.READY_FOR_COMMITTEE


def test_letter_codes_verify_and_detect_tampering(meeting, services):
    acting, meeting_id, (first, _second, _third) = meeting
    view = acting.committees.meeting(meeting_id)
    acting.committees.set_attendance(meeting_id, {m.id: True for m in view.members})
    acting.committees.record_decision(meeting_id, first, DecisionInput(
        "accepted", amount=Decimal("2000"), votes_for=3, votes_against=0, votes_abstain=0))
    acting.committees.close_meeting(meeting_id)
    (letter_id,) = acting.letters.issue_for_meeting(meeting_id, issued_on=TODAY)
    code = acting.letters.register()[0]
    with services.db.read_session() as session:
        stored = session.get(IssuedLetter, letter_id)
        real_code, body = stored.verification_code, json.loads(stored.body)
    check = acting.letters.verify(real_code.lower().replace("-", " "))
    assert check.found and check.genuine and check.reference_number == code.reference_number
    assert not acting.letters.verify("AAAA-BBBB").found
    forged = [p.replace("2,000", "20,000") for p in body]
    with services.db.session() as session:
        session.execute(update(IssuedLetter).where(IssuedLetter.id == letter_id)
                        .values(body=json.dumps(forged, ensure_ascii=False)))
    tampered = acting.letters.verify(real_code)
    assert tampered.found and not tampered.genuine


def test_templates_refuse_unknown_placeholders(services, admin):
    letters = services.acting_as(admin).letters
    with pytest.raises(InvalidInput):
        letters.save_template("acceptance", "قبول {program}", "المبلغ {salary}")
    letters.save_template("acceptance", "قبول طلبكم في {program}", "نفيدكم بقبول طلبكم رقم {application_number}.")
    assert letters.templates()["acceptance"][0] == "قبول طلبكم في {program}"


def test_a_second_committee_with_the_same_name_is_refused_with_a_message(services, admin):
    committees = services.acting_as(admin).committees
    members = [MemberInput("أحمد السالم", "رئيس اللجنة", "chair")]
    first = committees.save_committee("لجنة المساعدات", 1, members)
    with pytest.raises(InvalidInput) as refused:
        committees.save_committee(" لجنة المساعدات ", 1, members)
    assert "already has this name" in str(refused.value)
    assert committees.save_committee("لجنة المساعدات", 1, members, committee_id=first) == first  # renaming itself
    assert [name for _id, name in committees.committees()] == ["لجنة المساعدات"]
