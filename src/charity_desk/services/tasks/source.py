"""What a source of tasks is: one kind of record that falls due, read as rows of one shape.

Every source answers with an ORM select of the same labelled columns (``task_columns``), so the page
reads all kinds together as one UNION, sorted and paged in SQL, and counts them with one GROUP BY.
A task is never stored: it is the record while the record is not done, so it disappears when the
record is done.  The selects go through the services' sessions, whose caseload rule filters them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import Date, Integer, Select, String, cast, literal, null, type_coerce

from charity_desk.domain.messages import DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import InvalidInput

#: The labelled columns every source's ``open_tasks`` select has, in this order.
TASK_COLUMNS = ("record_id", "due_on", "beneficiary_id", "for_whom", "detail", "assignee_id", "target_id")
#: The labelled columns of ``done_tasks``.
DONE_COLUMNS = ("assignee_id", "due_on", "opened_on", "done_on")


@dataclass(frozen=True)
class Whose:
    """The person whose tasks are read: the signed-in person, or a team member for a supervisor.

    ``user_id`` may also be a bind parameter standing for the person (services.tasks.lists counts everyone
    with the same permissions with one statement): sources only compare it with columns or select it.
    """

    user_id: int
    permissions: frozenset[Permission]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def start_of(day: date) -> datetime:
    """Midnight (UTC) starting ``day``: compare stored times with this, never with a bare date."""
    return datetime.combine(day, time(), UTC)


def task_error(text: str, field: str = "assignee") -> InvalidInput:
    """A refusal about a task, ``text`` marked with QT_TRANSLATE_NOOP in context "Tasks"."""
    return InvalidInput([DomainError(Message("Tasks", text), field=field)])


def _typed(value, type_):
    if value is None:
        return cast(null(), type_)
    if isinstance(value, str | int | date):
        return literal(value, type_)
    return type_coerce(value, type_)


def task_columns(record_id, due_on, beneficiary_id, for_whom, detail, assignee_id, target_id=None) -> list:
    """The columns of one source's tasks, typed and labelled alike (None: NULL; a str: a constant)."""
    values = (record_id, due_on, beneficiary_id, for_whom, detail, assignee_id,
              record_id if target_id is None else target_id)
    types = (Integer, Date, Integer, String, String, Integer, Integer)
    return [_typed(value, type_).label(name) for value, type_, name in zip(values, types, TASK_COLUMNS, strict=True)]


def done_columns(assignee_id, due_on, opened_on, done_on) -> list:
    types = (Integer, Date, Date, Date)
    return [_typed(value, type_).label(name)
            for value, type_, name in zip((assignee_id, due_on, opened_on, done_on), types, DONE_COLUMNS, strict=True)]


class TaskSource(ABC):
    """One kind of task.  Subclasses set the class attributes and implement ``open_tasks``."""

    #: A stable code, e.g. "visit"; the page and the reports use it.
    kind: str = ""
    #: The kind's name in the counts (QT_TRANSLATE_NOOP in context "Tasks").
    label: str = ""
    #: Where the task is done (ui.task_places): "file:<tab>", "application", "visit", "meeting",
    #: "<page>:<tab>" or "<page>".
    place: str = ""
    #: Whether a supervisor may give the task to someone else (the record's assignee is one person).
    reassignable: bool = False

    def prepare(self, session) -> TaskSource:
        """The source with whatever setting it reads (e.g. the re-verification period), read once per call."""
        return self

    @abstractmethod
    def open_tasks(self, whose: Whose, until: date) -> Select | None:
        """``whose``'s open tasks due on or before ``until`` (overdue included), or None when the
        person can have no task of this kind."""

    def done_tasks(self, start: date, end: date) -> Select | None:
        """Tasks done from ``start`` to ``end`` (``done_columns``), or None when the record keeps no
        completion date."""
        return None

    def reassign(self, session, record_id: int, to_user_id: int) -> int | None:
        """Give the task to ``to_user_id``; returns the file it belongs to (None: none).  Only for
        ``reassignable`` sources; the caller checks the permission and audits."""
        raise TypeError(f"{self.kind} tasks are not reassigned")
