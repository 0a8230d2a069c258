"""Demo activity after the demo applications: services given, surveys, complaints, inquiries, reach,
visits and referrals, so that the dashboard and the board reports have something to show.

Synthetic, like the rest of the demo data, and written in one transaction; run it once after
``generate_demo``.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Complaint,
    Enrolment,
    HomeVisit,
    Inquiry,
    PartnerAssociation,
    Program,
    ProgramSession,
    ReachFigure,
    Referral,
    ServiceDelivery,
    SurveyRequest,
    SurveyResponse,
)
from charity_desk.domain.application_flow import State
from charity_desk.reference import channels, complaint_categories
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.demo_appointments import add_demo_appointments
from charity_desk.services.reach import REACH_CHANNELS

_SERVED = (State.ENROLLED.value, State.COMPLETED.value)
_QUESTIONS = ("overall", "speed", "clarity", "respect", "staff")
_ANSWERS = (2, 3, 4, 4, 4, 5, 5, 5)
_PARTNER = "جمعية الإحسان الأهلية (بيانات تجريبية)"


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(8), tzinfo=UTC) + timedelta(minutes=rng.randrange(9 * 60))


def _delivery(rng: random.Random, kind: str) -> dict:
    if kind == "cash":
        return {"kind": "cash", "amount": Decimal(rng.randrange(6, 41) * 50), "items": "", "quantity": 0}
    if kind == "in_kind":
        return {"kind": "in_kind", "amount": Decimal(0), "items": "سلة غذائية", "quantity": 1}
    return {"kind": "attendance", "amount": Decimal(0), "items": "", "quantity": 1}


def _serve(session: Session, rng: random.Random, today: date, now: datetime) -> list[dict]:
    """An enrolment and one to four deliveries for each enrolled or completed application not yet served."""
    served = session.execute(select(Application.id, Application.beneficiary_id, Application.program_id,
                                    Application.decided_at, Program.kind)
                             .join(Program, Program.id == Application.program_id)
                             .where(Application.state.in_(_SERVED),
                                    Application.id.not_in(select(Enrolment.application_id)))
                             .order_by(Application.id)).all()
    if not served:
        return []
    sessions: dict[int, int] = {}
    for program_id in sorted({row.program_id for row in served}):
        program_session = ProgramSession(program_id=program_id, name="الدورة التجريبية",
                                         starts_on=today - timedelta(days=420))
        session.add(program_session)
        session.flush()
        sessions[program_id] = program_session.id
    session.execute(insert(Enrolment), [{"application_id": row.id, "session_id": sessions[row.program_id],
                                         "beneficiary_id": row.beneficiary_id, "enrolled_at": row.decided_at or now}
                                        for row in served])
    enrolments = dict(session.execute(select(Enrolment.application_id, Enrolment.id)).all())
    deliveries = []
    for row in served:
        first = (row.decided_at or now).date() + timedelta(days=3)
        for number in range(rng.randrange(1, 5)):
            day = min(first + timedelta(days=30 * number + rng.randrange(5)), today)
            deliveries.append({"enrolment_id": enrolments[row.id], "beneficiary_id": row.beneficiary_id,
                               "program_id": row.program_id, "delivered_on": day, "notes": "", "staff_id": None,
                               **_delivery(rng, row.kind)})
    if deliveries:
        session.execute(insert(ServiceDelivery), deliveries)
    return deliveries


def _surveys(session: Session, rng: random.Random, deliveries: list[dict], today: date) -> None:
    """Seven in ten served people are asked; six in ten of those answer, mostly satisfied."""
    last: dict[int, dict] = {}
    for delivery in deliveries:
        last[delivery["beneficiary_id"]] = delivery
    sessions = dict(session.execute(select(Enrolment.id, Enrolment.session_id)).all())
    for beneficiary_id, delivery in last.items():
        if rng.random() > 0.7:
            continue
        answered = rng.random() < 0.6 and delivery["delivered_on"] + timedelta(days=3) <= today
        request = SurveyRequest(session_id=sessions[delivery["enrolment_id"]], program_id=delivery["program_id"],
                                beneficiary_id=beneficiary_id, questionnaire="default",
                                status="answered" if answered else "pending",
                                created_at=_moment(delivery["delivered_on"], rng))
        session.add(request)
        if answered:
            answers = {code: rng.choice(_ANSWERS) for code in _QUESTIONS}
            session.add(SurveyResponse(program_id=request.program_id, session_id=request.session_id,
                                       questionnaire="default", beneficiary_id=None,
                                       answered_on=delivery["delivered_on"] + timedelta(days=rng.randrange(1, 4)),
                                       channel=rng.choice(["desk", "phone", "paper"]),
                                       answers=json.dumps(answers), satisfied=answers["overall"] >= 4, comment=""))


def _complaints_and_inquiries(session: Session, rng: random.Random, people: list[int], today: date) -> None:
    categories = complaint_categories()
    channel_codes = [c.code for c in channels()]
    complaints = []
    for beneficiary_id in rng.sample(people, k=min(len(people), max(5, len(people) // 10))):
        category = rng.choice(categories)
        received = today - timedelta(days=rng.randrange(0, 365))
        due = received + timedelta(days=category.target_days)
        closed = received + timedelta(days=rng.randrange(0, category.target_days + 5))
        is_closed = closed <= today and rng.random() < 0.8
        complaints.append({"kind": "suggestion" if category.code == "suggestion" else "complaint",
                           "received_on": received, "channel": rng.choice(channel_codes), "category": category.code,
                           "beneficiary_id": beneficiary_id, "details": "ملاحظة تجريبية", "due_on": due,
                           "status": "closed" if is_closed else "open", "closed_on": closed if is_closed else None})
    session.execute(insert(Complaint), complaints)
    session.execute(insert(Inquiry), [
        {"received_at": _moment(today - timedelta(days=rng.randrange(0, 365)), rng),
         "channel": rng.choice(channel_codes), "question": "استفسار تجريبي عن البرامج"}
        for _ in range(max(20, len(people) * 2))])


def _reach(session: Session, rng: random.Random, today: date) -> None:
    """A figure per channel and month for the twelve months before this one."""
    month = today.replace(day=1)
    rows = []
    for _ in range(12):
        end = month - timedelta(days=1)
        month = end.replace(day=1)
        for channel in REACH_CHANNELS[:5] + ("publications",):
            rows.append({"channel": channel, "metric": "distributed" if channel == "publications" else "views",
                         "period_start": month, "period_end": end, "value": rng.randrange(200, 6000),
                         "source": "بيانات تجريبية"})
    session.execute(insert(ReachFigure), rows)


def _visits_and_referrals(session: Session, rng: random.Random, today: date) -> None:
    visited = session.execute(select(Application.id, Application.beneficiary_id, Application.state,
                                     Application.submitted_at)
                              .where(Application.state.in_((State.VISIT_REQUESTED.value, State.VISIT_DONE.value)),
                                     Application.id.not_in(select(HomeVisit.application_id)))).all()
    if visited:
        session.execute(insert(HomeVisit), [
            {"application_id": a.id, "beneficiary_id": a.beneficiary_id,
             "scheduled_for": min(a.submitted_at.date() + timedelta(days=7), today),
             "status": "done" if a.state == State.VISIT_DONE.value else "scheduled",
             "visited_on": min(a.submitted_at.date() + timedelta(days=8), today)
             if a.state == State.VISIT_DONE.value else None} for a in visited])
    referred = session.execute(select(Application.id, Application.beneficiary_id, Application.submitted_at)
                               .where(Application.state == State.REFERRED.value,
                                      Application.id.not_in(select(Referral.application_id)
                                                            .where(Referral.application_id.is_not(None))))).all()
    if not referred:
        return
    partner = session.scalar(select(PartnerAssociation).where(PartnerAssociation.name == _PARTNER))
    if partner is None:
        partner = PartnerAssociation(name=_PARTNER, city="الرياض")
        session.add(partner)
        session.flush()
    session.execute(insert(Referral), [
        {"beneficiary_id": a.beneficiary_id, "application_id": a.id, "partner_id": partner.id,
         "direction": "in" if rng.random() < 0.25 else "out", "reason": "خارج اختصاص الجمعية",
         "created_at": a.submitted_at + timedelta(days=2), "updated_at": a.submitted_at + timedelta(days=2)}
        for a in referred])


def add_demo_activity(db: Database, actor: Actor, seed: int = 1, today: date | None = None) -> int:
    """Serve the demo's enrolled applicants and add the rest of a year's activity; returns the deliveries.

    Safe to run again after more demo people are added: applicants already served, visited or referred
    are left as they are."""
    rng = random.Random(seed)
    today = today or date.today()
    with db.session() as session:
        deliveries = _serve(session, rng, today, utcnow())
        _surveys(session, rng, deliveries, today)
        people = sorted({d["beneficiary_id"] for d in deliveries}) or list(
            session.scalars(select(Application.beneficiary_id).limit(200)))
        if people:
            _complaints_and_inquiries(session, rng, people, today)
        _reach(session, rng, today)
        _visits_and_referrals(session, rng, today)
        add_demo_appointments(session, rng, today)
        audit.record(session, actor, "demo.activity", "program", "", deliveries=len(deliveries), seed=seed)
    return len(deliveries)
