"""Surveys owed (one per person served in an ended session) as a list read a page at a time."""

from __future__ import annotations

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, Program, SurveyRequest
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.surveys import PendingSurvey


def _pending(row) -> PendingSurvey:
    return PendingSurvey(*row)


def pending_surveys(db: Database, actor: Actor) -> KeysetList:
    """The surveys still waiting for an answer, the oldest first."""
    actor.require(Permission.BENEFICIARY_VIEW)
    statement = (select(SurveyRequest.id, Beneficiary.full_name, Program.name, SurveyRequest.questionnaire)
                 .join(Beneficiary, Beneficiary.id == SurveyRequest.beneficiary_id)
                 .join(Program, Program.id == SurveyRequest.program_id)
                 .where(SurveyRequest.status == "pending"))
    return KeysetList(db, statement, _pending, SurveyRequest.id, {"owed": SurveyRequest.id}, "owed")
