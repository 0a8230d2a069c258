"""Report figures about households over a period: households served, and the double-benefit overrides
supervisors approved.  Counted by the database over indexed columns (deliveries by day, overrides by
time, households by file), never by reading every row into Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import aliased

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    DoubleBenefitOverride,
    HouseholdMembership,
    Program,
    ServiceDelivery,
    UserAccount,
)
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.permission_guard import requires

#: The overrides listed in a report; the count covers them all.
OVERRIDE_LIMIT = 500


@dataclass(frozen=True)
class HouseholdsServed:
    #: Households that received at least one service in the period (a file alone is its own household).
    households: int
    #: Files served in the period.
    people: int
    #: Households where more than one file was served in the period.
    several_served: int


@dataclass(frozen=True)
class OverrideRow:
    at: datetime
    application_number: str
    applicant: str
    program: str
    other_member: str
    other_application_number: str
    period_start: date | None
    period_end: date | None
    supervisor: str
    reason: str


@dataclass(frozen=True)
class OverrideReport:
    count: int
    #: The newest first, at most ``OVERRIDE_LIMIT``.
    rows: tuple[OverrideRow, ...]


def _moments(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time(), UTC), datetime.combine(end + timedelta(days=1), time(), UTC)


class HouseholdReportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.REPORTS_VIEW)
    def households_served(self, start: date, end: date, program_id: int | None = None,
                          region: str | None = None) -> HouseholdsServed:
        """Households given at least one service in the period (of one program, or to people of one
        region, when asked)."""
        household = func.coalesce(HouseholdMembership.household_key, ServiceDelivery.beneficiary_id)
        served = (select(household.label("household"), ServiceDelivery.beneficiary_id)
                  .outerjoin(HouseholdMembership, HouseholdMembership.beneficiary_id == ServiceDelivery.beneficiary_id)
                  .where(ServiceDelivery.delivered_on >= start, ServiceDelivery.delivered_on <= end))
        if program_id is not None:
            served = served.where(ServiceDelivery.program_id == program_id)
        if region:
            served = served.where(ServiceDelivery.beneficiary_id.in_(
                select(Beneficiary.id).where(Beneficiary.region == region)))
        served = served.distinct().subquery()
        per_household = (select(served.c.household, func.count().label("files"))
                         .group_by(served.c.household).subquery())
        with self._db.read_session() as session:
            households, people = session.execute(
                select(func.count(distinct(served.c.household)), func.count(served.c.beneficiary_id))).one()
            several = session.scalar(select(func.count()).select_from(per_household).where(per_household.c.files > 1))
        return HouseholdsServed(households or 0, people or 0, several or 0)

    @requires(Permission.REPORTS_VIEW)
    def overrides(self, start: date, end: date, program_id: int | None = None,
                  region: str | None = None) -> OverrideReport:
        """The double-benefit overrides approved in the period, newest first (of one program, or for
        applicants of one region, when asked)."""
        since, until = _moments(start, end)
        other = aliased(Application)
        other_person = aliased(Beneficiary)
        in_period = [DoubleBenefitOverride.at >= since, DoubleBenefitOverride.at < until]
        if program_id is not None:
            in_period.append(DoubleBenefitOverride.application_id.in_(
                select(Application.id).where(Application.program_id == program_id)))
        if region:
            in_period.append(DoubleBenefitOverride.application_id.in_(
                select(Application.id).join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                .where(Beneficiary.region == region)))
        statement = (
            select(DoubleBenefitOverride.at, Application.number, Beneficiary.full_name, Program.name,
                   other_person.full_name, other.number, DoubleBenefitOverride.period_start,
                   DoubleBenefitOverride.period_end, UserAccount.full_name, DoubleBenefitOverride.reason)
            .join(Application, Application.id == DoubleBenefitOverride.application_id)
            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
            .join(Program, Program.id == Application.program_id)
            .outerjoin(other, other.id == DoubleBenefitOverride.other_application_id)
            .outerjoin(other_person, other_person.id == other.beneficiary_id)
            .outerjoin(UserAccount, UserAccount.id == DoubleBenefitOverride.supervisor_id)
            .where(*in_period)
            .order_by(DoubleBenefitOverride.at.desc(), DoubleBenefitOverride.id.desc())
            .limit(OVERRIDE_LIMIT))
        with self._db.read_session() as session:
            count = session.scalar(select(func.count(DoubleBenefitOverride.id)).where(*in_period))
            rows = tuple(OverrideRow(at, number, applicant, program, other_name or "", other_number or "",
                                     p_start, p_end, supervisor or "", reason)
                         for at, number, applicant, program, other_name, other_number, p_start, p_end, supervisor,
                         reason in session.execute(statement))
        return OverrideReport(count or 0, rows)
