"""Decision and referral letters: wording from templates, numbered per year, entered in the
outgoing-correspondence register, printed as PDF, and checkable by their verification code."""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    Committee,
    Decision,
    IssuedLetter,
    LetterTemplate,
    Meeting,
    Program,
)
from charity_desk.documents.amounts import amount_phrase
from charity_desk.documents.fonts import register_fonts
from charity_desk.documents.letter import Letter, render_letters
from charity_desk.domain.counting import OBLIQUE, count_arabic
from charity_desk.domain.dates import format_dual, to_hijri
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.domain.wording import fill_wording
from charity_desk.reference import default_letter_templates, rejection_reasons
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError
from charity_desk.services.letter_codes import letter_code, normalize_code, signing_key
from charity_desk.services.letterhead import load_letterhead
from charity_desk.services.permission_guard import open_to_signed_in, requires
from charity_desk.services.sequences import next_in_sequence

KIND_FOR_OUTCOME = {"accepted": "acceptance", "rejected": "rejection", "deferred": "deferral"}
PLACEHOLDERS = {
    "acceptance": {"program", "application_number", "committee", "meeting_number", "meeting_date", "award",
                   "beneficiary_name", "national_id"},
    "rejection": {"program", "application_number", "committee", "meeting_number", "meeting_date", "reason",
                  "beneficiary_name", "national_id"},
    "deferral": {"program", "application_number", "committee", "meeting_number", "meeting_date", "missing",
                 "beneficiary_name", "national_id"},
    "referral": {"beneficiary_name", "national_id", "reason", "partner"},
}


@dataclass(frozen=True)
class LetterCheck:
    genuine: bool
    found: bool
    reference_number: str = ""
    issued_on: date | None = None
    addressee: str = ""
    subject: str = ""


@dataclass(frozen=True)
class RegisterRow:
    id: int
    reference_number: str
    issued_on: date
    kind: str
    addressee: str
    subject: str


def _used_placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def template_for(session: Session, kind: str) -> tuple[str, str]:
    row = session.get(LetterTemplate, kind)
    if row is not None:
        return row.subject, row.body
    default = default_letter_templates()[kind]
    return default["subject"], default["body"]


def issue_letter(session: Session, actor: Actor, kind: str, values: dict[str, str], addressee: str,
                 beneficiary_id: int | None, issued_on: date, decision_id: int | None = None,
                 referral_id: int | None = None) -> IssuedLetter:
    """Number, word and register one letter inside the caller's transaction."""
    subject, body = template_for(session, kind)
    year = to_hijri(issued_on).year
    letter = IssuedLetter(
        reference_number=f"{year}/{next_in_sequence(session, f'letter:{year}'):06d}", kind=kind, issued_on=issued_on,
        beneficiary_id=beneficiary_id, decision_id=decision_id, referral_id=referral_id, addressee=addressee,
        subject=fill_wording(subject, values), issued_by_id=actor.user_id,
        body=json.dumps([p for p in fill_wording(body, values).split("\n") if p.strip()], ensure_ascii=False),
        verification_code="",
    )
    session.add(letter)
    session.flush()
    letter.verification_code = letter_code(signing_key(session), letter)
    audit.record(session, actor, "letter.issued", "letter", letter.id, kind=kind,
                 reference=letter.reference_number)
    return letter


def _award(decision: Decision) -> str:
    parts = []
    if decision.amount is not None:
        parts.append(f"وذلك بصرف مبلغ {amount_phrase(decision.amount)}")
    if decision.service:
        parts.append(f"لتقديم: {decision.service}")
    if decision.duration_months:
        parts.append(f"لمدة {count_arabic(decision.duration_months, 'month', OBLIQUE)}")
    return " ".join(parts) + ("." if parts else "")


def _reason(decision: Decision) -> str:
    label = next((r.label_ar for r in rejection_reasons() if r.code == decision.reason_code), "")
    return "، ".join(p for p in (label if decision.reason_code != "other" else "", decision.reason_text) if p)


def prepare_documents() -> None:
    """Load the fonts the documents embed (about 60 ms) before the first letter is asked for.

    The desk calls it off the GUI thread at sign-in, so the first letter prints as fast as the next.
    """
    register_fonts()


def _form_of_address(letter: IssuedLetter, genders: dict[int, str]) -> str:
    """«السادة» for an association (a referral), else «المكرم» or «المكرمة» by the person's gender."""
    if letter.kind == "referral":
        return "السادة"
    return "المكرمة" if genders.get(letter.beneficiary_id) == "female" else "المكرم"


class LetterService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @open_to_signed_in("the letters' wording, shown before a letter is issued; no one's data")
    def templates(self) -> dict[str, tuple[str, str]]:
        with self._db.read_session() as session:
            return {kind: template_for(session, kind) for kind in PLACEHOLDERS}

    @requires(Permission.SETTINGS_MANAGE)
    def save_template(self, kind: str, subject: str, body: str) -> None:
        """Change a letter's wording; only the placeholders that kind of letter knows may be used."""
        unknown = (_used_placeholders(subject) | _used_placeholders(body)) - PLACEHOLDERS[kind]
        if unknown or not subject.strip() or not body.strip():
            raise InvalidInput([DomainError(Message("Letters", QT_TRANSLATE_NOOP(
                "Letters", "The template may use only these fields: {allowed}. Unknown: {unknown}."),
                {"allowed": ", ".join(sorted(PLACEHOLDERS[kind])), "unknown": ", ".join(sorted(unknown)) or "—"}),
                field="body")])
        with self._db.session() as session:
            row = session.get(LetterTemplate, kind) or LetterTemplate(kind=kind)
            row.subject, row.body = subject.strip(), body.strip()
            session.add(row)
            audit.record(session, self._actor, "letter_template.saved", "letter_template", kind)

    @requires(Permission.COMMITTEE_DECIDE)
    def issue_for_meeting(self, meeting_id: int, issued_on: date | None = None) -> list[int]:
        """A letter for every decision of a closed meeting that has none yet; returns all its letters."""
        with self._db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("meeting", meeting_id)
            if meeting.status != "closed":
                raise ServiceError(Message("Letters", QT_TRANSLATE_NOOP(
                    "Letters", "Close the meeting first: letters are issued for final decisions only.")))
            committee = session.get(Committee, meeting.committee_id)
            letters = []
            for decision in session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                                            .order_by(Decision.id)):
                existing = session.scalar(select(IssuedLetter.id).where(IssuedLetter.decision_id == decision.id))
                if existing is not None:
                    letters.append(existing)
                    continue
                application = session.get(Application, decision.application_id)
                person = session.get(Beneficiary, application.beneficiary_id)
                program = session.get(Program, application.program_id)
                values = {"program": program.name, "application_number": application.number,
                          "committee": committee.name, "meeting_number": meeting.number,
                          "meeting_date": format_dual(meeting.held_on), "award": _award(decision),
                          "reason": _reason(decision), "missing": decision.missing,
                          "beneficiary_name": person.full_name, "national_id": person.national_id}
                letter = issue_letter(session, self._actor, KIND_FOR_OUTCOME[decision.outcome], values,
                                      person.full_name, person.id, issued_on or date.today(), decision_id=decision.id)
                letters.append(letter.id)
            return letters

    @requires(Permission.BENEFICIARY_VIEW)
    def render(self, letter_ids: list[int], progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> bytes:
        """The letters as one PDF, in the order given; printing is audited."""
        with self._db.session() as session:
            head, signatory, policy = load_letterhead(session)
            rows = {row.id: row for row in session.scalars(select(IssuedLetter).where(IssuedLetter.id.in_(letter_ids)))}
            if missing := [i for i in letter_ids if i not in rows]:
                raise NotFound("letter", missing[0])
            genders = dict(session.execute(select(Beneficiary.id, Beneficiary.gender).where(
                Beneficiary.id.in_({row.beneficiary_id for row in rows.values() if row.beneficiary_id}))).all())
            letters = [Letter(reference_number=row.reference_number, issue_date=row.issued_on, subject=row.subject,
                              addressee=row.addressee, addressee_title=_form_of_address(row, genders),
                              body=json.loads(row.body), signatory_name=signatory.name,
                              signatory_title=signatory.title, verification_code=row.verification_code,
                              qr_payload=f"CHARITY-DESK:{row.reference_number}:{row.verification_code}",
                              footer_note=f"صدر وفق سياسة تنظيم العلاقة مع المستفيدين المعتمدة {policy}".strip()
                              if policy else "")
                       for row in (rows[i] for i in letter_ids if i in rows)]
            audit.record(session, self._actor, "letters.printed", "letter", "", count=len(letters))
        return render_letters(head, letters, progress=progress, cancelled=cancelled)

    @open_to_signed_in("anyone at the desk may check the code printed on a letter presented to them; audited")
    def verify(self, typed_code: str) -> LetterCheck:
        """Whether a letter bearing this code was issued here, and was not altered since."""
        code = normalize_code(typed_code)
        with self._db.session() as session:
            letter = session.scalar(select(IssuedLetter).where(IssuedLetter.verification_code == code))
            audit.record(session, self._actor, "letter.verified", "letter", letter.id if letter else "",
                         found=letter is not None)
            if letter is None:
                return LetterCheck(genuine=False, found=False)
            genuine = letter_code(signing_key(session), letter) == code
            return LetterCheck(genuine, True, letter.reference_number, letter.issued_on, letter.addressee,
                               letter.subject)

    @requires(Permission.BENEFICIARY_VIEW)
    def register(self, limit: int = 500) -> list[RegisterRow]:
        """The outgoing-correspondence register, newest first."""
        with self._db.read_session() as session:
            return [RegisterRow(r.id, r.reference_number, r.issued_on, r.kind, r.addressee, r.subject)
                    for r in session.scalars(select(IssuedLetter).order_by(IssuedLetter.id.desc()).limit(limit))]

    @requires(Permission.BENEFICIARY_VIEW)
    def for_meeting(self, meeting_id: int) -> list[int]:
        with self._db.read_session() as session:
            return list(session.scalars(select(IssuedLetter.id).join(Decision, Decision.id == IssuedLetter.decision_id)
                                        .where(Decision.meeting_id == meeting_id).order_by(IssuedLetter.id)))
