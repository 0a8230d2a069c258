"""The applications work queues as lists read a page at a time (the Applications page).

A queue is the applications in some states, oldest first by default; it sorts by number, name,
program or state on request, all in SQL.  The default order is read from an index: one state's
from ``ix_application_state_submitted``, several states' from ``ix_application_submitted_at``.
A researcher held to a caseload reads only their own rows, from ``ix_application_researcher_queue``
(the researcher the file is assigned to, kept on each application by migration 0030's triggers):
the caseload grows with the register, their share of a queue's rows does not.
"""

from __future__ import annotations

from sqlalchemy import literal_column, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Application, Beneficiary, Program
from charity_desk.domain.application_flow import State
from charity_desk.services.actor import Actor
from charity_desk.services.application_views import ApplicationSummary
from charity_desk.services.caseload import sees_all_files
from charity_desk.services.list_pages import KeysetList

QUEUE_SORTS = {
    "received": Application.submitted_at,
    "number": Application.number,
    "name": Beneficiary.full_name,
    "national_id": Beneficiary.national_id,
    "program": Program.name,
    "state": Application.state,
}


def _summary(row) -> ApplicationSummary:
    return ApplicationSummary(row[0], row[1], row[2], row[3], row[4], row[5], State(row[6]), row[7])


def queue_list(db: Database, actor: Actor, states: frozenset[State], program_id: int | None = None) -> KeysetList:
    """The applications waiting in ``states`` (a role's work queue); ``db`` is the actor's, so its
    sessions keep a researcher to their caseload."""
    names = sorted(s.value for s in states)
    also = [Application.program_id == program_id] if program_id is not None else []
    own = not sees_all_files(actor)
    if own:
        # The researcher's own rows of those states, from their index (a few hundred, sorted); the
        # caseload rule still filters them as every read.
        also.append(Application.file_researcher_id == actor.user_id)
        state = Application.state
    else:
        # Several states: walking the date index and skipping the other states reads a page in order,
        # where the state index would read every row of those states and sort them all; ``state || ''``
        # keeps SQLite off the state index for the rows (the count still reads it alone).
        state = Application.state if len(names) == 1 else Application.state.concat(literal_column("''"))
    statement = (
        select(Application.id, Application.number, Application.beneficiary_id, Beneficiary.full_name,
               Beneficiary.national_id, Program.name, Application.state, Application.submitted_at)
        .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
        .join(Program, Program.id == Application.program_id)
        .where(state.in_(names), *also)
    )
    counted = select(Application.id).where(Application.state.in_(names), *also)
    return KeysetList(db, statement, _summary, Application.id, QUEUE_SORTS, "received", counted=counted)
