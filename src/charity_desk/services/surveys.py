"""Satisfaction surveys (clauses 3-4, 3-5, 5-9): taken at the desk, by phone or on paper, optionally
anonymous, and summed up as indicators for improvement — never as a ranking of staff."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Numeric, Text, case, cast, func, select, true
from sqlalchemy.dialects.postgresql import JSONB

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, Program, SurveyRequest, SurveyResponse, UserAccount
from charity_desk.domain.free_text import free_text_errors
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.reference import survey_templates
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError
from charity_desk.services.permission_guard import requires

CHANNELS = ("desk", "phone", "paper")


@dataclass(frozen=True)
class PendingSurvey:
    id: int
    beneficiary_name: str
    program: str
    questionnaire: str


@dataclass(frozen=True)
class SurveyResults:
    requests: int
    responses: int
    satisfied: int
    averages: dict[str, float]
    comments: tuple[str, ...]

    @property
    def response_rate(self) -> float:
        return self.responses / self.requests if self.requests else 0.0

    @property
    def satisfied_share(self) -> float:
        return self.satisfied / self.responses if self.responses else 0.0


def check_answers(questionnaire: dict, answers: dict[str, object]) -> bool:
    """Validate Likert answers (1-5) and return whether the person is satisfied.

    Every unanswered question is reported at once, so the form can mark them all together.
    """
    errors = [DomainError(Message("Surveys", QT_TRANSLATE_NOOP(
        "Surveys", "Choose an answer from 1 to 5 for «{question}»."), {"question": question["text_ar"]}),
        field=question["code"]) for question in questionnaire["questions"]
        if question["kind"] == "likert" and not (isinstance(answers.get(question["code"]), int)
                                                 and 1 <= answers[question["code"]] <= 5)]
    if errors:
        raise InvalidInput(errors)
    return answers[questionnaire["satisfied_question"]] >= questionnaire["satisfied_from"]


def _likert_averages(session, kept: list):
    """The average of each question's whole-number answers over the responses ``kept``, computed by the
    database from each response's JSON answers (one row per question, never the responses themselves)."""
    if session.get_bind().dialect.name == "postgresql":
        answers = func.jsonb_each(cast(SurveyResponse.answers, JSONB)).table_valued("key", "value")
        whole = func.jsonb_typeof(answers.c.value) == "number"
        value = cast(cast(answers.c.value, Text), Numeric)
    else:
        answers = func.json_each(SurveyResponse.answers).table_valued("key", "value", "type")
        whole = answers.c.type == "integer"
        value = answers.c.value
    return (select(answers.c.key, func.avg(value)).select_from(SurveyResponse).join(answers, true())
            .where(whole, *kept).group_by(answers.c.key))


class SurveyService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def pending(self, limit: int = 500) -> list[PendingSurvey]:
        statement = (select(SurveyRequest.id, Beneficiary.full_name, Program.name, SurveyRequest.questionnaire)
                     .join(Beneficiary, Beneficiary.id == SurveyRequest.beneficiary_id)
                     .join(Program, Program.id == SurveyRequest.program_id)
                     .where(SurveyRequest.status == "pending").order_by(SurveyRequest.id).limit(limit))
        with self._db.read_session() as session:
            return [PendingSurvey(*row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_EDIT)
    def record(self, request_id: int, answers: dict[str, object], channel: str, anonymous: bool,
               answered_on: date | None = None) -> None:
        """Store the answers; an anonymous response keeps no link to the person."""
        if channel not in CHANNELS:
            raise InvalidInput([DomainError(Message("Surveys", QT_TRANSLATE_NOOP(
                "Surveys", "Choose how the answers were taken.")), field="channel")])
        if errors := free_text_errors((str(code), str(text)) for code, text in answers.items()):
            raise InvalidInput(errors)
        with self._db.session() as session:
            request = session.get(SurveyRequest, request_id)
            if request is None:
                raise NotFound("survey", request_id)
            if request.status != "pending":
                raise ServiceError(Message("Surveys", QT_TRANSLATE_NOOP(
                    "Surveys", "This survey has already been answered.")))
            questionnaire = survey_templates()[request.questionnaire]
            satisfied = check_answers(questionnaire, answers)
            comment = " ".join(str(answers.get(q["code"], "")).strip() for q in questionnaire["questions"]
                               if q["kind"] == "text").strip()
            session.add(SurveyResponse(program_id=request.program_id, session_id=request.session_id,
                                       staff_id=request.staff_id,
                                       beneficiary_id=None if anonymous else request.beneficiary_id,
                                       questionnaire=request.questionnaire, answered_on=answered_on or date.today(),
                                       channel=channel, answers=json.dumps(answers, ensure_ascii=False),
                                       satisfied=satisfied, comment=comment))
            request.status = "answered"
            audit.record(session, self._actor, "survey.answered", "survey", request_id, anonymous=anonymous)

    @requires(Permission.BENEFICIARY_EDIT)
    def decline(self, request_id: int) -> None:
        with self._db.session() as session:
            request = session.get(SurveyRequest, request_id)
            if request is None:
                raise NotFound("survey", request_id)
            request.status = "declined"
            audit.record(session, self._actor, "survey.declined", "survey", request_id)

    @requires(Permission.REPORTS_VIEW)
    def staff(self) -> list[tuple[int, str]]:
        """(id, name) of the staff who served people asked for a survey: the results' optional filter."""
        statement = (select(UserAccount.id, UserAccount.full_name).where(UserAccount.id.in_(
            select(SurveyRequest.staff_id).where(SurveyRequest.staff_id.is_not(None)))).order_by(UserAccount.full_name))
        with self._db.read_session() as session:
            return [tuple(row) for row in session.execute(statement)]

    @requires(Permission.REPORTS_VIEW)
    def results(self, program_id: int | None = None, start: date | None = None, end: date | None = None,
                staff_id: int | None = None) -> SurveyResults:
        """Response rate, share satisfied, average per Likert question and the comments."""
        requests = select(func.count(SurveyRequest.id))
        kept = []
        for column_request, column_response, value in (
                (SurveyRequest.program_id, SurveyResponse.program_id, program_id),
                (SurveyRequest.staff_id, SurveyResponse.staff_id, staff_id)):
            if value is not None:
                requests = requests.where(column_request == value)
                kept.append(column_response == value)
        if start is not None:
            kept.append(SurveyResponse.answered_on >= start)
            requests = requests.where(func.date(SurveyRequest.created_at) >= start)
        if end is not None:
            kept.append(SurveyResponse.answered_on <= end)
            requests = requests.where(func.date(SurveyRequest.created_at) <= end)
        with self._db.read_session() as session:
            total_requests = session.scalar(requests) or 0
            responses, satisfied = session.execute(select(
                func.count(SurveyResponse.id), func.coalesce(func.sum(case((SurveyResponse.satisfied, 1), else_=0)), 0))
                .where(*kept)).one()
            averages = {code: round(float(average), 2)
                        for code, average in session.execute(_likert_averages(session, kept))}
            comments = tuple(session.scalars(select(SurveyResponse.comment).where(SurveyResponse.comment != "", *kept)
                                             .order_by(SurveyResponse.id)))
        return SurveyResults(total_requests, responses, satisfied, averages, comments)
