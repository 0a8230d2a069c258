"""Checklists awaiting verification (clause 5-3): one task per application still being verified with a
required item not yet verified, due a week after it was received.

Whose: the file's social researcher; a file with none belongs to whoever took the application
(its consent).  Gone when every required item is verified or the application has moved on.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, exists, or_, select, union_all

from charity_desk.db.date_math import days_after
from charity_desk.db.models import Application, ApplicationTransition, Beneficiary, ChecklistItem, Program
from charity_desk.domain.application_flow import State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.caseload import narrowing_alias
from charity_desk.services.tasks.source import TaskSource, Whose, done_columns, start_of, task_columns

#: Days from receipt within which an application's documents are verified.
VERIFY_WITHIN_DAYS = 7
BEING_VERIFIED = (State.RECEIVED.value, State.UNDER_VERIFICATION.value, State.INCOMPLETE.value)
# Made once: an alias's columns are worked out on first use and kept with it.
_ITEM = narrowing_alias(ChecklistItem, name="awaiting_item")
_OWN = narrowing_alias(Application, name="own_application")


class ChecklistTasks(TaskSource):
    kind = "checklist"
    label = QT_TRANSLATE_NOOP("Tasks", "Checklists to verify")
    place = "application"

    def open_tasks(self, whose: Whose, until: date):
        # Both parts below only narrow the applications this select reads, which the caseload rule filters:
        # under an alias, so the rule, which filters the mapped class, does not build its own list of every
        # application of a researcher's caseload for them as well (most of a researcher's count at 200,000
        # people).  The items awaiting verification, correlated on the application's id:
        awaiting = exists().where(_ITEM.application_id == Application.id, _ITEM.required, _ITEM.status != "verified")
        # The person's applications being verified, found by two indexes of the application's own columns
        # (the researcher of its file, copied onto it by the database; who took it) and then read by id: an
        # IN list SQLite starts from, whatever its statistics say of either index.  Who took it counts only
        # for a file with no researcher.
        verifying = Application.state.in_(BEING_VERIFIED)
        mine = and_(Application.id.in_(union_all(
            select(_OWN.id).where(_OWN.file_researcher_id == whose.user_id, _OWN.state.in_(BEING_VERIFIED)),
            select(_OWN.id).where(_OWN.consent_taken_by_id == whose.user_id, _OWN.state.in_(BEING_VERIFIED)))),
            or_(Application.file_researcher_id == whose.user_id, Application.file_researcher_id.is_(None)))
        received_by = until - timedelta(days=VERIFY_WITHIN_DAYS - 1)
        return (select(*task_columns(Application.id, days_after(Application.submitted_at, VERIFY_WITHIN_DAYS),
                                     Application.beneficiary_id, Beneficiary.full_name,
                                     Application.number + " — " + Program.name,
                                     Beneficiary.assigned_researcher_id))
                .select_from(Application)
                .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                .join(Program, Program.id == Application.program_id)
                .where(verifying, Application.submitted_at < start_of(received_by), mine, awaiting))

    def done_tasks(self, start: date, end: date):
        moved = days_after(ApplicationTransition.at, 0)
        return (select(*done_columns(ApplicationTransition.user_id,
                                     days_after(Application.submitted_at, VERIFY_WITHIN_DAYS),
                                     days_after(Application.submitted_at, 0), moved))
                .select_from(ApplicationTransition)
                .join(Application, Application.id == ApplicationTransition.application_id)
                .where(ApplicationTransition.to_state == State.VERIFIED.value,
                       ApplicationTransition.at >= start_of(start),
                       ApplicationTransition.at < start_of(end + timedelta(days=1))))
