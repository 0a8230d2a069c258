"""A full application through verification, eligibility, visit and committee, on real databases."""

from datetime import date
from decimal import Decimal

import pytest

from charity_desk.domain.application_flow import State
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.errors import InvalidInput, PermissionDenied, ServiceError, StaleRecord
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement
from charity_desk.services.visits import VisitReport

TODAY = date(2026, 11, 25)
RENT = ProgramInput(
    code="RENT", name="مساعدة الإيجار", kind="cash", instructions="يُصرف الدعم مرة واحدة في السنة.",
    requirements=(Requirement("national_id", "صورة الهوية"), Requirement("lease", "عقد الإيجار"),
                  Requirement("photo", "صورة شخصية", required=False)),
    rules=EligibilityRules(max_income_per_person=Decimal("1000"), regions=("حائل",)), visit_required=True,
)


@pytest.fixture
def setup(services, admin):
    acting = services.acting_as(admin)
    person = acting.registration.register(PersonInput(
        first_name="خالد", father_name="ناصر", grandfather_name="سعد", family_name="العنزي",
        national_id="1058529940", gender="male", birth_date=date(1975, 6, 1), mobile="0501112233",
        region="حائل", city="حائل"), today=TODAY)
    acting.file_edits.add_family_member(person, FamilyMemberInput("منيرة", "daughter"), today=TODAY)
    acting.file_edits.add_money_item(person, "income", "social_security", Decimal("1500"))
    program = acting.programs.save(RENT)
    acting.users.create("researcher", "الباحثة سارة", Role.SOCIAL_RESEARCHER, "researcher pass")
    return acting, person, program


def test_full_flow_to_committee(services, setup):
    acting, person, program = setup
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    view = acting.applications.view(app_id)
    assert view.summary.state is State.RECEIVED and view.summary.number.startswith("1448-")
    assert view.instructions_version == 1 and view.consent_method == "written"
    assert [i.code for i in view.checklist] == ["national_id", "lease", "photo"]

    acting.applications.transition(app_id, State.UNDER_VERIFICATION)
    with pytest.raises(ServiceError):  # the checklist is not complete
        acting.applications.transition(app_id, State.VERIFIED)
    items = {i.code: i for i in acting.applications.view(app_id).checklist}
    with pytest.raises(InvalidInput):
        acting.applications.mark_item(items["lease"].id, "mismatch")
    acting.applications.mark_item(items["national_id"].id, "verified")
    acting.applications.mark_item(items["lease"].id, "verified")
    acting.applications.transition(app_id, State.VERIFIED)

    result = acting.applications.check_eligibility(app_id, today=TODAY)
    assert result.passed  # 1500 / 2 people = 750 ≤ 1000, region حائل
    with pytest.raises(ServiceError):  # a visit is required
        acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)

    researcher_id = acting.visits.researchers()[0][0]
    visit_id = acting.visits.schedule(person, researcher_id, date(2026, 11, 20), application_id=app_id)
    assert acting.applications.view(app_id).summary.state is State.VISIT_REQUESTED
    researcher = services.acting_as(services.auth.login("researcher", "researcher pass"))
    assert [v.id for v in researcher.visits.my_visits()] == [visit_id]
    researcher.visits.record(visit_id, VisitReport(date(2026, 11, 22), "منزل مستأجر بحالة سيئة", "poor",
                                                    "يوصى بالقبول"), today=TODAY)
    assert acting.applications.view(app_id).summary.state is State.VISIT_DONE
    acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)

    queue = acting.applications.queue(frozenset({State.READY_FOR_COMMITTEE}))
    assert [a.id for a in queue] == [app_id]
    view = acting.applications.view(app_id)
    assert [t.to_state for t in view.transitions] == [State.RECEIVED, State.UNDER_VERIFICATION, State.VERIFIED,
                                                      State.VISIT_REQUESTED, State.VISIT_DONE,
                                                      State.READY_FOR_COMMITTEE]
    assert all(t.user for t in view.transitions)


def test_eligibility_failure_shows_reasons(setup):
    acting, person, program = setup
    acting.file_edits.add_money_item(person, "income", "salary", Decimal("3000"))
    app_id = acting.applications.apply(person, program, "website", ConsentInput("electronic"))
    result = acting.applications.check_eligibility(app_id, today=TODAY)
    assert not result.passed
    (income,) = [r for r in result.results if r.code == "income"]
    assert income.actual == "2250.00" and not income.passed
    assert acting.applications.view(app_id).eligibility_passed is False


def test_second_open_application_to_the_same_program_is_refused(setup):
    acting, person, program = setup
    acting.applications.apply(person, program, "in_person", ConsentInput("verbal"))
    with pytest.raises(ServiceError):
        acting.applications.apply(person, program, "in_person", ConsentInput("verbal"))


def test_committee_decisions_need_the_committee_permission(services, setup):
    acting, person, program = setup
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    researcher = services.acting_as(services.auth.login("researcher", "researcher pass"))
    with pytest.raises(PermissionDenied):
        researcher.applications.transition(app_id, State.REJECTED, reason="لا")


def test_withdrawal_needs_a_reason_and_is_final(setup):
    acting, person, program = setup
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    with pytest.raises(ServiceError):
        acting.applications.transition(app_id, State.WITHDRAWN)
    acting.applications.transition(app_id, State.WITHDRAWN, reason="طلب المستفيد")
    assert acting.applications.view(app_id).next_states == ()


def test_stale_version_is_refused(setup):
    acting, person, program = setup
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    version = acting.applications.view(app_id).version
    acting.applications.transition(app_id, State.UNDER_VERIFICATION, expected_version=version)
    with pytest.raises(StaleRecord):
        acting.applications.transition(app_id, State.WITHDRAWN, reason="x", expected_version=version)


def test_new_instructions_make_a_new_version(setup):
    acting, person, program = setup
    acting.programs.save(RENT.__class__(**{**RENT.__dict__, "instructions": "تعليمات محدثة"}), program_id=program)
    view = acting.programs.get(program)
    assert view.instructions_version == 2
    app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
    assert acting.applications.view(app_id).instructions_version == 2


def test_program_form_errors(services, admin):
    with pytest.raises(InvalidInput) as error:
        services.acting_as(admin).programs.save(ProgramInput(code="x", name="", kind="gift", instructions=""))
    assert set(error.value.fields) == {"code", "name", "kind", "instructions"}


def test_application_numbers_are_sequential(setup):
    acting, person, program = setup
    other = acting.programs.save(ProgramInput(code="FOOD", name="سلة غذائية", kind="in_kind", instructions="..."))
    first = acting.applications.view(acting.applications.apply(person, program, "in_person", ConsentInput("written")))
    second = acting.applications.view(acting.applications.apply(person, other, "in_person", ConsentInput("written")))
    assert int(second.summary.number.split("-")[1]) == int(first.summary.number.split("-")[1]) + 1
