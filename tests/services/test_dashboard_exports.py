"""Dashboard figures computed on known data, and Excel exports opened back with openpyxl."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.auth import LoginFailed
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from cli_runs import create_admin, run_as_admin

DAY = date(2026, 10, 1)
PEOPLE = [("1012345672", "0551234567", "female", "الرياض", date(1990, 5, 1)),
          ("1058529940", "0501112233", "male", "الرياض", date(1950, 1, 1)),
          ("2034567897", "0569998877", "male", "حائل", date(2012, 1, 1))]


@pytest.fixture
def known(services, admin):
    """Three applications decided on day 10 (two accepted, one rejected), two people served."""
    acting = services.acting_as(admin)
    program = acting.programs.save(ProgramInput(code="AID", name="مساعدة", kind="cash", instructions="..."))
    committee = acting.committees.save_committee("اللجنة", 1, [MemberInput("الرئيس", role="chair")])
    meeting = acting.committees.open_meeting(committee, DAY + timedelta(days=10))
    acting.committees.set_attendance(meeting, {acting.committees.meeting(meeting).members[0].id: True})
    apps = []
    for national_id, mobile, gender, region, birth in PEOPLE:
        person = acting.registration.register(PersonInput("اسم", "الأب", "", "العائلة", national_id, gender, birth,
                                                          mobile, region=region), today=DAY)
        app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        for target in (State.UNDER_VERIFICATION, State.VERIFIED):
            acting.applications.transition(app_id, target)
        acting.applications.check_eligibility(app_id, today=DAY)
        acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
        apps.append(app_id)
    accept = DecisionInput("accepted", amount=Decimal("500"), votes_for=1, votes_against=0, votes_abstain=0)
    acting.committees.record_decision(meeting, apps[0], accept)
    acting.committees.record_decision(meeting, apps[1], accept)
    acting.committees.record_decision(meeting, apps[2], DecisionInput("rejected", reason_code="not_eligible",
                                                                       votes_for=1, votes_against=0,
                                                                       votes_abstain=0))
    acting.committees.close_meeting(meeting)
    session_id = acting.delivery.open_session(program, "الدفعة", DAY)
    for app_id in apps[:2]:
        enrolment = acting.delivery.enrol(app_id, session_id)
        acting.delivery.deliver(enrolment, DeliveryInput("cash", DAY + timedelta(days=12), Decimal("250")),
                                today=DAY + timedelta(days=30))
    acting.complaints.receive(ComplaintInput("complaint", "in_person", "delay", "تأخر"), received_on=DAY)
    return acting, apps


def test_figures_on_known_data(known):
    acting, _apps = known
    today = datetime.now().date()
    figures = acting.dashboard.figures(DashboardFilter(today - timedelta(days=1), today + timedelta(days=1)),
                                       today=DAY + timedelta(days=30))
    assert figures.applications_by_state == {"enrolled": 2, "rejected": 1}
    assert figures.decided == 3 and figures.acceptance_rate == pytest.approx(2 / 3)
    assert figures.share_decided_within_target == 1.0
    served = acting.dashboard.figures(DashboardFilter(DAY, DAY + timedelta(days=30)), today=DAY + timedelta(days=30))
    assert served.beneficiaries_served == 2 and served.services_count == 2
    assert served.services_value == Decimal("500.00")
    assert served.served_by_gender == {"female": 1, "male": 1}
    assert served.served_by_age_band == {"30-44": 1, "60+": 1}
    assert served.served_by_region == {"الرياض": 2}
    assert (served.complaints_open, served.complaints_overdue) == (1, 1)


def test_export_is_rtl_typed_and_masked(known, tmp_path):
    acting, _apps = known
    path = tmp_path / "beneficiaries.xlsx"
    assert acting.exports.export("beneficiaries", path) == 3
    sheet = load_workbook(path).active
    assert sheet.sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["رقم الملف", "الاسم", "رقم الهوية"]
    first = [c.value for c in sheet[2]]
    assert first[2] == "10******72"  # masked ID
    assert isinstance(first[4], datetime)  # birth date is a real date cell
    assert first[3] == "أنثى"


def test_unmasked_export_needs_permission_and_password(services, known, admin_password, tmp_path):
    acting, _apps = known
    with pytest.raises(LoginFailed):
        acting.exports.export("applications", tmp_path / "a.xlsx", reveal_sensitive=True, password="wrong")
    assert not (tmp_path / "a.xlsx").exists()
    acting.exports.export("applications", tmp_path / "a.xlsx", reveal_sensitive=True, password=admin_password)
    row = [c.value for c in load_workbook(tmp_path / "a.xlsx").active[2]]
    assert row[2] == "1012345672" and row[4] == "مُلتحق"  # unmasked, and the state in Arabic
    acting.users.create("desk", "موظف", Role.FRONT_DESK, "desk password")
    with pytest.raises(PermissionDenied):
        services.acting_as(services.auth.login("desk", "desk password")).exports.export("services", tmp_path / "s.xlsx")


def test_cli_export(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    create_admin(url)
    assert run_as_admin("demo", "--beneficiaries", "40", "--db", url).returncode == 0
    result = run_as_admin("export", "beneficiaries", str(tmp_path / "b.xlsx"), "--db", url)
    assert result.returncode == 0, result.stderr
    assert load_workbook(tmp_path / "b.xlsx").active.max_row == 41
