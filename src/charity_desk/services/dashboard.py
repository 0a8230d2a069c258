"""The figures managers and the board ask for (clause 2-1 and SAUDI.md's annual-report list),
computed with aggregate queries over a period, optionally for one program or region."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Complaint,
    FamilyMember,
    HomeVisit,
    Inquiry,
    Program,
    ReachFigure,
    Referral,
    ServiceDelivery,
    Setting,
    SurveyRequest,
    SurveyResponse,
)
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor

DECISION_TARGET_SETTING = "decision_target_days"
DEFAULT_DECISION_TARGET_DAYS = 30
AGE_BANDS = ((0, 17, "0-17"), (18, 29, "18-29"), (30, 44, "30-44"), (45, 59, "45-59"), (60, 200, "60+"))


@dataclass(frozen=True)
class DashboardFilter:
    start: date
    end: date
    program_id: int | None = None
    region: str | None = None


@dataclass(frozen=True)
class DashboardFigures:
    applications_by_state: dict[str, int]
    decided: int
    median_days_to_decision: float | None
    share_decided_within_target: float | None
    target_days: int
    acceptance_rate: float | None
    beneficiaries_served: int
    families_served: int
    individuals_served: int
    served_by_program: dict[str, int]
    served_by_region: dict[str, int]
    served_by_gender: dict[str, int]
    served_by_age_band: dict[str, int]
    services_count: int
    services_value: Decimal
    survey_requests: int
    survey_responses: int
    satisfied_share: float | None
    complaints_open: int
    complaints_overdue: int
    complaints_closed: int
    complaints_closed_on_time: int
    referrals_out: int
    referrals_in: int
    visits_done: int
    inquiries_by_channel: dict[str, int]
    reach_by_channel: dict[str, int] = field(default_factory=dict)

    @property
    def response_rate(self) -> float | None:
        return self.survey_responses / self.survey_requests if self.survey_requests else None


def _bounds(f: DashboardFilter) -> tuple[datetime, datetime]:
    return (datetime.combine(f.start, time.min, tzinfo=UTC),
            datetime.combine(f.end + timedelta(days=1), time.min, tzinfo=UTC))


def _age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return "?"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


class DashboardService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def figures(self, f: DashboardFilter, today: date | None = None) -> DashboardFigures:
        self._actor.require(Permission.REPORTS_VIEW)
        today = today or date.today()
        start, end = _bounds(f)
        with self._db.read_session() as session:
            target = int(session.scalar(select(Setting.value).where(Setting.key == DECISION_TARGET_SETTING))
                         or DEFAULT_DECISION_TARGET_DAYS)
            # Only the columns counted, and the person joined only to filter by region: counting by
            # state is then served by the (state, submitted_at) index alone.
            applications = select(Application.state, Application.submitted_at, Application.decided_at).where(
                Application.submitted_at >= start, Application.submitted_at < end)
            if f.program_id:
                applications = applications.where(Application.program_id == f.program_id)
            if f.region:
                applications = (applications.join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                                .where(Beneficiary.region == f.region))
            scoped = applications.subquery()
            by_state = dict(session.execute(select(scoped.c.state, func.count()).group_by(scoped.c.state)).tuples().all())
            decided_rows = session.execute(select(scoped.c.submitted_at, scoped.c.decided_at)
                                           .where(scoped.c.decided_at.is_not(None))).all()
            days = [(d - s).total_seconds() / 86400 for s, d in decided_rows]
            accepted = sum(by_state.get(s, 0) for s in ("accepted", "enrolled", "completed"))
            rejected = by_state.get("rejected", 0)

            deliveries = (select(ServiceDelivery.beneficiary_id, ServiceDelivery.program_id, ServiceDelivery.kind,
                                 ServiceDelivery.amount, Beneficiary.region, Beneficiary.gender,
                                 Beneficiary.birth_date, Beneficiary.family_name)
                          .join(Beneficiary, Beneficiary.id == ServiceDelivery.beneficiary_id)
                          .where(ServiceDelivery.delivered_on >= f.start, ServiceDelivery.delivered_on <= f.end))
            if f.program_id:
                deliveries = deliveries.where(ServiceDelivery.program_id == f.program_id)
            if f.region:
                deliveries = deliveries.where(Beneficiary.region == f.region)
            served = deliveries.subquery()
            people = session.execute(select(served.c.beneficiary_id, served.c.region, served.c.gender,
                                            served.c.birth_date).distinct()).all()
            programs = dict(session.execute(select(Program.id, Program.name)).tuples().all())
            by_program = {programs.get(pid, str(pid)): n for pid, n in session.execute(
                select(served.c.program_id, func.count(func.distinct(served.c.beneficiary_id)))
                .group_by(served.c.program_id))}
            services_count, services_value = session.execute(select(
                func.count(), func.coalesce(func.sum(case((served.c.kind == "cash", served.c.amount), else_=0)), 0)
            )).one()
            # Each direct beneficiary heads one household; the individuals reached include its members.
            served_ids = select(served.c.beneficiary_id).distinct()
            members = session.scalar(select(func.count(FamilyMember.id)).where(
                FamilyMember.beneficiary_id.in_(served_ids))) or 0

            surveys_requested = session.scalar(select(func.count(SurveyRequest.id)).where(
                SurveyRequest.created_at >= start, SurveyRequest.created_at < end)) or 0
            responses = session.execute(select(func.count(SurveyResponse.id),
                                               func.sum(case((SurveyResponse.satisfied, 1), else_=0))).where(
                SurveyResponse.answered_on >= f.start, SurveyResponse.answered_on <= f.end)).one()

            complaints = select(Complaint).where(Complaint.received_on >= f.start, Complaint.received_on <= f.end)
            c = complaints.subquery()
            open_, overdue, closed, on_time = session.execute(select(
                func.sum(case((c.c.status == "open", 1), else_=0)),
                func.sum(case(((c.c.status == "open") & (c.c.due_on < today), 1), else_=0)),
                func.sum(case((c.c.status == "closed", 1), else_=0)),
                func.sum(case(((c.c.status == "closed") & (c.c.closed_on <= c.c.due_on), 1), else_=0)),
            )).one()
            referrals = dict(session.execute(select(Referral.direction, func.count()).where(
                Referral.created_at >= start, Referral.created_at < end).group_by(Referral.direction)).tuples().all())
            visits = session.scalar(select(func.count(HomeVisit.id)).where(
                HomeVisit.status == "done", HomeVisit.visited_on >= f.start, HomeVisit.visited_on <= f.end)) or 0
            inquiries = dict(session.execute(select(Inquiry.channel, func.count()).where(
                Inquiry.received_at >= start, Inquiry.received_at < end).group_by(Inquiry.channel)).tuples().all())
            reach = dict(session.execute(select(ReachFigure.channel, func.sum(ReachFigure.value)).where(
                ReachFigure.period_start >= f.start, ReachFigure.period_end <= f.end)
                .group_by(ReachFigure.channel)).tuples().all())

        def count_by(key) -> dict[str, int]:
            result: dict[str, int] = {}
            for person in people:
                label = key(person)
                result[label] = result.get(label, 0) + 1
            return dict(sorted(result.items()))

        response_count, satisfied = responses
        return DashboardFigures(
            applications_by_state=by_state, decided=len(days),
            median_days_to_decision=round(statistics.median(days), 1) if days else None,
            share_decided_within_target=sum(d <= target for d in days) / len(days) if days else None,
            target_days=target,
            acceptance_rate=accepted / (accepted + rejected) if accepted + rejected else None,
            beneficiaries_served=len(people), families_served=len(people), individuals_served=len(people) + members,
            served_by_program=by_program,
            served_by_region=count_by(lambda p: p.region or "?"), served_by_gender=count_by(lambda p: p.gender),
            served_by_age_band=count_by(lambda p: _age_band(p.birth_date, f.end)),
            services_count=services_count or 0, services_value=Decimal(services_value or 0).quantize(Decimal("0.01")),
            survey_requests=surveys_requested, survey_responses=response_count or 0,
            satisfied_share=(satisfied or 0) / response_count if response_count else None,
            complaints_open=open_ or 0, complaints_overdue=overdue or 0, complaints_closed=closed or 0,
            complaints_closed_on_time=on_time or 0, referrals_out=referrals.get("out", 0),
            referrals_in=referrals.get("in", 0), visits_done=visits, inquiries_by_channel=inquiries,
            reach_by_channel={k: int(v) for k, v in reach.items()},
        )
