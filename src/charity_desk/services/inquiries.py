"""Inquiries from anyone (clause 3-3): logged with channel, answered, timed; and the answer library."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import AnswerTemplate, Inquiry, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.phone import normalize_mobile
from charity_desk.domain.roles import Permission
from charity_desk.reference import channels
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound
from charity_desk.services.free_text_entry import refuse_formulas, texts_of
from charity_desk.services.permission_guard import open_to_signed_in, requires


@dataclass(frozen=True)
class InquiryInput:
    channel: str
    question: str
    person_name: str = ""
    phone: str = ""
    beneficiary_id: int | None = None
    answer: str = ""
    answer_template_id: int | None = None


@dataclass(frozen=True)
class InquiryView:
    id: int
    received_at: datetime
    channel: str
    person_name: str
    phone: str
    question: str
    answer: str
    answered_at: datetime | None
    answered_by: str

    @property
    def response_minutes(self) -> int | None:
        if self.answered_at is None:
            return None
        return int((self.answered_at - self.received_at).total_seconds() // 60)


@dataclass(frozen=True)
class AnswerTemplateView:
    id: int
    title: str
    question: str
    answer: str


def _error(text: str, field: str) -> DomainError:
    return DomainError(Message("Inquiries", text), field=field)


class InquiryService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_EDIT)
    def log(self, data: InquiryInput) -> int:
        """Register an inquiry; with an answer it is answered at once (response time zero)."""
        refuse_formulas(*texts_of(data, "question", "answer", "person_name"))
        errors = []
        if data.channel not in {c.code for c in channels()}:
            errors.append(
                _error(QT_TRANSLATE_NOOP("Inquiries", "Choose the channel of the inquiry."), "channel")
            )
        if not data.question.strip():
            errors.append(
                _error(QT_TRANSLATE_NOOP("Inquiries", "Write the question that was asked."), "question")
            )
        phone = ""
        if data.phone.strip():
            try:
                phone = normalize_mobile(data.phone)
            except DomainError as error:
                errors.append(error)
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            now = utcnow()
            inquiry = Inquiry(
                received_at=now,
                channel=data.channel,
                person_name=data.person_name.strip(),
                phone=phone,
                beneficiary_id=data.beneficiary_id,
                question=data.question.strip(),
            )
            if data.answer.strip():
                inquiry.answer, inquiry.answered_at = data.answer.strip(), now
                inquiry.answered_by_id, inquiry.answer_template_id = (
                    self._actor.user_id,
                    data.answer_template_id,
                )
            session.add(inquiry)
            session.flush()
            audit.record(session, self._actor, "inquiry.logged", "inquiry", inquiry.id, channel=data.channel)
            return inquiry.id

    @requires(Permission.BENEFICIARY_EDIT)
    def answer(self, inquiry_id: int, answer: str, template_id: int | None = None) -> None:
        refuse_formulas(("answer", answer))
        if not answer.strip():
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("Inquiries", "Write the answer given."), "answer")])
        with self._db.session() as session:
            inquiry = session.get(Inquiry, inquiry_id)
            if inquiry is None:
                raise NotFound("inquiry", inquiry_id)
            inquiry.answer, inquiry.answered_at = answer.strip(), utcnow()
            inquiry.answered_by_id, inquiry.answer_template_id = self._actor.user_id, template_id
            audit.record(session, self._actor, "inquiry.answered", "inquiry", inquiry_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def recent(self, limit: int = 200, open_only: bool = False) -> list[InquiryView]:
        statement = (
            select(Inquiry, UserAccount.full_name)
            .outerjoin(UserAccount, UserAccount.id == Inquiry.answered_by_id)
            .order_by(Inquiry.received_at.desc())
            .limit(limit)
        )
        if open_only:
            statement = statement.where(Inquiry.answered_at.is_(None))
        with self._db.read_session() as session:
            return [
                InquiryView(
                    i.id,
                    i.received_at,
                    i.channel,
                    i.person_name,
                    i.phone,
                    i.question,
                    i.answer,
                    i.answered_at,
                    name or "",
                )
                for i, name in session.execute(statement)
            ]

    @open_to_signed_in("stock answers staff pick from; they hold no one's data")
    def templates(self) -> list[AnswerTemplateView]:
        with self._db.read_session() as session:
            rows = session.scalars(
                select(AnswerTemplate).where(AnswerTemplate.active).order_by(AnswerTemplate.title)
            )
            return [AnswerTemplateView(t.id, t.title, t.question, t.answer) for t in rows]

    @requires(Permission.BENEFICIARY_EDIT)
    def save_template(
        self, title: str, answer: str, question: str = "", template_id: int | None = None
    ) -> int:
        refuse_formulas(("title", title), ("question", question), ("answer", answer))
        errors = []
        if not title.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Inquiries", "Give the answer a short title."), "title"))
        if not answer.strip():
            errors.append(_error(QT_TRANSLATE_NOOP("Inquiries", "Write the answer given."), "answer"))
        if errors:
            raise InvalidInput(errors)
        with self._db.session() as session:
            template = session.get(AnswerTemplate, template_id) if template_id else AnswerTemplate()
            if template is None:
                raise NotFound("answer_template", template_id)
            template.title, template.question, template.answer = (
                title.strip(),
                question.strip(),
                answer.strip(),
            )
            session.add(template)
            session.flush()
            audit.record(session, self._actor, "answer_template.saved", "answer_template", template.id)
            return template.id

    @requires(Permission.BENEFICIARY_EDIT)
    def retire_template(self, template_id: int) -> None:
        with self._db.session() as session:
            template = session.get(AnswerTemplate, template_id)
            if template is None:
                raise NotFound("answer_template", template_id)
            template.active = False
            audit.record(session, self._actor, "answer_template.retired", "answer_template", template_id)
