"""My work today: the signed-in person's tasks and the tasks they give; a supervisor's view of the team.

Whose task is whose is each source's rule (the table in ``services.tasks``); this service reads them
for one person, counts them, lists one group at a time a page at a time, and records the tasks given
by hand and their reassignment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, ManualTask, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import NotFound
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.grants import role_grants
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.permission_guard import open_to_signed_in, requires
from charity_desk.services.tasks.lists import (
    ALL_OPEN,
    GROUPS,
    counts_by_kind,
    task_list,
    tasks_union,
)
from charity_desk.services.tasks.source import TaskSource, Whose, task_error
from charity_desk.services.tasks.sources import SOURCES


@dataclass(frozen=True)
class KindCount:
    kind: str
    #: The kind's name, QT_TRANSLATE_NOOP in context "Tasks".
    label: str
    overdue: int
    today: int
    week: int


@dataclass(frozen=True)
class DaySummary:
    today: date
    kinds: tuple[KindCount, ...]

    @property
    def overdue(self) -> int:
        return sum(k.overdue for k in self.kinds)

    @property
    def due_today(self) -> int:
        return sum(k.today for k in self.kinds)

    @property
    def this_week(self) -> int:
        return sum(k.week for k in self.kinds)

    def count(self, group: str, kind: str | None = None) -> int:
        """How many tasks a group ("overdue", "today", "week") holds, of one kind or of all."""
        return sum(getattr(k, group) for k in self.kinds if kind is None or k.kind == kind)


@dataclass(frozen=True)
class MemberLoad:
    """One colleague's open tasks, for a supervisor."""

    user_id: int
    full_name: str
    role: Role
    overdue: int
    today: int
    week: int

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.week


@dataclass(frozen=True)
class ManualTaskInput:
    assignee_id: int
    due_on: date
    note: str
    beneficiary_id: int | None = None


class TaskService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    # --- one's own day -----------------------------------------------------------------------
    def _sources(self, session) -> list[TaskSource]:
        return [source.prepare(session) for source in SOURCES]

    def _mine(self) -> Whose | None:
        if self._actor.user_id is None:
            return None
        return Whose(self._actor.user_id, self._actor.permissions)

    def _summary(self, whose: Whose | None, today: date) -> DaySummary:
        if whose is None:
            return DaySummary(today, ())
        with self._db.read_session() as session:
            return self._counted(session, self._sources(session), whose, today)

    @staticmethod
    def _counted(session, sources: list[TaskSource], whose: Whose, today: date) -> DaySummary:
        counts = counts_by_kind(session, sources, whose, today)
        kinds = tuple(KindCount(s.kind, s.label, counts.get((s.kind, "overdue"), 0), counts.get((s.kind, "today"), 0),
                                counts.get((s.kind, "week"), 0))
                      for s in sources if any(kind == s.kind for kind, _group in counts))
        return DaySummary(today, kinds)

    def _list(self, whose: Whose | None, group: str, kind: str | None, today: date) -> KeysetList:
        if group not in (*GROUPS, ALL_OPEN):
            raise ValueError(f"unknown group {group!r}")
        whose = whose or Whose(0, frozenset())
        with self._db.read_session() as session:
            sources = self._sources(session)
        return task_list(self._db, tasks_union(sources, whose, today, kind), group, today)

    @open_to_signed_in("one's own tasks: each source reads only the person's records, through the caseload rule")
    def summary(self, today: date | None = None) -> DaySummary:
        """How many tasks of each kind are overdue, due today and due later this week."""
        return self._summary(self._mine(), today or date.today())

    @open_to_signed_in("one's own tasks: each source reads only the person's records, through the caseload rule")
    def tasks(self, group: str, kind: str | None = None, today: date | None = None) -> KeysetList:
        """One group ("overdue", "today", "week", or "open": all three) of one's tasks, soonest due first."""
        return self._list(self._mine(), group, kind, today or date.today())

    # --- tasks given by hand -----------------------------------------------------------------
    @open_to_signed_in("colleagues' names offered when a task is given; no beneficiary's data")
    def colleagues(self) -> list[tuple[int, str]]:
        with self._db.read_session() as session:
            return [(u.id, u.full_name) for u in session.scalars(
                select(UserAccount).where(UserAccount.active).order_by(UserAccount.full_name))]

    @open_to_signed_in("anyone gives a colleague a task; the file it names is checked by the caseload rule")
    def give(self, data: ManualTaskInput, today: date | None = None) -> int:
        """Give ``data.assignee_id`` a task due on ``data.due_on`` (today or later)."""
        refuse_formulas(("note", data.note))
        if not data.note.strip():
            raise task_error(QT_TRANSLATE_NOOP("Tasks", "Write what is to be done."), "note")
        if data.due_on < (today or date.today()):
            raise task_error(QT_TRANSLATE_NOOP("Tasks", "The due date cannot be before today."), "due_on")
        with self._db.session() as session:
            self._colleague(session, data.assignee_id)
            if data.beneficiary_id is not None and session.get(Beneficiary, data.beneficiary_id) is None:
                raise NotFound("beneficiary", data.beneficiary_id)
            task = ManualTask(note=data.note.strip(), due_on=data.due_on, beneficiary_id=data.beneficiary_id,
                              assignee_id=data.assignee_id, given_by_id=self._actor.user_id)
            session.add(task)
            session.flush()
            audit.record(session, self._actor, "task.given", "task", task.id, assignee=data.assignee_id,
                         due_on=data.due_on)
            return task.id

    @open_to_signed_in("one's own task or one given; anyone else needs TEAM_SUPERVISE, checked in the method")
    def mark_done(self, task_id: int) -> None:
        with self._db.session() as session:
            task = session.get(ManualTask, task_id)
            if task is None:
                raise NotFound("task", task_id)
            if self._actor.user_id not in (task.assignee_id, task.given_by_id):
                self._actor.require(Permission.TEAM_SUPERVISE)
            if task.status == "done":
                return
            task.status, task.done_at, task.done_by_id = "done", utcnow(), self._actor.user_id
            audit.record(session, self._actor, "task.done", "task", task_id)

    def _colleague(self, session, user_id: int) -> UserAccount:
        user = session.get(UserAccount, user_id) if user_id is not None else None
        if user is None or not user.active:
            raise task_error(QT_TRANSLATE_NOOP("Tasks", "Choose an active colleague."))
        return user

    # --- the team, for a supervisor ------------------------------------------------------------
    def _whose(self, session, user: UserAccount) -> Whose:
        return Whose(user.id, role_grants(session, Role(user.role)))

    @requires(Permission.TEAM_SUPERVISE)
    def team(self, today: date | None = None) -> list[MemberLoad]:
        """Every active colleague's open tasks: overdue, today, later this week (a small, bounded list)."""
        today = today or date.today()
        loads = []
        # One session and one reading of the sources' settings for the whole team, not one per colleague.
        with self._db.read_session() as session:
            sources = self._sources(session)
            for user in session.scalars(select(UserAccount).where(UserAccount.active).order_by(UserAccount.full_name)):
                summary = self._counted(session, sources, self._whose(session, user), today)
                loads.append(MemberLoad(user.id, user.full_name, Role(user.role), summary.overdue,
                                        summary.due_today, summary.this_week))
        return loads

    @requires(Permission.TEAM_SUPERVISE)
    def member_tasks(self, user_id: int, group: str = ALL_OPEN, today: date | None = None) -> KeysetList:
        """A colleague's tasks, as their own page lists them."""
        with self._db.read_session() as session:
            whose = self._whose(session, self._colleague(session, user_id))
        return self._list(whose, group, None, today or date.today())

    @open_to_signed_in("which kinds of task a supervisor may give to someone else; no one's data")
    def reassignable(self) -> frozenset[str]:
        return frozenset(s.kind for s in SOURCES if s.reassignable)

    @requires(Permission.TEAM_SUPERVISE)
    def reassign(self, kind: str, record_id: int, to_user_id: int) -> None:
        """Give a task (a task given by hand, a home visit, a complaint) to another colleague; audited."""
        source = next((s for s in SOURCES if s.kind == kind), None)
        if source is None or not source.reassignable:
            raise task_error(QT_TRANSLATE_NOOP("Tasks", "This kind of task stays with its record's own person."),
                             "kind")
        with self._db.session() as session:
            self._colleague(session, to_user_id)
            beneficiary_id = source.reassign(session, record_id, to_user_id)
            # Named on the Audit page by the record it is about: the task, the complaint, or else the file.
            entity, entity_id = ((kind, record_id) if kind == "complaint" else ("task", record_id) if kind == "manual"
                                 else ("beneficiary", beneficiary_id))
            audit.record(session, self._actor, "task.reassigned", entity, entity_id, kind=kind, record=record_id,
                         to=to_user_id)
