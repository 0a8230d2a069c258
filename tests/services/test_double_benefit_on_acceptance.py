"""The double-benefit guard when an application is accepted (by the committee or a direct move) and
when it is enrolled, written as the attacks it stops: an application made while nobody in the household
received the program cannot be accepted or enrolled once another member has started receiving it since,
without a supervisor's reason, kept and audited as when an application is made."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import Application, AuditEntry, DoubleBenefitOverride, Meeting
from charity_desk.domain.application_flow import State
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.double_benefit import DoubleBenefit, DoubleBenefitApproval
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.programs import ProgramInput
from services.household_world import build_household

WRITTEN = ConsentInput("written")
REASON = "الابن متزوج ويسكن في بيت مستقل"


def _ready(acting, beneficiary_id: int, program_id: int) -> int:
    """An application taken through verification and eligibility to the committee."""
    app_id = acting.applications.apply(beneficiary_id, program_id, "in_person", WRITTEN)
    for state in (State.UNDER_VERIFICATION, State.VERIFIED):
        acting.applications.transition(app_id, state)
    acting.applications.check_eligibility(app_id)
    acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
    return app_id


@pytest.fixture
def world(services, admin):
    """Mother and son of one household both applied while nobody received the program."""
    acting = services.acting_as(admin)
    household = build_household(acting)
    acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "front desk pass 1")
    acting.users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "manager pass 1")
    program = acting.programs.save(ProgramInput(code="RAMADAN", name="سلة رمضان", kind="in_kind",
                                                instructions="مرة في السنة.",
                                                rules=EligibilityRules(not_already_receiving=False)))
    mother = _ready(acting, household.mother, program)
    son = _ready(acting, household.son, program)
    return acting, household, program, mother, son


def _state(services, app_id: int) -> str:
    with services.db.read_session() as session:
        return session.get(Application, app_id).state


def _overrides(services, app_id: int) -> list[tuple[int, str]]:
    with services.db.read_session() as session:
        return [tuple(r) for r in session.execute(select(DoubleBenefitOverride.other_application_id,
                                                         DoubleBenefitOverride.reason)
                                                  .where(DoubleBenefitOverride.application_id == app_id))]


def _manager(services):
    return services.auth.login("manager", "manager pass 1")


def test_accepting_after_another_member_started_receiving_is_held_back(services, world):
    acting, _h, _program, mother, son = world
    acting.applications.transition(son, State.ACCEPTED)  # the son starts receiving after she applied

    with pytest.raises(DoubleBenefit) as refused:
        acting.applications.transition(mother, State.ACCEPTED)
    assert refused.value.application_id == mother
    assert refused.value.conflicts[0].application_id == son
    assert refused.value.message.params["name"] == "فهد سعد محمد الشمري"
    assert _state(services, mother) == State.READY_FOR_COMMITTEE.value  # nothing moved

    acting.applications.transition(mother, State.ACCEPTED, double_benefit=DoubleBenefitApproval(_manager(services),
                                                                                                REASON))
    assert _state(services, mother) == State.ACCEPTED.value
    assert _overrides(services, mother) == [(son, REASON)]
    with services.db.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "application.double_benefit_approved",
                                                        AuditEntry.entity_id == str(mother)))
    assert entry is not None and REASON in entry.details and "مدير البرامج" in entry.details


def test_a_front_desk_approval_or_an_empty_reason_does_not_let_it_through(services, world):
    acting, _h, _program, mother, son = world
    acting.applications.transition(son, State.ACCEPTED)
    desk = services.auth.login("desk", "front desk pass 1")
    with pytest.raises(PermissionDenied):
        acting.applications.transition(mother, State.ACCEPTED, double_benefit=DoubleBenefitApproval(desk, REASON))
    with pytest.raises(DoubleBenefit):
        acting.applications.transition(mother, State.ACCEPTED,
                                       double_benefit=DoubleBenefitApproval(_manager(services), "  "))
    assert _state(services, mother) == State.READY_FOR_COMMITTEE.value and _overrides(services, mother) == []


def test_a_committee_accepting_two_members_at_one_meeting_is_held_back_until_a_supervisor_approves(services, world):
    acting, _h, _program, mother, son = world
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("أحمد السالم", "رئيس اللجنة",
                                                                                   "chair")])
    meeting = acting.committees.open_meeting(committee, date.today())
    chair = acting.committees.meeting(meeting).members[0].id
    acting.committees.set_attendance(meeting, {chair: True})
    for app_id in (son, mother):
        acting.committees.record_decision(meeting, app_id, DecisionInput("accepted", amount=Decimal("500"),
                                                                         votes_for=1, votes_against=0,
                                                                         votes_abstain=0))
    with pytest.raises(DoubleBenefit) as refused:
        acting.committees.close_meeting(meeting)
    held = refused.value.application_id
    assert held in (son, mother) and refused.value.conflicts[0].application_id == ({son, mother} - {held}).pop()
    with services.db.read_session() as session:  # one transaction: nothing closed, nobody accepted
        assert session.get(Meeting, meeting).status == "open"
    assert {_state(services, a) for a in (son, mother)} == {State.READY_FOR_COMMITTEE.value}

    acting.committees.close_meeting(meeting, double_benefit={held: DoubleBenefitApproval(_manager(services), REASON)})
    assert {_state(services, a) for a in (son, mother)} == {State.ACCEPTED.value}
    assert _overrides(services, held) == [(({son, mother} - {held}).pop(), REASON)]


def test_enrolling_after_another_member_started_receiving_is_held_back(services, world):
    acting, _h, program, mother, son = world
    acting.applications.transition(mother, State.ACCEPTED)  # nobody received it when she was accepted
    acting.applications.transition(son, State.ACCEPTED, double_benefit=DoubleBenefitApproval(_manager(services),
                                                                                             REASON))
    round_id = acting.delivery.open_session(program, "رمضان 1448", date.today())

    with pytest.raises(DoubleBenefit) as refused:
        acting.delivery.enrol(mother, round_id)
    assert refused.value.application_id == mother and _state(services, mother) == State.ACCEPTED.value

    acting.delivery.enrol(mother, round_id, double_benefit=DoubleBenefitApproval(_manager(services), REASON))
    assert _state(services, mother) == State.ENROLLED.value
    assert _overrides(services, mother) == [(son, REASON)]


def test_what_a_supervisor_already_approved_is_not_asked_again(services, world):
    acting, h, program, _mother, son = world
    acting.applications.transition(son, State.ACCEPTED)
    manager = _manager(services)
    app_id = acting.applications.apply(h.father, program, "in_person", WRITTEN,
                                       double_benefit=DoubleBenefitApproval(manager, REASON))
    for state in (State.UNDER_VERIFICATION, State.VERIFIED):
        acting.applications.transition(app_id, state)
    acting.applications.check_eligibility(app_id)
    acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
    acting.applications.transition(app_id, State.ACCEPTED)  # the son's benefit was approved when he applied
    round_id = acting.delivery.open_session(program, "رمضان 1448", date.today())
    acting.delivery.enrol(app_id, round_id)
    assert _state(services, app_id) == State.ENROLLED.value
    with services.db.read_session() as session:
        assert session.scalar(select(func.count(DoubleBenefitOverride.id)).where(
            DoubleBenefitOverride.application_id == app_id)) == 1
