"""Referring a request to the competent association (clause 5-10), and following up its outcome.

A referral is one unit of work: the referral itself, the disclosure-log entry for the data shared
(PDPL), the numbered referral letter, and the end of the application it came from are saved
together or not at all.  The policy says the beneficiary is told, so a referral the beneficiary
was not told about is refused.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.index_hints import using_index
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Disclosure,
    IssuedLetter,
    PartnerAssociation,
    Referral,
    UserAccount,
)
from charity_desk.domain import application_flow as flow
from charity_desk.domain.application_flow import State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.applications import move_application
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError, StaleRecord
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.letters import issue_letter
from charity_desk.services.partners import clean_partner, partner_view
from charity_desk.services.permission_guard import requires
from charity_desk.services.referral_views import (
    FINAL_STATUSES,
    SHARED_ITEMS,
    STATUSES,
    DisclosureView,
    PartnerInput,
    PartnerView,
    ReferralView,
)

#: The legal basis written in the disclosure log; official records are kept in Arabic.
BASIS = "إحالة إلى الجهة المختصة وفق البند (5-10) من سياسة تنظيم العلاقة مع المستفيدين، بعد إبلاغ المستفيد"
#: Printed in the letter in place of a data item the beneficiary's file was not shared for.
NOT_SHARED = "—"


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Referrals", text, params), field=field)


def _check_referral(reason: str, items: list[str], informed: bool, follow_up_on: date | None, today: date) -> None:
    errors = []
    if not informed:
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Tell the beneficiary about the referral first: the "
                                                            "policy requires it (clause 5-10)."),
                             "beneficiary_informed"))
    if not reason.strip():
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Write why the request is referred."), "reason"))
    if not items or not set(items) <= SHARED_ITEMS.keys():
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Choose the data shared with the other association."),
                             "shared_items"))
    elif "name" not in items:
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "The name is always shared: the referral letter "
                                                            "carries it."), "shared_items"))
    if follow_up_on is not None and follow_up_on < today:
        errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "The follow-up date cannot be in the past."),
                             "follow_up_on"))
    if errors:
        raise InvalidInput(errors)


def referral_input_errors(reason: str, items: list[str], informed: bool, follow_up_on: date | None,
                          today: date) -> dict[str, Message]:
    """What ``refer`` would refuse in the form itself, every field at once (a form lists these with its
    own errors before anything is saved)."""
    try:
        _check_referral(reason, items, informed, follow_up_on, today)
    except InvalidInput as refused:
        return refused.fields
    return {}


def _open_application(session: Session, application_id: int, beneficiary_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None or application.beneficiary_id != beneficiary_id:
        raise NotFound("application", application_id)
    state = State(application.state)
    if State.REFERRED not in flow.next_states(state):
        raise ServiceError(Message("Referrals", QT_TRANSLATE_NOOP(
            "Referrals", "Application {number} is «{state}» and can no longer be referred."),
            {"number": application.number, "state": flow.state_name(state)}), field="application")
    return application


def _referral_statement() -> Select:
    """Referrals with their letter, found through the letters' referral index (most letters are no
    referral's, so ANALYZE would have SQLite scan every letter for each referral: ``db.index_hints``)."""
    return using_index(
        select(Referral, Beneficiary.full_name, PartnerAssociation.name, Application.number, IssuedLetter.id,
               IssuedLetter.reference_number, IssuedLetter.issued_on)
        .join(Beneficiary, Beneficiary.id == Referral.beneficiary_id)
        .join(PartnerAssociation, PartnerAssociation.id == Referral.partner_id)
        .outerjoin(Application, Application.id == Referral.application_id)
        .outerjoin(IssuedLetter, IssuedLetter.referral_id == Referral.id),
        IssuedLetter.__table__, "ix_issued_letter_referral_id")


def _referral_view(row) -> ReferralView:
    referral, person, partner, number, letter_id, reference, issued_on = row
    return ReferralView(referral.id, referral.version_id, referral.beneficiary_id, person, partner, referral.reason,
                        referral.status, referral.outcome, issued_on or referral.created_at.date(),
                        referral.follow_up_on, number or "", letter_id, reference or "")


class ReferralService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    # The partners directory ----------------------------------------------------------------
    @requires(Permission.APPLICATION_EDIT)
    def save_partner(self, data: PartnerInput, partner_id: int | None = None,
                     expected_version: int | None = None) -> int:
        refuse_formulas(*texts_of(data, "name", "services", "city", "contact_person"))
        with self._db.session() as session:
            values = clean_partner(session, data, partner_id)
            partner = session.get(PartnerAssociation, partner_id) if partner_id else PartnerAssociation()
            if partner is None:
                raise NotFound("partner", partner_id)
            if expected_version is not None and partner.version_id != expected_version:
                raise StaleRecord()
            for name, value in values.items():
                setattr(partner, name, value)
            session.add(partner)
            session.flush()
            audit.record(session, self._actor, "partner.saved", "partner", partner.id)
            return partner.id

    @requires(Permission.BENEFICIARY_VIEW)
    def partners(self, include_inactive: bool = False) -> list[PartnerView]:
        statement = select(PartnerAssociation).order_by(PartnerAssociation.name)
        if not include_inactive:
            statement = statement.where(PartnerAssociation.active)
        with self._db.read_session() as session:
            return [partner_view(row) for row in session.scalars(statement)]

    @requires(Permission.APPLICATION_EDIT)
    def deactivate_partner(self, partner_id: int) -> None:
        """Take an association out of the choices; its past referrals keep pointing at it."""
        with self._db.session() as session:
            partner = session.get(PartnerAssociation, partner_id)
            if partner is None:
                raise NotFound("partner", partner_id)
            partner.active = False
            audit.record(session, self._actor, "partner.deactivated", "partner", partner_id)

    # Referrals -----------------------------------------------------------------------------
    @requires(Permission.APPLICATION_EDIT)
    def refer(self, beneficiary_id: int, partner_id: int, reason: str, shared_items: list[str],
              beneficiary_informed: bool, application_id: int | None = None, follow_up_on: date | None = None,
              today: date | None = None) -> int:
        """Refer the person to ``partner_id``; returns the referral's id (its view names the letter)."""
        refuse_formulas(("reason", reason))
        today = today or date.today()
        items = [code for code in SHARED_ITEMS if code in shared_items]
        _check_referral(reason, list(shared_items), beneficiary_informed, follow_up_on, today)
        with self._db.session() as session:
            person = session.get(Beneficiary, beneficiary_id)
            if person is None:
                raise NotFound("beneficiary", beneficiary_id)
            partner = session.get(PartnerAssociation, partner_id)
            if partner is None or not partner.active:
                raise NotFound("partner", partner_id)
            application = _open_application(session, application_id, person.id) if application_id else None
            referral = Referral(beneficiary_id=person.id, application_id=application_id, partner_id=partner.id,
                                reason=reason.strip(), beneficiary_informed=True, informed_on=today,
                                follow_up_on=follow_up_on, created_by_id=self._actor.user_id)
            session.add(referral)
            session.flush()
            disclosure = Disclosure(beneficiary_id=person.id, recipient=partner.name, basis=BASIS,
                                    items=json.dumps(items), referral_id=referral.id, shared_by_id=self._actor.user_id)
            session.add(disclosure)
            session.flush()
            values = {"beneficiary_name": person.full_name, "reason": reason.strip(), "partner": partner.name,
                      "national_id": person.national_id if "national_id" in items else NOT_SHARED}
            try:
                issue_letter(session, self._actor, "referral", values, partner.name, person.id, today,
                             referral_id=referral.id)
            except (KeyError, IndexError, ValueError) as error:
                raise ServiceError(Message("Referrals", QT_TRANSLATE_NOOP(
                    "Referrals", "The referral letter's wording cannot be filled in; correct the template in "
                                 "Settings. Nothing was saved."))) from error
            if application is not None:
                move_application(session, self._actor, application, State.REFERRED, reason)
            audit.record(session, self._actor, "referral.created", "referral", referral.id, partner=partner.id,
                         application=application_id)
            audit.record(session, self._actor, "disclosure.recorded", "disclosure", disclosure.id,
                         beneficiary=person.id, referral=referral.id, items=items)
            return referral.id

    @requires(Permission.APPLICATION_EDIT)
    def record_outcome(self, referral_id: int, status: str, outcome: str, expected_version: int | None = None,
                       follow_up_on: date | None = None, today: date | None = None) -> None:
        """What the other association did; an answer ends the follow-up, otherwise it can be moved on."""
        refuse_formulas(("outcome", outcome))
        errors = []
        if status not in STATUSES:
            errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Choose what became of the referral."), "status"))
        elif status != "sent" and not outcome.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "Write what the other association answered or did."),
                                 "outcome"))
        if follow_up_on is not None and follow_up_on < (today or date.today()):
            errors.append(_error(QT_TRANSLATE_NOOP("Referrals", "The follow-up date cannot be in the past."),
                                 "follow_up_on"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            referral = session.get(Referral, referral_id)
            if referral is None:
                raise NotFound("referral", referral_id)
            if expected_version is not None and referral.version_id != expected_version:
                raise StaleRecord()
            referral.status, referral.outcome = status, outcome.strip()
            if status in FINAL_STATUSES:
                referral.follow_up_on = None
            elif follow_up_on is not None:
                referral.follow_up_on = follow_up_on
            audit.record(session, self._actor, "referral.outcome", "referral", referral_id, status=status)

    @requires(Permission.BENEFICIARY_VIEW)
    def due_follow_ups(self, today: date | None = None) -> list[ReferralView]:
        """Open referrals whose follow-up date has come, the most overdue first."""
        statement = (_referral_statement()
                     .where(Referral.follow_up_on <= (today or date.today()),
                            Referral.status.not_in(FINAL_STATUSES))
                     .order_by(Referral.follow_up_on, Referral.id))
        with self._db.read_session() as session:
            return [_referral_view(row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def for_beneficiary(self, beneficiary_id: int) -> list[ReferralView]:
        statement = _referral_statement().where(Referral.beneficiary_id == beneficiary_id).order_by(Referral.id.desc())
        with self._db.read_session() as session:
            return [_referral_view(row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_VIEW)
    def disclosures(self, beneficiary_id: int) -> list[DisclosureView]:
        """The person's disclosure log (PDPL): to whom, on what basis, which items; newest first."""
        statement = (select(Disclosure, UserAccount.full_name)
                     .outerjoin(UserAccount, UserAccount.id == Disclosure.shared_by_id)
                     .where(Disclosure.beneficiary_id == beneficiary_id).order_by(Disclosure.id.desc()))
        with self._db.read_session() as session:
            return [DisclosureView(d.id, d.shared_at, d.recipient, d.basis, tuple(json.loads(d.items)), by or "")
                    for d, by in session.execute(statement)]
