"""My work today on real databases: every source of tasks makes its task when its record falls due, for
the right person only, and takes it away when the record is done; tasks given by hand; a supervisor's
view of the team and reassignment, and the refusal of anyone else."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from charity_desk.db.models import AuditEntry, HomeVisit, SurveyRequest
from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.breaches import BreachInput
from charity_desk.services.caseload import OutsideCaseload
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.errors import InvalidInput, PermissionDenied
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement
from charity_desk.services.referral_views import PartnerInput
from charity_desk.services.tasks.service import ManualTaskInput
from charity_desk.services.visits import VisitReport

TODAY = date.today()
PASSWORD = "colleague 123"


@pytest.fixture
def team(services, admin):
    acting = services.acting_as(admin)
    people = {}
    for username, name, role in (("res1", "الباحثة سارة", Role.SOCIAL_RESEARCHER),
                                 ("res2", "الباحث فهد", Role.SOCIAL_RESEARCHER),
                                 ("desk", "موظف الاستقبال", Role.FRONT_DESK),
                                 ("boss", "مديرة البرامج", Role.PROGRAM_MANAGER),
                                 ("member", "عضو اللجنة", Role.COMMITTEE_MEMBER)):
        people[username] = acting.users.create(username, name, role, PASSWORD).id
    signed_in = {username: services.acting_as(services.auth.login(username, PASSWORD)) for username in people}
    signed_in["admin"] = acting
    person = acting.registration.register(PersonInput(
        first_name="نورة", father_name="محمد", grandfather_name="علي", family_name="الشمري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567"), today=TODAY)
    return {"ids": people, "as": signed_in, "person": person, "admin_id": admin.user_id}


def _keys(acting, group: str = "open", today: date = TODAY) -> set[str]:
    return {row.key for _key, row in acting.tasks.tasks(group, today=today).page(None, 500)}


def test_a_home_visit_is_its_researchers_task_until_written_up(team):
    admin, researcher = team["as"]["admin"], team["as"]["res1"]
    visit = admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY)
    assert f"visit:{visit}" in _keys(researcher, "today")
    assert f"visit:{visit}" not in _keys(admin) | _keys(team["as"]["res2"])
    (row,) = [r for _k, r in researcher.tasks.tasks("today").page(None, 10) if r.kind == "visit"]
    assert (row.for_whom, row.due_on, row.place, row.beneficiary_id) == ("نورة محمد علي الشمري", TODAY, "visit",
                                                                        team["person"])
    researcher.visits.record(visit, VisitReport(TODAY, "زيارة تمت", "good", "يستحق"))
    assert f"visit:{visit}" not in _keys(researcher)


def test_a_checklist_waits_a_week_for_the_file_researcher_or_who_took_the_application(team):
    admin = team["as"]["admin"]
    program = admin.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions=".",
                                               requirements=(Requirement("id", "صورة الهوية"),)))
    application = admin.applications.apply(team["person"], program, "in_person", ConsentInput("written"))
    key = f"checklist:{application}"
    due = TODAY + timedelta(days=7)
    assert key not in _keys(admin)  # due in a week: not yet this week
    assert key in _keys(admin, "today", today=due)
    admin.visits.assign(team["person"], team["ids"]["res1"])  # the file's researcher takes it over
    assert key not in _keys(admin, today=due) and key in _keys(team["as"]["res1"], "today", today=due)
    (item,) = admin.applications.view(application).checklist
    admin.applications.mark_item(item.id, "verified")
    assert key not in _keys(team["as"]["res1"], today=due)


def test_a_file_falls_due_for_re_verification_with_its_researcher(team):
    admin, researcher = team["as"]["admin"], team["as"]["res1"]
    admin.visits.assign(team["person"], team["ids"]["res1"])
    due = TODAY + timedelta(days=admin.reverification.period_days())
    key = f"reverification:{team['person']}"
    assert key not in _keys(researcher, today=due - timedelta(days=7))
    assert key in _keys(researcher, "week", today=due - timedelta(days=6))
    assert key in _keys(researcher, "overdue", today=due + timedelta(days=30))
    researcher.reverification.confirm(team["person"], today=due)
    assert key not in _keys(researcher, today=due + timedelta(days=30))


def test_a_complaint_is_its_assignees_and_an_unassigned_one_the_desks(team):
    admin = team["as"]["admin"]
    admin.visits.assign(team["person"], team["ids"]["res1"])  # the file is in the researcher's caseload
    assigned = admin.complaints.receive(ComplaintInput("complaint", "phone_letter", "treatment", "تأخر الرد",
                                                       beneficiary_id=team["person"],
                                                       assigned_to_id=team["ids"]["res1"]), received_on=TODAY)
    unassigned = admin.complaints.receive(ComplaintInput("suggestion", "website", "suggestion", "مواعيد مسائية",
                                                         person_name="زائر"), received_on=TODAY)
    due = TODAY + timedelta(days=3)
    assert f"complaint:{assigned}" in _keys(team["as"]["res1"], "today", today=due)
    desk = _keys(team["as"]["desk"], today=TODAY + timedelta(days=30))
    assert f"complaint:{unassigned}" in desk and f"complaint:{assigned}" not in desk
    assert f"complaint:{unassigned}" not in _keys(team["as"]["res1"], today=TODAY + timedelta(days=30))
    admin.complaints.close(unassigned, "سيدرس", True)
    assert f"complaint:{unassigned}" not in _keys(team["as"]["desk"], today=TODAY + timedelta(days=30))


def test_data_requests_and_breaches_are_every_privacy_officers(team):
    admin = team["as"]["admin"]
    request = admin.data_requests.receive(DataRequestInput("access", TODAY, beneficiary_id=team["person"]),
                                          today=TODAY)
    breach = admin.breaches.record(BreachInput("فقد جهاز محمول", datetime.now(UTC), 12, ("contact",)))
    due = TODAY + timedelta(days=30)
    assert {f"data_request:{request}", f"breach:{breach}"} <= _keys(admin, today=due)
    assert f"breach:{breach}" in _keys(admin, "week")  # 72 hours: due three days on
    for colleague in ("desk", "boss", "res1"):
        assert not {f"data_request:{request}", f"breach:{breach}"} & _keys(team["as"][colleague], today=due)
    admin.breaches.mark_reported(breach, datetime.now(UTC), "SDAIA-1")
    admin.data_requests.check_identity(request, "بطاقة الهوية")
    admin.data_requests.close(request, "fulfilled", "سلمت نسخة")
    assert not {f"data_request:{request}", f"breach:{breach}"} & _keys(admin, today=due)


def _decided(admin, person: int, member_user: int | None = None) -> tuple[int, int]:
    """A program and an application accepted in a closed meeting (whose chair is ``member_user``)."""
    program = admin.programs.save(ProgramInput(code="AID", name="مساعدة نقدية", kind="cash", instructions="."))
    committee = admin.committees.save_committee("اللجنة", 1, [MemberInput("الرئيس", role="chair",
                                                                          user_id=member_user)])
    meeting = admin.committees.open_meeting(committee, TODAY)
    admin.committees.set_attendance(meeting, {admin.committees.meeting(meeting).members[0].id: True})
    application = admin.applications.apply(person, program, "in_person", ConsentInput("written"))
    for target in (State.UNDER_VERIFICATION, State.VERIFIED):
        admin.applications.transition(application, target)
    admin.applications.check_eligibility(application, today=TODAY)
    admin.applications.transition(application, State.READY_FOR_COMMITTEE)
    admin.committees.record_decision(meeting, application, DecisionInput(
        "accepted", amount=Decimal("500"), duration_months=1, votes_for=1, votes_against=0, votes_abstain=0))
    return program, application, meeting


def test_a_meeting_is_its_members_until_closed(team):
    admin, member = team["as"]["admin"], team["as"]["member"]
    _program, _application, meeting = _decided(admin, team["person"], team["ids"]["member"])
    assert f"meeting:{meeting}" in _keys(member, "today")
    assert f"meeting:{meeting}" not in _keys(team["as"]["boss"])
    admin.committees.close_meeting(meeting)
    assert f"meeting:{meeting}" not in _keys(member)


def test_a_referral_follow_up_is_its_makers_until_final(team):
    admin = team["as"]["admin"]
    partner = admin.referrals.save_partner(PartnerInput("جمعية رعاية مرضى الكلى"))
    referral = admin.referrals.refer(team["person"], partner, "غسيل كلوي", ["name"], True,
                                     follow_up_on=TODAY + timedelta(days=2))
    assert f"referral:{referral}" in _keys(admin, "week")
    assert f"referral:{referral}" not in _keys(team["as"]["desk"])
    admin.referrals.record_outcome(referral, "served", "قدمت الخدمة")
    assert f"referral:{referral}" not in _keys(admin)


def test_a_survey_is_owed_by_who_served_until_taken(services, team):
    admin = team["as"]["admin"]
    program, application, meeting = _decided(admin, team["person"])
    admin.committees.close_meeting(meeting)
    session_id = admin.delivery.open_session(program, "الدفعة الأولى", TODAY)
    enrolment = admin.delivery.enrol(application, session_id)
    admin.delivery.deliver(enrolment, DeliveryInput("cash", TODAY, Decimal("500")), today=TODAY)
    admin.delivery.end_session(session_id, TODAY)
    with services.db.read_session() as session:
        survey = session.scalar(select(SurveyRequest.id))
    due = TODAY + timedelta(days=14)
    assert f"survey:{survey}" in _keys(admin, "today", today=due)
    assert f"survey:{survey}" not in _keys(team["as"]["desk"], today=due)
    admin.surveys.decline(survey)
    assert f"survey:{survey}" not in _keys(admin, today=due)


def test_a_task_given_by_hand_is_the_colleagues_until_done(team):
    boss, researcher, desk = team["as"]["boss"], team["as"]["res1"], team["as"]["desk"]
    task = boss.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY + timedelta(days=1), "اتصل بالأسرة للتحديث",
                                           beneficiary_id=None))
    assert f"manual:{task}" in _keys(researcher, "week") and f"manual:{task}" not in _keys(boss)
    (row,) = [r for _k, r in researcher.tasks.tasks("week").page(None, 10) if r.kind == "manual"]
    assert row.detail == "مديرة البرامج: اتصل بالأسرة للتحديث"
    with pytest.raises(PermissionDenied):
        desk.tasks.mark_done(task)  # neither given it nor giving it, nor a supervisor
    with pytest.raises(InvalidInput) as empty:
        boss.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY - timedelta(days=1), " "))
    assert set(empty.value.fields) == {"note"}
    with pytest.raises(InvalidInput) as past:
        boss.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY - timedelta(days=1), "متأخرة"))
    assert set(past.value.fields) == {"due_on"}
    researcher.tasks.mark_done(task)
    assert f"manual:{task}" not in _keys(researcher)
    summary = researcher.tasks.summary()
    assert summary.overdue == summary.due_today == summary.this_week == 0


def test_a_researcher_sees_only_the_tasks_of_files_in_the_caseload(team):
    admin, researcher = team["as"]["admin"], team["as"]["res1"]
    complaint = admin.complaints.receive(ComplaintInput("complaint", "phone_letter", "treatment", "تأخر الرد",
                                                        beneficiary_id=team["person"],
                                                        assigned_to_id=team["ids"]["res1"]), received_on=TODAY)
    task = admin.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY, "راجع الملف", beneficiary_id=team["person"]))
    hidden = {f"complaint:{complaint}", f"manual:{task}"}
    assert not hidden & _keys(researcher, today=TODAY + timedelta(days=3))  # assigned, but not their file
    assert researcher.tasks.summary(today=TODAY + timedelta(days=3)).kinds == ()
    admin.visits.assign(team["person"], team["ids"]["res1"])
    assert hidden <= _keys(researcher, today=TODAY + timedelta(days=3))


def test_a_researcher_cannot_give_a_task_about_a_file_outside_the_caseload(team):
    with pytest.raises(OutsideCaseload):
        team["as"]["res1"].tasks.give(ManualTaskInput(team["ids"]["res2"], TODAY, "راجع الملف",
                                                      beneficiary_id=team["person"]))


def test_the_summary_counts_by_kind_and_group(team):
    admin, researcher = team["as"]["admin"], team["as"]["res1"]
    admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY)
    admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY + timedelta(days=3))
    admin.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY, "اكتب التقرير"))
    summary = researcher.tasks.summary(today=TODAY + timedelta(days=1))
    counts = {k.kind: (k.overdue, k.today, k.week) for k in summary.kinds}
    assert counts == {"manual": (1, 0, 0), "visit": (1, 0, 1)}
    assert (summary.overdue, summary.due_today, summary.this_week) == (2, 0, 1)
    assert researcher.tasks.tasks("overdue", today=TODAY + timedelta(days=1)).count() == 2


def test_a_supervisor_sees_the_team_and_reassigns_a_visit_audited(services, team):
    admin, boss = team["as"]["admin"], team["as"]["boss"]
    visit = admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY - timedelta(days=2))
    loads = {load.user_id: load for load in boss.tasks.team(today=TODAY)}
    assert (loads[team["ids"]["res1"]].overdue, loads[team["ids"]["res1"]].total) == (1, 1)
    assert loads[team["ids"]["res2"]].total == 0
    assert {r.key for _k, r in boss.tasks.member_tasks(team["ids"]["res1"]).page(None, 10)} == {f"visit:{visit}"}
    boss.tasks.reassign("visit", visit, team["ids"]["res2"])
    assert f"visit:{visit}" in _keys(team["as"]["res2"], "overdue")
    assert f"visit:{visit}" not in _keys(team["as"]["res1"])
    with services.db.read_session() as session:
        assert session.get(HomeVisit, visit).researcher_id == team["ids"]["res2"]
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "task.reassigned")).one()
    assert (entry.entity, entry.entity_id, entry.user_id) == ("beneficiary", str(team["person"]), team["ids"]["boss"])
    assert '"kind": "visit"' in entry.details and f'"record": {visit}' in entry.details
    with pytest.raises(InvalidInput):
        boss.tasks.reassign("visit", visit, team["ids"]["desk"])  # a visit goes to a social researcher
    with pytest.raises(InvalidInput):
        boss.tasks.reassign("survey", 1, team["ids"]["res2"])  # a survey stays with who served


def test_a_colleague_without_the_permission_cannot_reassign_or_see_the_team(services, team):
    admin, desk = team["as"]["admin"], team["as"]["desk"]
    visit = admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY)
    task = admin.tasks.give(ManualTaskInput(team["ids"]["res1"], TODAY, "اتصل"))
    for attack in (lambda: desk.tasks.reassign("visit", visit, team["ids"]["res2"]),
                   lambda: desk.tasks.reassign("manual", task, team["ids"]["desk"]),
                   lambda: team["as"]["res1"].tasks.reassign("manual", task, team["ids"]["res2"]),
                   lambda: desk.tasks.team(),
                   lambda: desk.tasks.member_tasks(team["ids"]["res1"])):
        with pytest.raises(PermissionDenied):
            attack()
    with services.db.read_session() as session:
        assert session.get(HomeVisit, visit).researcher_id == team["ids"]["res1"]
    assert f"manual:{task}" in _keys(team["as"]["res1"])


def test_the_report_counts_tasks_done_on_time_per_person_and_kind(team):
    admin, researcher, boss = team["as"]["admin"], team["as"]["res1"], team["as"]["boss"]
    late = admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY - timedelta(days=3))
    on_time = admin.visits.schedule(team["person"], team["ids"]["res1"], TODAY)
    for visit in (late, on_time):
        researcher.visits.record(visit, VisitReport(TODAY, "زيارة تمت", "good", "يستحق"))
    given = admin.tasks.give(ManualTaskInput(team["ids"]["boss"], TODAY, "راجعي التقرير"))
    boss.tasks.mark_done(given)
    complaint = admin.complaints.receive(ComplaintInput("complaint", "phone_letter", "treatment", "تأخر",
                                                        assigned_to_id=team["ids"]["desk"]), received_on=TODAY)
    admin.complaints.close(complaint, "تم الحل", True, closed_on=TODAY)
    with pytest.raises(PermissionDenied):
        researcher.task_reports.report(TODAY - timedelta(days=30), TODAY)
    report = boss.task_reports.report(TODAY - timedelta(days=30), TODAY)
    figures = {(f.full_name, f.kind): (f.done, f.on_time) for f in report.done}
    assert figures == {("الباحثة سارة", "visit"): (2, 1), ("مديرة البرامج", "manual"): (1, 1),
                       ("موظف الاستقبال", "complaint"): (1, 1)}
    visits = next(f for f in report.done if f.kind == "visit")
    assert visits.on_time_share == 0.5 and visits.average_days == 0.0  # scheduled and written up the same day
    assert report.appointments == ()
    assert boss.task_reports.report(TODAY + timedelta(days=1), TODAY + timedelta(days=30)).done == ()
