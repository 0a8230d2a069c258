"""The caseload rule: without ``ALL_FILES_VIEW`` a person sees only the files assigned to them.

A file is assigned to a social researcher by a supervisor from the file, when a home visit is
scheduled for them, or when they register the person themselves (``Beneficiary.assigned_researcher_id``).  Roles that see every
file pay nothing for the rule: no extra condition, no extra query.
"""

from __future__ import annotations

from sqlalchemy import Select, false, select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import ServiceError

CONTEXT = "Caseload"


class OutsideCaseload(ServiceError):
    def __init__(self):
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Caseload",
                    "This file is not assigned to you, so you cannot open it. Ask a supervisor to "
                    "assign it to you (in the file's header, or by scheduling your home visit), or to let "
                    "your role view every file.",
                ),
            )
        )


def sees_all_files(actor: Actor) -> bool:
    return actor.can(Permission.ALL_FILES_VIEW)


def within_caseload(statement: Select, actor: Actor) -> Select:
    """``statement`` over Beneficiary, narrowed to the actor's own files when the rule applies."""
    if sees_all_files(actor):
        return statement
    if actor.user_id is None:
        return statement.where(false())
    return statement.where(Beneficiary.assigned_researcher_id == actor.user_id)


def guard_file(db: Database, actor: Actor, beneficiary_id: int) -> None:
    """Refuse (and audit the refusal) a file outside the actor's caseload; a missing file passes
    so that the caller reports it as not found."""
    if sees_all_files(actor):
        return
    with db.read_session() as session:
        row = session.execute(
            select(Beneficiary.assigned_researcher_id).where(Beneficiary.id == beneficiary_id)
        ).first()
    if row is None or (actor.user_id is not None and row.assigned_researcher_id == actor.user_id):
        return
    with db.session() as session:
        audit.record(session, actor, "beneficiary.view_refused", "beneficiary", beneficiary_id)
    raise OutsideCaseload()


def refuse_outside_caseload(session: Session, actor: Actor, beneficiary_id: int) -> None:
    """The same rule inside a unit of work that changes or reads part of a file."""
    if sees_all_files(actor):
        return
    row = session.execute(
        select(Beneficiary.assigned_researcher_id).where(Beneficiary.id == beneficiary_id)
    ).first()
    if row is not None and (actor.user_id is None or row.assigned_researcher_id != actor.user_id):
        raise OutsideCaseload()
