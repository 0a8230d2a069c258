"""The figures managers and the board ask for (clause 2-1 and SAUDI.md's annual-report list),
computed with aggregate queries over a period, optionally for one program or region.

What grows with the register (applications, services, inquiries, the people served and their facts) is
read from small tables the database keeps with triggers in the same transaction as every write
(migration 0029: day totals, and one narrow row per person served), so a period's figures read a few
rows a day and one small row per person served, not every row of the period; a region chosen reads the
rows themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal, select

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Complaint,
    HomeVisit,
    Program,
    ReachFigure,
    Referral,
    ServedPerson,
    ServiceDelivery,
    Setting,
    SurveyRequest,
    SurveyResponse,
)
from charity_desk.db.models.services_delivery import NONE_YET
from charity_desk.domain.roles import Permission
from charity_desk.services import dashboard_totals as totals
from charity_desk.services.actor import Actor
from charity_desk.services.permission_guard import requires

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


def _birthday_cutoff(on: date, years: int) -> date:
    """The latest birth date of someone at least ``years`` old on ``on`` (29 February falls back to the 28th)."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:
        return on.replace(year=on.year - years, day=28)


def _age_band(birth_date, on: date):
    """The age band as a SQL CASE over the birth date: the ages are grouped by the database, not row by row."""
    whens = [(birth_date > _birthday_cutoff(on, older), label) for older, label in _YOUNGER_THAN]
    return case((birth_date.is_(None), "?"), *whens, else_=AGE_BANDS[-1][2])


#: (the age the band ends below, its label), youngest band first: born after that age's cutoff is younger.
_YOUNGER_THAN = tuple((AGE_BANDS[i + 1][0], AGE_BANDS[i][2]) for i in range(len(AGE_BANDS) - 1))


def _days_between(session, earlier, later):
    """Days from ``earlier`` to ``later`` (timestamps), computed by the database."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 86400.0
    return func.julianday(later) - func.julianday(earlier)


def _median(session, values, count: int) -> float | None:
    """The median of a one-column subquery of ``count`` rows, read as its middle one or two rows in order."""
    if not count:
        return None
    column = values.c[0]
    # The offset and limit written into the statement: SQLite keeps only the rows up to them while it
    # sorts (bound as parameters, it sorts every row first, several times slower).
    offset, limit = (literal((count - 1) // 2, literal_execute=True), literal(2 - count % 2, literal_execute=True))
    middle = [float(v) for v in session.scalars(select(column).order_by(column).offset(offset).limit(limit))]
    return sum(middle) / len(middle)


def _applications(session, f: DashboardFilter, start: datetime, end: datetime, target: int):
    """Applications received in the period: counts by state, decisions within the target, median days.

    Read from the totals the database keeps (``dashboard_totals``) unless a region is chosen; then from
    the applications themselves: the (submitted_at, state, decided_at, program_id) index covers these,
    the person is joined only to filter by region."""
    if not f.region:
        return totals.applications(session, f.start, f.end, f.program_id, target)
    applications = select(Application.state, Application.submitted_at, Application.decided_at).where(
        Application.submitted_at >= start, Application.submitted_at < end)
    if f.program_id:
        applications = applications.where(Application.program_id == f.program_id)
    if f.region:
        applications = (applications.join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                        .where(Beneficiary.region == f.region))
    scoped = applications.subquery()
    days = _days_between(session, scoped.c.submitted_at, scoped.c.decided_at)
    by_state, decided, within_target = {}, 0, 0
    for state, count, decided_here, within in session.execute(select(
            scoped.c.state, func.count(), func.count(scoped.c.decided_at),
            func.coalesce(func.sum(case((days <= target, 1), else_=0)), 0)).group_by(scoped.c.state)):
        by_state[state] = count
        decided += decided_here
        within_target += within
    decided_days = select(days.label("days")).where(scoped.c.decided_at.is_not(None)).subquery()
    return by_state, decided, within_target, _median(session, decided_days, decided)


def _next_after(next_on, end: date, by_period: bool = False) -> tuple:
    """A delivery whose next one comes after ``end``. Bounded on both sides, SQLite weighs this range as
    it weighs the period's dates and reads it from its own index (``ix_service_delivery_last_*``): the
    fewer rows when the period is recent. ``by_period`` (a period with fewer deliveries than came after
    it): written as an expression no index serves, so the period's deliveries are read in date order
    from ``ix_service_delivery_period_next`` and this is checked on each."""
    if by_period:
        return (func.coalesce(next_on, next_on) > end,)
    return next_on > end, next_on <= _NONE_YET


_NONE_YET = date.fromisoformat(NONE_YET)


def _after_every_delivery(session, f: DashboardFilter) -> bool:
    """Whether the period, for all programs and regions, ends on or after the last delivery of all (as
    this month, this year and the last twelve months do): then each person's last delivery in it is
    their last at all, kept on ``served_person``."""
    if f.program_id or f.region:
        return False
    latest = session.scalar(select(func.max(ServiceDelivery.delivered_on)))
    return latest is None or latest <= f.end


def _served(session, f: DashboardFilter):
    """Services given in the period, and the people served counted by program, region, gender and age.

    A person served is counted once, at their last delivery in the period: the one whose next delivery
    (kept on each row by the database, see ``ServiceDelivery.next_on``) comes after the period's end.
    Those rows, a few per person served, are read from their own index; the facts they are counted by
    come from the narrow ``served_person`` table the database keeps (migration 0029), not from the
    files. The totals of services come from the day totals."""
    in_period = [ServiceDelivery.delivered_on >= f.start, ServiceDelivery.delivered_on <= f.end]
    if f.program_id:
        in_period.append(ServiceDelivery.program_id == f.program_id)
    if f.region:
        in_period.append(ServiceDelivery.beneficiary_id.in_(select(Beneficiary.id).where(Beneficiary.region == f.region)))
    if f.region:  # the day totals know no region: from the deliveries themselves
        services_count, services_value = session.execute(select(
            func.count(), func.coalesce(func.sum(case((ServiceDelivery.kind == "cash", ServiceDelivery.amount),
                                                      else_=0)), 0)).where(*in_period)).one()
    else:
        services_count, services_value = totals.services(session, f.start, f.end, f.program_id)
    by_period = services_count <= totals.services_after(session, f.end, f.program_id)
    last_in_program = (select(ServiceDelivery.program_id, func.count())
                       .where(*_next_after(ServiceDelivery.program_next_on, f.end, by_period), *in_period)
                       .group_by(ServiceDelivery.program_id))
    programs = dict(session.execute(select(Program.id, Program.name)).all())
    by_program = {programs.get(program_id, str(program_id)): people
                  for program_id, people in session.execute(last_in_program)}
    # With a program chosen, a person's last delivery in that program; otherwise their last at all.
    last = ServiceDelivery.program_next_on if f.program_id else ServiceDelivery.next_on
    # Each direct beneficiary heads one household; the individuals reached include its members.
    person = ServedPerson
    band = _age_band(person.birth_date, f.end)
    counted = select(person.region, person.gender, band, func.count(),
                     func.coalesce(func.sum(person.household_members), 0))
    if _after_every_delivery(session, f):
        # Everyone's last delivery of all is their last in the period: read from served_person's index alone.
        counted = counted.where(person.last_on >= f.start)
    else:
        counted = (counted.select_from(ServiceDelivery)
                   .join(person, person.beneficiary_id == ServiceDelivery.beneficiary_id)
                   .where(*_next_after(last, f.end, by_period), *in_period))
    groups = session.execute(counted.group_by(person.region, person.gender, band)).all()
    members = sum(group[4] for group in groups)
    return by_program, services_count, Decimal(services_value or 0), groups, members


class DashboardService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.REPORTS_VIEW)
    def figures(self, f: DashboardFilter, today: date | None = None) -> DashboardFigures:
        today = today or date.today()
        start, end = _bounds(f)
        with self._db.read_session() as session:
            target = int(session.scalar(select(Setting.value).where(Setting.key == DECISION_TARGET_SETTING))
                         or DEFAULT_DECISION_TARGET_DAYS)
            by_state, decided, within_target, median_days = _applications(session, f, start, end, target)
            accepted = sum(by_state.get(s, 0) for s in ("accepted", "enrolled", "completed"))
            rejected = by_state.get("rejected", 0)
            by_program, services_count, services_value, groups, members = _served(session, f)

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
                Referral.created_at >= start, Referral.created_at < end).group_by(Referral.direction)).all())
            visits = session.scalar(select(func.count(HomeVisit.id)).where(
                HomeVisit.status == "done", HomeVisit.visited_on >= f.start, HomeVisit.visited_on <= f.end)) or 0
            inquiries = totals.inquiries(session, f.start, f.end)
            reach = dict(session.execute(select(ReachFigure.channel, func.sum(ReachFigure.value)).where(
                ReachFigure.period_start >= f.start, ReachFigure.period_end <= f.end)
                .group_by(ReachFigure.channel)).all())

        def count_by(position: int) -> dict[str, int]:
            result: dict[str, int] = {}
            for group in groups:
                label = group[position] or "?"
                result[label] = result.get(label, 0) + group[3]
            return dict(sorted(result.items()))

        served_count = sum(group[3] for group in groups)

        response_count, satisfied = responses
        return DashboardFigures(
            applications_by_state=by_state, decided=decided,
            median_days_to_decision=round(median_days, 1) if median_days is not None else None,
            share_decided_within_target=within_target / decided if decided else None,
            target_days=target,
            acceptance_rate=accepted / (accepted + rejected) if accepted + rejected else None,
            beneficiaries_served=served_count, families_served=served_count, individuals_served=served_count + members,
            served_by_program=by_program,
            served_by_region=count_by(0), served_by_gender=count_by(1), served_by_age_band=count_by(2),
            services_count=services_count or 0, services_value=Decimal(services_value or 0).quantize(Decimal("0.01")),
            survey_requests=surveys_requested, survey_responses=response_count or 0,
            satisfied_share=(satisfied or 0) / response_count if response_count else None,
            complaints_open=open_ or 0, complaints_overdue=overdue or 0, complaints_closed=closed or 0,
            complaints_closed_on_time=on_time or 0, referrals_out=referrals.get("out", 0),
            referrals_in=referrals.get("in", 0), visits_done=visits, inquiries_by_channel=inquiries,
            reach_by_channel={k: int(v) for k, v in reach.items()},
        )
