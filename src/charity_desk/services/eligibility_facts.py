"""Gathering from a file the facts a program's eligibility rules are checked against."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.models import Application, FamilyMember, HealthRecord, NeedsAssessment
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import age_on
from charity_desk.domain.eligibility import Facts
from charity_desk.services.beneficiary_file import load_person, money_summary
from charity_desk.services.households import household_ids, money_of_household

RECEIVING = (State.ACCEPTED.value, State.ENROLLED.value)


def gather_facts(session: Session, beneficiary_id: int, program_id: int, application_id: int | None,
                 today: date, whole_household: bool = False) -> Facts:
    """``whole_household``: income per person and family size over the household's linked files."""
    person = load_person(session, beneficiary_id)
    money = money_summary(session, beneficiary_id)
    income_per_person, family_size = money.income_per_person, money.household_size
    if whole_household:
        household = money_of_household(session, household_ids(session, beneficiary_id))
        income_per_person, family_size = household.income_per_person, household.size
    family_disability = session.scalar(
        select(FamilyMember.id).where(FamilyMember.beneficiary_id == beneficiary_id, FamilyMember.disability != "")
        .limit(1)
    )
    health = session.get(HealthRecord, beneficiary_id)
    needs_band = session.scalar(
        select(NeedsAssessment.band).where(NeedsAssessment.beneficiary_id == beneficiary_id)
        .order_by(NeedsAssessment.assessed_at.desc()).limit(1)
    )
    receiving = select(Application.id).where(
        Application.beneficiary_id == beneficiary_id, Application.program_id == program_id,
        Application.state.in_(RECEIVING),
    )
    if application_id is not None:
        receiving = receiving.where(Application.id != application_id)
    return Facts(
        income_per_person=income_per_person,
        region=person.region,
        gender=person.gender,
        age=age_on(person.birth_date, today) if person.birth_date else None,
        family_size=family_size,
        nationality=person.nationality,
        has_disability=family_disability is not None or bool(health and health.disability.strip()),
        needs_band=needs_band,
        already_receiving=session.scalar(receiving.limit(1)) is not None,
        household_wide=whole_household,
    )
