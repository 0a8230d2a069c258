"""Surveys owed (one per person served in an ended session) and what people wrote in the answered
ones, as lists read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, Program, SurveyRequest, SurveyResponse
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.surveys import PendingSurvey


def _pending(row) -> PendingSurvey:
    return PendingSurvey(*row)


def pending_surveys(db: Database, actor: Actor) -> KeysetList:
    """The surveys still waiting for an answer, the oldest first."""
    # ``status || ''`` keeps SQLite off the status index for the page: walking the requests in order reads
    # a page of them, where the index (the choice of the newer SQLite inside SQLCipher) fetched every
    # pending request's person and sorted them all, some 3,000 pages at 200,000 people.  The count reads
    # that index alone.
    pending = SurveyRequest.status.concat(literal_column("''")) == "pending"
    statement = (select(SurveyRequest.id, Beneficiary.full_name, Program.name, SurveyRequest.questionnaire)
                 .join(Beneficiary, Beneficiary.id == SurveyRequest.beneficiary_id)
                 .join(Program, Program.id == SurveyRequest.program_id)
                 .where(pending))
    counted = select(SurveyRequest.id).where(SurveyRequest.status == "pending")
    return KeysetList(db, statement, _pending, SurveyRequest.id, {"owed": SurveyRequest.id}, "owed", counted=counted)


@dataclass(frozen=True)
class SurveyComment:
    id: int
    answered_on: date
    comment: str


def comments(db: Database, actor: Actor, program_id: int | None = None, start: date | None = None,
             end: date | None = None, staff_id: int | None = None) -> KeysetList:
    """What people wrote in the surveys answered in the period, the newest first (the same filters as
    ``SurveyService.results``)."""
    statement = select(SurveyResponse.id, SurveyResponse.answered_on, SurveyResponse.comment).where(
        SurveyResponse.comment != "")
    if program_id is not None:
        statement = statement.where(SurveyResponse.program_id == program_id)
    if staff_id is not None:
        statement = statement.where(SurveyResponse.staff_id == staff_id)
    if start is not None:
        statement = statement.where(SurveyResponse.answered_on >= start)
    if end is not None:
        statement = statement.where(SurveyResponse.answered_on <= end)
    return KeysetList(db, statement, lambda row: SurveyComment(*row), SurveyResponse.id,
                      {"answered": SurveyResponse.answered_on}, "answered", descending=True)
