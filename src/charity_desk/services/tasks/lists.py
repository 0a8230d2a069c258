"""All of one person's tasks as one list: every source's select joined by UNION ALL, grouped by due
date (overdue, today, this week), paged by keyset on (due date, kind:record) and counted by kind."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Integer, String, bindparam, case, cast, func, literal, select, union_all

from charity_desk.db.engine import Database
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.tasks.source import TaskSource, Whose

#: The groups of the page, in order: before today, today, the six days after today.
GROUPS = ("overdue", "today", "week")
#: Every open task up to the end of the week, the three groups together.
ALL_OPEN = "open"
WEEK_DAYS = 7
#: The bind parameter the counting statement names its person by: one statement, made once, counts the
#: tasks of everyone whom the sources treat alike (each colleague of a team, the page read again).
PERSON = "task_person"
#: Days (and settings) whose counting statements are kept; more and they are made again.
KEPT_DAYS = 4


def week_end(today: date) -> date:
    """The last day of «this week»: today and the six days after it."""
    return today + timedelta(days=WEEK_DAYS - 1)


@dataclass(frozen=True)
class TaskRow:
    """One task as the page shows it; ``place`` says where it is done (ui.task_places)."""

    kind: str
    record_id: int
    due_on: date
    beneficiary_id: int | None
    for_whom: str
    detail: str
    assignee_id: int | None
    target_id: int | None
    place: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_id}"


def tasks_union(sources: Iterable[TaskSource], whose: Whose, today: date, kind: str | None = None):
    """The open tasks of ``whose`` due by the end of the week, as a subquery (tasks given by hand apply to
    everyone, so there is always at least one part)."""
    parts = []
    for source in sources:
        if kind is not None and source.kind != kind:
            continue
        statement = source.open_tasks(whose, week_end(today))
        if statement is not None:
            parts.append(statement.add_columns(literal(source.kind, String).label("kind"),
                                               literal(source.place, String).label("place")))
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("task")


def due_dates(sources: Iterable[TaskSource], whose: Whose, today: date):
    """The same tasks as ``tasks_union`` with only their kind and due date, for counting: SQLite keeps every
    column of a UNION's parts, so the full union makes it read each task's names and details only to count
    them (a researcher's re-verifications and checklists at 200,000 people: most of the count's time)."""
    parts = []
    for source in sources:
        statement = source.open_tasks(whose, week_end(today))
        if statement is not None:
            parts.append(statement.with_only_columns(statement.selected_columns.due_on,
                                                     literal(source.kind, String).label("kind"),
                                                     maintain_column_froms=True))
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("task")


def group_of(due, today: date):
    return case((due < today, literal("overdue")), (due == today, literal("today")), else_=literal("week"))


def _in_group(task, group: str, today: date):
    if group == "overdue":
        return task.c.due_on < today
    if group == "today":
        return task.c.due_on == today
    if group == "week":
        return task.c.due_on > today
    if group == ALL_OPEN:
        return task.c.due_on <= week_end(today)
    raise ValueError(f"unknown group {group!r}")


def _to_row(row) -> TaskRow:
    kind, record_id, due_on, beneficiary_id, for_whom, detail, assignee_id, target_id, place = row
    return TaskRow(kind, record_id, due_on, beneficiary_id, for_whom or "", detail or "", assignee_id, target_id,
                   place)


def task_list(db: Database, task, group: str, today: date) -> KeysetList:
    key = task.c.kind + literal(":") + cast(task.c.record_id, String)
    statement = select(task.c.kind, task.c.record_id, task.c.due_on, task.c.beneficiary_id, task.c.for_whom,
                       task.c.detail, task.c.assignee_id, task.c.target_id, task.c.place
                       ).where(_in_group(task, group, today))
    return KeysetList(db, statement, _to_row, key, {"due": task.c.due_on}, "due")


@dataclass(frozen=True)
class _Asking(Whose):
    """A person standing for everyone the sources treat alike: notes each permission a source asks about."""

    asked: set = field(default_factory=set, compare=False, hash=False)

    def can(self, permission) -> bool:
        self.asked.add(permission)
        return super().can(permission)


#: (sources, today) -> [(the permissions the sources asked about and their answers, the counting statement)]
_counting_statements: dict[tuple, list[tuple[frozenset, object]]] = {}
_counting_lock = threading.Lock()


def _counting(sources: tuple[TaskSource, ...], whose: Whose, today: date):
    """The statement counting the tasks of ``whose`` by kind and group, its person the bind parameter
    ``PERSON``: made once for everyone whose answers to the permissions the sources ask about are the same
    (making it and SQLAlchemy's compiling it cost more than running it for most people)."""
    key = (sources, today)
    with _counting_lock:
        for answers, statement in _counting_statements.get(key, ()):
            if all(whose.can(permission) == granted for permission, granted in answers):
                return statement
    asking = _Asking(bindparam(PERSON, type_=Integer), whose.permissions)
    task = due_dates(sources, asking, today)
    group = group_of(task.c.due_on, today)
    statement = select(task.c.kind, group, func.count()).group_by(task.c.kind, group)
    answers = frozenset((permission, whose.can(permission)) for permission in asking.asked)
    with _counting_lock:
        if key not in _counting_statements and len(_counting_statements) >= KEPT_DAYS:
            _counting_statements.clear()
        _counting_statements.setdefault(key, []).append((answers, statement))
    return statement


def counts_by_kind(session, sources: Iterable[TaskSource], whose: Whose, today: date) -> dict[tuple[str, str], int]:
    """{(kind, group): how many} of ``whose``'s tasks, in SQL."""
    statement = _counting(tuple(sources), whose, today)
    return {(kind, found): count for kind, found, count in session.execute(statement, {PERSON: whose.user_id})}
