"""Accepted applications built through the services, as the committee would leave them, for the
delivery and survey screens (the same steps as tests/services/test_service_delivery.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from charity_desk.domain.application_flow import State
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput

#: Ten days ago, so that deliveries dated today fall within the decided two months.
MEETING_DAY = date.today() - timedelta(days=10)
PEOPLE = [("سعد", "1012345672", "0551234567"), ("نورة", "1058529940", "0501112233"),
          ("خالد", "2034567897", "0569998877")]


@dataclass(frozen=True)
class Accepted:
    program_id: int
    #: (beneficiary id, application id), one per person, each accepted for 1,000 riyals over 2 months.
    applications: list[tuple[int, int]]


def accepted_applications(acting, count: int = 2) -> Accepted:
    program = acting.programs.save(ProgramInput(code="AID", name="مساعدة نقدية", kind="cash", instructions="..."))
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("الرئيس", role="chair")])
    meeting = acting.committees.open_meeting(committee, MEETING_DAY)
    acting.committees.set_attendance(meeting, {acting.committees.meeting(meeting).members[0].id: True})
    applications = []
    for year, (first_name, national_id, mobile) in enumerate(PEOPLE[:count], start=1980):
        person = acting.registration.register(PersonInput(first_name, "محمد", "علي", "الحربي", national_id, "male",
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
    return Accepted(program, applications)
