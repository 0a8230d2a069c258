"""Everything the association holds about one person, gathered for a data-subject request (PDPL).

The result is plain data (dicts and lists of str, int, Decimal, date, datetime) written as the JSON
copy and laid out as the PDF. Health is left out unless the requester may see it, and so are the
money figures; anonymous survey answers are not linked to anyone and cannot be included.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.models import (
    Application,
    ApplicationTransition,
    ContactEntry,
    Decision,
    Disclosure,
    FamilyMember,
    HealthRecord,
    HomeVisit,
    Housing,
    Inquiry,
    MoneyItem,
    NeedsAssessment,
    PartnerAssociation,
    Program,
    Referral,
    ServiceDelivery,
    StoredDocument,
    SurveyResponse,
    UserAccount,
)
from charity_desk.services.beneficiary_file import load_person

_PERSON = ("id", "first_name", "father_name", "grandfather_name", "family_name", "full_name", "national_id",
           "nationality", "gender", "birth_date", "marital_status", "mobile", "mobile_alt", "region", "city",
           "district", "street", "building_number", "postal_code", "additional_number", "unit", "short_address",
           "status", "verified_on", "created_at")


def _pick(row, names: tuple[str, ...]) -> dict:
    return {name: getattr(row, name) for name in names}


def _all(session: Session, statement) -> list:
    return list(session.scalars(statement))


def collect(session: Session, beneficiary_id: int, *, health: bool, money: bool) -> dict:
    person = load_person(session, beneficiary_id)
    staff = dict(tuple(row) for row in session.execute(select(UserAccount.id, UserAccount.full_name)))
    programs = dict(tuple(row) for row in session.execute(select(Program.id, Program.name)))
    partners = dict(tuple(row) for row in session.execute(select(PartnerAssociation.id, PartnerAssociation.name)))
    of_person = lambda model: model.beneficiary_id == beneficiary_id  # noqa: E731
    data: dict = {"person": _pick(person, _PERSON)}
    data["family"] = [
        _pick(m, ("full_name", "relation", "national_id", "gender", "birth_date", "schooling"))
        | ({"monthly_income": m.monthly_income} if money else {}) | ({"disability": m.disability} if health else {})
        for m in _all(session, select(FamilyMember).where(of_person(FamilyMember)).order_by(FamilyMember.id))]
    if money:
        data["income_and_expenses"] = [
            _pick(i, ("direction", "category", "description", "monthly_amount"))
            for i in _all(session, select(MoneyItem).where(of_person(MoneyItem)).order_by(MoneyItem.id))]
    housing = session.get(Housing, beneficiary_id)
    data["housing"] = (_pick(housing, ("tenure", "kind", "rooms", "condition", "notes"))
                       | ({"monthly_rent": housing.monthly_rent} if money else {})) if housing else {}
    if health:
        record = session.get(HealthRecord, beneficiary_id)
        data["health"] = _pick(record, ("chronic_conditions", "disability", "medications", "notes")) if record else {}
    data["needs_assessments"] = [
        {"assessed_at": n.assessed_at, "score": n.score, "band": n.band, "answers": json.loads(n.answers)}
        for n in _all(session, select(NeedsAssessment).where(of_person(NeedsAssessment))
                      .order_by(NeedsAssessment.assessed_at))]
    data["documents"] = [
        _pick(d, ("kind", "original_name", "size_bytes", "sha256", "added_at"))
        for d in _all(session, select(StoredDocument).where(of_person(StoredDocument)).order_by(StoredDocument.id))]
    data["contacts"] = [
        _pick(c, ("at", "kind", "channel", "reason", "asked", "answered")) | {"staff": staff.get(c.staff_id, "")}
        for c in _all(session, select(ContactEntry).where(of_person(ContactEntry)).order_by(ContactEntry.at))]
    data["inquiries"] = [
        _pick(i, ("received_at", "channel", "question", "answer", "answered_at"))
        for i in _all(session, select(Inquiry).where(of_person(Inquiry)).order_by(Inquiry.received_at))]
    applications = _all(session, select(Application).where(of_person(Application)).order_by(Application.id))
    data["applications"] = [_application(session, a, programs, staff, money) for a in applications]
    data["visits"] = [
        _pick(v, ("scheduled_for", "status", "visited_on", "findings", "recommendation"))
        for v in _all(session, select(HomeVisit).where(of_person(HomeVisit)).order_by(HomeVisit.scheduled_for))]
    data["services_received"] = [
        _pick(s, ("delivered_on", "kind", "items", "quantity")) | {"program": programs.get(s.program_id, "")}
        | ({"amount": s.amount} if money else {})
        for s in _all(session, select(ServiceDelivery).where(of_person(ServiceDelivery))
                      .order_by(ServiceDelivery.delivered_on))]
    data["surveys"] = [
        _pick(s, ("answered_on", "channel", "satisfied", "comment")) | {"program": programs.get(s.program_id, ""),
                                                                       "answers": json.loads(s.answers)}
        for s in _all(session, select(SurveyResponse).where(of_person(SurveyResponse))
                      .order_by(SurveyResponse.answered_on))]
    data["referrals"] = [
        _pick(r, ("direction", "reason", "status", "outcome", "informed_on", "created_at"))
        | {"partner": partners.get(r.partner_id, "")}
        for r in _all(session, select(Referral).where(of_person(Referral)).order_by(Referral.id))]
    data["disclosures"] = [
        _pick(d, ("shared_at", "recipient", "basis")) | {"items": json.loads(d.items),
                                                         "shared_by": staff.get(d.shared_by_id, "")}
        for d in _all(session, select(Disclosure).where(of_person(Disclosure)).order_by(Disclosure.shared_at))]
    return data


def _application(session: Session, application: Application, programs: dict, staff: dict, money: bool) -> dict:
    history = _all(session, select(ApplicationTransition).where(
        ApplicationTransition.application_id == application.id).order_by(ApplicationTransition.at))
    decisions = _all(session, select(Decision).where(Decision.application_id == application.id)
                     .order_by(Decision.recorded_at))
    return _pick(application, ("number", "state", "channel", "submitted_at", "decided_at", "consent_method",
                               "consent_at", "instructions_version", "guardian_name", "guardian_national_id")) | {
        "program": programs.get(application.program_id, ""),
        "history": [_pick(t, ("at", "from_state", "to_state", "reason")) | {"by": staff.get(t.user_id, "")}
                    for t in history],
        "decisions": [_pick(d, ("recorded_at", "outcome", "service", "duration_months", "reason_text", "missing",
                                "rationale")) | ({"amount": d.amount} if money else {}) for d in decisions],
    }
