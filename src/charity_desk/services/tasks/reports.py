"""How the work was done (issue 19, part 6): tasks done in a period per person and kind, how many by
their due date, the average days from a task's start to its completion, and appointments kept.

Every source that keeps a completion date says how it was done (``TaskSource.done_tasks``); all of them
are read as one UNION, grouped by person and kind in SQL.  Kinds whose record keeps no completion date
(surveys owed, referral follow-ups, re-verification) are not counted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, String, case, func, literal, select, union_all

from charity_desk.db.date_math import days_between
from charity_desk.db.engine import Database
from charity_desk.db.models import UserAccount
from charity_desk.domain.roles import Permission
from charity_desk.services.actor import Actor
from charity_desk.services.permission_guard import requires
from charity_desk.services.tasks.sources import SOURCES


@dataclass(frozen=True)
class DoneFigure:
    """One person's tasks of one kind done in the period."""

    user_id: int | None
    #: Empty when the record names nobody (e.g. a breach recorded by the system).
    full_name: str
    kind: str
    #: The kind's name, QT_TRANSLATE_NOOP in context "Tasks".
    label: str
    done: int
    on_time: int
    #: Average days from the task's start (received, scheduled, given...) to its completion.
    average_days: float | None

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.done if self.done else None


@dataclass(frozen=True)
class KeptFigure:
    """One staff member's appointments in the period (from the appointments service)."""

    user_id: int | None
    full_name: str
    booked: int
    kept: int
    no_shows: int


@dataclass(frozen=True)
class TaskReport:
    start: date
    end: date
    done: tuple[DoneFigure, ...]
    appointments: tuple[KeptFigure, ...]


class TaskReportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.REPORTS_VIEW)
    def report(self, start: date, end: date) -> TaskReport:
        """The tasks done from ``start`` to ``end`` (both included), per person and kind, and the appointments."""
        parts = []
        for source in SOURCES:
            statement = source.done_tasks(start, end)
            if statement is not None:
                parts.append(statement.add_columns(literal(source.kind, String).label("kind")))
        done = union_all(*parts).subquery("done")
        on_time = func.sum(case((done.c.done_on <= done.c.due_on, 1), else_=0))
        # A record entered after the work was done (a visit written up from paper) took no time, not less.
        took = days_between(done.c.opened_on, done.c.done_on)
        took = case((took < 0, 0), else_=took)
        statement = (select(done.c.assignee_id, func.coalesce(UserAccount.full_name, ""), done.c.kind, func.count(),
                            on_time.cast(Integer), func.avg(took))
                     .select_from(done).outerjoin(UserAccount, UserAccount.id == done.c.assignee_id)
                     .group_by(done.c.assignee_id, UserAccount.full_name, done.c.kind)
                     .order_by(UserAccount.full_name, done.c.kind))
        labels = {source.kind: source.label for source in SOURCES}
        with self._db.read_session() as session:
            figures = tuple(DoneFigure(user_id, name, kind, labels[kind], count, on_time or 0,
                                       None if average is None else float(average))
                            for user_id, name, kind, count, on_time, average in session.execute(statement))
            names = dict(session.execute(select(UserAccount.id, UserAccount.full_name)).all())
        return TaskReport(start, end, figures, self._appointments(start, end, names))

    def _appointments(self, start: date, end: date, names: dict[int, str]) -> tuple[KeptFigure, ...]:
        from charity_desk.services.appointments import AppointmentService

        counts = AppointmentService(self._db, self._actor).kept_counts(start, end)
        return tuple(sorted((KeptFigure(user_id, names.get(user_id, ""), booked, kept, no_shows)
                             for user_id, booked, kept, no_shows in counts), key=lambda f: f.full_name))
