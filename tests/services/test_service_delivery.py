"""Serving accepted applicants: enrolment, deliveries within the decision, sessions ending into surveys,
survey results on known answers, complaints, reach figures and annual re-verification."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.services.reach import ReachInput, read_reach_file

MEETING_DAY = date(2026, 10, 1)
PEOPLE = [("1012345672", "0551234567"), ("1058529940", "0501112233"), ("2034567897", "0569998877")]


@pytest.fixture
def enrolled(services, admin):
    """Three people accepted for 1,000 riyals over 2 months, enrolled in one session."""
    acting = services.acting_as(admin)
    program = acting.programs.save(ProgramInput(code="AID", name="مساعدة نقدية", kind="cash", instructions="..."))
    committee = acting.committees.save_committee("اللجنة", 1, [MemberInput("الرئيس", role="chair")])
    meeting = acting.committees.open_meeting(committee, MEETING_DAY)
    acting.committees.set_attendance(meeting, {acting.committees.meeting(meeting).members[0].id: True})
    applications = []
    for year, (national_id, mobile) in enumerate(PEOPLE, start=1980):
        person = acting.registration.register(PersonInput("سعد", "محمد", "علي", "الحربي", national_id, "male",
                                                          date(year, 1, 1), mobile), today=MEETING_DAY)
        app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        for target in (State.UNDER_VERIFICATION, State.VERIFIED):
            acting.applications.transition(app_id, target)
        acting.applications.check_eligibility(app_id, today=MEETING_DAY)
        acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
        acting.committees.record_decision(meeting, app_id, DecisionInput(
            "accepted", amount=Decimal("1000"), duration_months=2, votes_for=1, votes_against=0, votes_abstain=0))
        applications.append((person, app_id))
    acting.committees.close_meeting(meeting)
    session_id = acting.delivery.open_session(program, "الدفعة الأولى", MEETING_DAY)
    enrolments = [acting.delivery.enrol(app_id, session_id) for _person, app_id in applications]
    return acting, program, session_id, applications, enrolments


def test_deliveries_stay_within_the_decision(enrolled):
    acting, program, _session_id, applications, enrolments = enrolled
    assert acting.applications.view(applications[0][1]).summary.state is State.ENROLLED
    today = MEETING_DAY + timedelta(days=10)
    acting.delivery.deliver(enrolments[0], DeliveryInput("cash", today, Decimal("600")), today=today)
    with pytest.raises(ServiceError) as too_much:
        acting.delivery.deliver(enrolments[0], DeliveryInput("cash", today, Decimal("500")), today=today)
    assert too_much.value.message.params == {"decided": "1,000.00", "given": "600.00"}
    acting.delivery.deliver(enrolments[0], DeliveryInput("cash", today, Decimal("400")), today=today)
    late = MEETING_DAY + timedelta(days=70)
    with pytest.raises(ServiceError):
        acting.delivery.deliver(enrolments[1], DeliveryInput("in_kind", late, items="سلة", quantity=1), today=late)
    acting.delivery.deliver(enrolments[1], DeliveryInput("in_kind", today, items="سلة غذائية", quantity=2),
                            today=today)
    assert acting.delivery.totals_for_beneficiary(applications[0][0]).cash == Decimal("1000.00")
    program_totals = acting.delivery.totals_for_program(program)
    assert (program_totals.deliveries, program_totals.cash, program_totals.items) == (3, Decimal("1000.00"), 2)
    assert acting.delivery.totals_for_family(applications[1][0]).items == 2


def test_enrolment_needs_acceptance(services, admin, enrolled):
    acting, program, session_id, _applications, _enrolments = enrolled
    person = acting.registration.register(PersonInput("منى", "علي", "", "القرني", "1000000008", "female",
                                                      date(1990, 1, 1), "0530000000"), today=MEETING_DAY)
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    with pytest.raises(ServiceError):
        acting.delivery.enrol(app_id, session_id)


def test_session_end_creates_surveys_and_results_are_computed(enrolled):
    acting, program, session_id, _applications, enrolments = enrolled
    today = MEETING_DAY + timedelta(days=5)
    for enrolment in enrolments[:2]:
        acting.delivery.deliver(enrolment, DeliveryInput("cash", today, Decimal("100")), today=today)
    assert acting.delivery.end_session(session_id, today) == 2
    pending = acting.surveys.pending()
    assert len(pending) == 2
    with pytest.raises(InvalidInput):
        acting.surveys.record(pending[0].id, {"overall": 7}, "desk", anonymous=False)
    acting.surveys.record(pending[0].id, {"overall": 5, "speed": 4, "clarity": 5, "respect": 5, "staff": 5,
                                         "comment": "شكرًا"}, "desk", anonymous=True)
    acting.surveys.record(pending[1].id, {"overall": 2, "speed": 1, "clarity": 3, "respect": 4, "staff": 3,
                                         "comment": ""}, "phone", anonymous=False)
    results = acting.surveys.results(program_id=program)
    assert (results.requests, results.responses, results.satisfied) == (2, 2, 1)
    assert results.response_rate == 1.0 and results.satisfied_share == 0.5
    assert results.averages["overall"] == 3.5 and results.averages["speed"] == 2.5
    assert results.comments == ("شكرًا",)
    assert acting.surveys.pending() == []
    with pytest.raises(ServiceError):
        acting.surveys.record(pending[0].id, {"overall": 5}, "desk", anonymous=True)


def test_complaints_due_overdue_and_closed_on_time(services, admin):
    complaints = services.acting_as(admin).complaints
    received = date(2026, 11, 1)
    late_id = complaints.receive(ComplaintInput("complaint", "phone_letter", "treatment", "تعامل غير لائق",
                                                phone="0551234567"), received_on=received)
    ok_id = complaints.receive(ComplaintInput("suggestion", "website", "suggestion", "توفير مواعيد مسائية"),
                               received_on=received)
    with pytest.raises(InvalidInput) as error:
        complaints.receive(ComplaintInput("complaint", "pigeon", "x", ""))
    assert set(error.value.fields) == {"channel", "category", "details"}
    complaints.add_action(late_id, "تم التواصل مع الموظف")
    complaints.close(ok_id, "سيُدرس المقترح في اجتماع الإدارة", True, closed_on=date(2026, 11, 5))
    views = {c.id: c for c in complaints.list()}
    assert views[late_id].due_on == received + timedelta(days=3)
    assert views[late_id].overdue(date(2026, 11, 10)) and "تم التواصل" in views[late_id].actions
    assert views[ok_id].closed_on_time and views[ok_id].person_satisfied
    assert [c.id for c in complaints.list(open_only=True)] == [late_id]


def test_reach_typed_and_imported(services, admin, tmp_path):
    reach = services.acting_as(admin).reach
    reach.add([ReachInput("website", "visits", date(2026, 10, 1), date(2026, 10, 31), 1200)])
    sheet = tmp_path / "reach.csv"
    sheet.write_text("channel,metric,start,end,value\nx,followers,2026-10-01,2026-10-31,٣٤٠٠\n"
                     "publications,distributed,01/10/2026,31/10/2026,500\n", encoding="utf-8")
    reach.add(read_reach_file(sheet), source=sheet.name)
    assert reach.totals(date(2026, 10, 1), date(2026, 10, 31)) == {
        ("website", "visits"): 1200, ("x", "followers"): 3400, ("publications", "distributed"): 500}
    bad = tmp_path / "bad.csv"
    bad.write_text("channel,metric,start,end,value\nfax,visits,2026-10-01,2026-09-01,-1\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as error:
        read_reach_file(bad)
    assert {"channel", "period_end", "value"} <= set(error.value.fields)


def test_reverification_flags_confirms_and_suspends(services, admin):
    acting = services.acting_as(admin)
    old = acting.registration.register(PersonInput("قديم", "محمد", "", "العمري", "1012345672", "male",
                                                   date(1970, 1, 1), "0551234567"), today=date(2025, 1, 1))
    acting.registration.register(PersonInput("جديد", "محمد", "", "العمري", "1058529940", "male",
                                             date(1971, 1, 1), "0501112233"), today=date(2026, 11, 1))
    today = date(2026, 11, 25)
    assert [p.id for p in acting.reverification.due(today)] == [old]
    acting.reverification.suspend([old], "لم يحدّث بياناته")
    assert acting.files.open(old).person.status == "suspended"
    assert acting.reverification.due(today) == []  # suspended files are no longer listed
    acting.reverification.confirm(old, today)
    assert acting.files.open(old).person.status == "active"
    assert acting.reverification.due(today) == []


def test_deliveries_are_listed_newest_first_for_the_file(enrolled, admin):
    acting, _program, _session_id, applications, enrolments = enrolled
    first, later = MEETING_DAY + timedelta(days=3), MEETING_DAY + timedelta(days=9)
    acting.delivery.deliver(enrolments[0], DeliveryInput("cash", first, Decimal("250")), today=later)
    acting.delivery.deliver(enrolments[0], DeliveryInput("in_kind", later, items="سلة", quantity=2), today=later)
    rows = acting.delivery.deliveries(applications[0][0])
    assert [(r.kind, r.delivered_on, r.program, r.session) for r in rows] == [
        ("in_kind", later, "مساعدة نقدية", "الدفعة الأولى"), ("cash", first, "مساعدة نقدية", "الدفعة الأولى")]
    assert rows[1].amount == Decimal("250.00") and rows[0].quantity == 2 and rows[0].staff == admin.full_name
    assert acting.delivery.deliveries(applications[1][0]) == []


def test_survey_reports_every_unanswered_question_and_lists_staff(enrolled, admin):
    acting, _program, session_id, _applications, enrolments = enrolled
    acting.delivery.deliver(enrolments[0], DeliveryInput("cash", MEETING_DAY, Decimal("100")), today=MEETING_DAY)
    acting.delivery.end_session(session_id, MEETING_DAY)
    (request,) = acting.surveys.pending()
    with pytest.raises(InvalidInput) as error:
        acting.surveys.record(request.id, {"overall": 4, "speed": 0}, "desk", anonymous=False)
    assert set(error.value.fields) == {"speed", "clarity", "respect", "staff"}
    assert acting.surveys.staff() == [(admin.user_id, admin.full_name)]
