"""The caseload rule: without ``ALL_FILES_VIEW`` a person sees and changes only the files assigned to them.

A file is assigned to a social researcher by a supervisor from the file, when a home visit is
scheduled for them, or when they register the person themselves (``Beneficiary.assigned_researcher_id``).

The rule is enforced on the session, not in each service method: every service acting for someone
is given an ``ActorDatabase`` (services.registry), whose sessions carry the actor.  Session hooks
then apply to every statement and every flush, including queries added later:

* ``do_orm_execute`` adds ``with_loader_criteria`` for ``Beneficiary`` and for every model that holds
  part of a file (a foreign key to the file, or to something that leads to one, found by looking at
  the tables, so a new table is covered without being listed);
* ``before_flush`` (and bulk inserts) refuse a new, changed or deleted row belonging to a file outside
  the caseload;
* a Core statement over those tables (``Beneficiary.__table__``, not the class) cannot be filtered
  and is refused.  The full-text search (db.search) runs its own SQL with the same rule.

A file hidden by the filter looks missing to the service; when the service reports it as not found,
the ``ActorDatabase`` tells the person it is outside their caseload instead, and audits the refusal.
Roles that see every file pay nothing: no hook does any work for them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from itertools import chain

from sqlalchemy import Alias, ColumnElement, event, false, inspect, or_, select
from sqlalchemy.orm import (
    InstrumentedAttribute,
    ORMExecuteState,
    Session,
    aliased,
    attributes,
    with_loader_criteria,
)
from sqlalchemy.sql.util import find_tables

from charity_desk.db.base import Base
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import NotFound, PermissionDenied, ServiceError

CONTEXT = "Caseload"
#: ``session.info`` key holding the actor a session works for.
ACTOR = "charity_desk_actor"
#: Execution option for the rule's own look-ups (is this file someone else's?).
UNFILTERED = "charity_desk_caseload_unfiltered"


class OutsideCaseload(ServiceError):
    def __init__(self, beneficiary_id: int | None = None, action: str = "beneficiary.view_refused"):
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
        self.beneficiary_id = beneficiary_id
        #: What the audit trail calls the refusal.
        self.action = action
        self.audited = False


def sees_all_files(actor: Actor) -> bool:
    return actor.can(Permission.ALL_FILES_VIEW)


# --- which rows belong to a file -------------------------------------------------------------


@cache
def file_paths() -> dict[type, tuple[InstrumentedAttribute, type]]:
    """For each model holding part of a file: the column leading towards the file, and its target."""
    return paths_to_files(list(Base.registry.mappers))


def paths_to_files(mappers: list) -> dict[type, tuple[InstrumentedAttribute, type]]:
    """Each model's way to its file, the same whatever order ``mappers`` come in.

    A key to ``beneficiary`` leads straight to the file; otherwise a key to a model nearer the file
    (an application, a home visit...).  Where a row has several such keys, the one taken is the one
    that cannot be empty: a checklist item belongs to its application's file, not to the file of the
    document it may point at (taking the optional key let every item without a document through the
    filter, whenever the registry happened to list documents before applications).
    """
    by_table = {m.local_table.name: m.class_ for m in mappers}
    depth: dict[type, int] = {Beneficiary: 0}
    changed = True
    while changed:
        changed = False
        for mapper in mappers:
            targets = [depth[t] for t in _key_targets(mapper, by_table) if t in depth]
            if targets and 1 + min(targets) < depth.get(mapper.class_, len(mappers) + 1):
                depth[mapper.class_] = 1 + min(targets)
                changed = True
    paths: dict[type, tuple[InstrumentedAttribute, type]] = {}
    for mapper in mappers:
        cls = mapper.class_
        if cls is Beneficiary or cls not in depth:
            continue
        nearest = [(column, by_table[key.column.table.name]) for column in mapper.local_table.columns
                   for key in column.foreign_keys
                   if depth.get(by_table.get(key.column.table.name), -1) == depth[cls] - 1]
        column, target = min(nearest, key=lambda pair: pair[0].nullable)  # stable: column order among equals
        paths[cls] = (mapper.get_property_by_column(column).class_attribute, target)
    return paths


def _key_targets(mapper, by_table: dict[str, type]) -> list[type]:
    return [by_table[key.column.table.name] for column in mapper.local_table.columns
            for key in column.foreign_keys if key.column.table.name in by_table]


#: Names of the aliases exempt from the alias refusal (``narrowing_alias``).
_NARROWING: set[str] = set()


def narrowing_alias(cls: type, name: str):
    """An alias of ``cls`` for a subquery that only narrows the rows of ``cls`` itself in the same statement
    (correlated on it, or feeding ``cls.id.in_(...)``), which the rule filters: the rows it lets through are
    filtered anyway.  Any other alias of a file's table is refused in a session held to a caseload
    (``_refuse_aliases``)."""
    _NARROWING.add(name)
    return aliased(cls, name=name)


def _caseload_criteria(cls: type, user_id: int | None) -> ColumnElement[bool]:
    """The rows of ``cls`` that belong to files of ``user_id`` (or to no file at all)."""
    if cls is Beneficiary:
        return false() if user_id is None else Beneficiary.assigned_researcher_id == user_id
    column, target = file_paths()[cls]
    target_key = inspect(target).primary_key[0]
    inside = column.in_(select(target_key).where(_caseload_criteria(target, user_id)))
    return or_(column.is_(None), inside) if column.property.columns[0].nullable else inside


def _loader_criteria(user_id: int | None) -> list:
    return [
        with_loader_criteria(cls, _caseload_criteria(cls, user_id))
        for cls in chain([Beneficiary], file_paths())
    ]


def _restricted(session: Session) -> Actor | None:
    """The actor of a session held to a caseload, or None when nothing is to be checked."""
    actor = session.info.get(ACTOR)
    return None if actor is None or sees_all_files(actor) else actor


# --- the session hooks -----------------------------------------------------------------------


@event.listens_for(Session, "do_orm_execute")
def _filter_statement(state: ORMExecuteState) -> None:
    actor = _restricted(state.session)
    if actor is None or state.execution_options.get(UNFILTERED):
        return
    if not state.is_orm_statement:
        _refuse_core_statement(state)
    elif state.is_insert:
        _check_bulk_insert(state, actor)
    elif (state.is_select or state.is_update or state.is_delete) and not (
        state.is_column_load or state.is_relationship_load
    ):
        _refuse_aliases(state)
        state.statement = state.statement.options(*_loader_criteria(actor.user_id))


@event.listens_for(Session, "before_flush")
def _check_flush(session: Session, _context, _instances) -> None:
    actor = _restricted(session)
    if actor is None:
        return
    references: dict[type, set[int]] = {}
    national_ids: set[str] = set()
    for row in chain(session.new, session.dirty, session.deleted):
        cls = type(row)
        if cls is Beneficiary:
            if row in session.new or attributes.get_history(row, "national_id").added:
                national_ids.add(row.national_id)
            if row not in session.new:
                # A file one holds, still held after the change (handing files out is a supervisor's).
                for owner in attributes.get_history(row, "assigned_researcher_id").sum():
                    if owner != actor.user_id:
                        raise OutsideCaseload(row.id, "beneficiary.change_refused")
            continue
        if cls in file_paths():
            column, target = file_paths()[cls]
            values = attributes.get_history(row, column.key).sum()
            references.setdefault(target, set()).update(v for v in values if v is not None)
    _refuse_outside(session, actor, references)
    _refuse_hidden_national_ids(session, national_ids)


@cache
def _file_tables() -> frozenset[str]:
    return frozenset(cls.__table__.name for cls in chain([Beneficiary], file_paths()))


def _refuse_core_statement(state: ORMExecuteState) -> None:
    """A statement over the tables themselves (not the mapped classes) cannot be filtered: refused,
    so that a query written that way fails in its first test instead of leaking files."""
    touched = {table.name for table in find_tables(state.statement, include_crud=True, include_joins=True,
                                                   include_aliases=True)}
    if touched & _file_tables():
        raise PermissionDenied(Permission.ALL_FILES_VIEW.value)


def _refuse_aliases(state: ORMExecuteState) -> None:
    """An alias of a file's table (``aliased(Beneficiary)``, as a comparison of two files uses) is beyond
    ``with_loader_criteria``, which filters the mapped classes only: a statement naming one would read files
    outside the caseload, so it is refused, as a Core statement is (``narrowing_alias`` excepted)."""
    for table in find_tables(state.statement, include_aliases=True, include_joins=True):
        if isinstance(table, Alias) and table.name not in _NARROWING and getattr(
                table.element, "name", None) in _file_tables():
            raise PermissionDenied(Permission.ALL_FILES_VIEW.value)


def _check_bulk_insert(state: ORMExecuteState, actor: Actor) -> None:
    """Rows inserted in bulk (executemany parameters, as the e-form import does) are checked like a flush;
    an insert carrying its own values or a SELECT cannot be checked, so it is refused."""
    cls = state.bind_mapper.class_ if state.bind_mapper is not None else None
    statement = state.statement
    if cls is not None and cls.__table__.name in _file_tables() and (
        statement._values or statement._multi_values or statement.select is not None
    ):
        raise PermissionDenied(Permission.ALL_FILES_VIEW.value)
    parameters = state.parameters
    rows = parameters if isinstance(parameters, list) else [parameters or {}]
    if cls is Beneficiary:
        _refuse_hidden_national_ids(state.session, {row.get("national_id") for row in rows} - {None})
    if cls not in file_paths():
        return
    column, target = file_paths()[cls]
    values = {row.get(column.key) for row in rows} - {None}
    _refuse_outside(state.session, actor, {target: values})


def _refuse_hidden_national_ids(session: Session, national_ids: set[str]) -> None:
    """A new file, or a changed ID, may not take the national ID of a file hidden by the rule: the
    person already has a file, which is someone else's (the service's own duplicate check cannot see it)."""
    if not national_ids:
        return
    with session.no_autoflush:
        taken = session.scalar(
            select(Beneficiary.id).where(Beneficiary.national_id.in_(national_ids)).limit(1),
            execution_options={UNFILTERED: True},
        )
    if taken is not None and session.get(Beneficiary, taken) is None:
        raise OutsideCaseload(taken, "beneficiary.change_refused")


def _refuse_outside(session: Session, actor: Actor, references: dict[type, set[int]]) -> None:
    files = _files_of(session, references)
    if not files:
        return
    held = set(
        session.scalars(
            select(Beneficiary.id).where(
                Beneficiary.id.in_(files), Beneficiary.assigned_researcher_id == actor.user_id
            ),
            execution_options={UNFILTERED: True},
        )
    )
    outside = sorted(files - held) if actor.user_id is not None else sorted(files)
    if outside:
        raise OutsideCaseload(outside[0], "beneficiary.change_refused")


def _files_of(session: Session, references: dict[type, set[int]]) -> set[int]:
    """The files the referenced rows belong to, following each model's path to its file."""
    files: set[int] = set()
    pending = {cls: ids for cls, ids in references.items() if ids}
    with session.no_autoflush:
        while pending:
            cls, ids = pending.popitem()
            if cls is Beneficiary:
                files |= ids
                continue
            column, target = file_paths()[cls]
            key = inspect(cls).primary_key[0]
            found = session.scalars(
                select(column).where(key.in_(ids), column.is_not(None)), execution_options={UNFILTERED: True}
            )
            pending.setdefault(target, set()).update(found)
    return files


# --- sessions for one actor ------------------------------------------------------------------


#: What services call the records they report as not found, and the model each one is.
_NAMED_RECORDS = {
    "beneficiary": "Beneficiary",
    "application": "Application",
    "visit": "HomeVisit",
    "document": "StoredDocument",
    "family_member": "FamilyMember",
    "money_item": "MoneyItem",
    "checklist_item": "ChecklistItem",
    "referral": "Referral",
    "complaint": "Complaint",
    "inquiry": "Inquiry",
    "enrolment": "Enrolment",
    "survey": "SurveyRequest",
    "data_request": "DataSubjectRequest",
    "letter": "IssuedLetter",
    "appointment": "Appointment",
}


class ActorDatabase(Database):
    """``db`` as one actor sees it: the same engine, with sessions that carry the actor.

    A record a service reports as not found because the caseload rule hid it is reported as
    outside the caseload instead, and every refusal is audited once, after the refused unit of
    work has been rolled back.
    """

    def __init__(self, db: Database, actor: Actor):  # not Database.__init__: the same engine, not a new one
        self._db = db._db if isinstance(db, ActorDatabase) else db
        self.actor = actor
        self._open = threading.local()

    def __getattr__(self, name: str):
        """Everything else (the engine, the URL...) is the database's own."""
        return getattr(self._db, name)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._refusals(), self._db.session() as session:
            session.info[ACTOR] = self.actor
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self._refusals(), self._db.read_session() as session:
            session.info[ACTOR] = self.actor
            yield session

    @contextmanager
    def _refusals(self) -> Iterator[None]:
        depth = getattr(self._open, "depth", 0)
        self._open.depth = depth + 1
        try:
            yield
        except (NotFound, OutsideCaseload) as error:
            self._open.depth = depth
            if depth == 0 and not sees_all_files(self.actor):
                refusal = error if isinstance(error, OutsideCaseload) else self._hidden(error)
                if refusal is not None and not refusal.audited:
                    self._audit(refusal)
                    if refusal is not error:
                        raise refusal from error
            raise
        finally:
            self._open.depth = depth

    def _hidden(self, missing: NotFound) -> OutsideCaseload | None:
        """The refusal to report when ``missing`` exists but belongs to a file outside the caseload."""
        what, key = missing.message.params.get("what"), missing.message.params.get("key")
        model = _model_named(_NAMED_RECORDS.get(what, ""))
        if model is None or not isinstance(key, int):
            return None
        primary_key = inspect(model).primary_key[0]
        with self._db.read_session() as session:
            exists = session.scalar(select(primary_key).where(primary_key == key)) is not None
            files = _files_of(session, {model: {key}}) if exists else set()
            outside = sorted(session.scalars(select(Beneficiary.id).where(
                Beneficiary.id.in_(files), Beneficiary.assigned_researcher_id.is_distinct_from(self.actor.user_id))))
        return OutsideCaseload(outside[0]) if outside else None

    def _audit(self, refusal: OutsideCaseload) -> None:
        with self._db.session() as session:
            audit.record(session, self.actor, refusal.action, "beneficiary", refusal.beneficiary_id or "")
        refusal.audited = True


def _model_named(name: str) -> type | None:
    return next((m.class_ for m in Base.registry.mappers if m.class_.__name__ == name), None)

