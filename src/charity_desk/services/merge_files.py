"""Merging two files of the same person, and an administrator's undo.

A merge keeps one file (the survivor) and, for each field the reviewer chose, takes the other file's
value; everything attached to the other file moves to the survivor by the rules of
``services.merge_rules``; the other file then points at the survivor (``merged_into_id``): it is hidden
from lists, its national ID is searched as the survivor's, and opening it opens the survivor.  It is
one unit of work: checked, moved, recorded (``FileMerge``) and audited, or nothing changes.

The national ID is not a field to choose: each file keeps its own (it is unique), and the survivor
finds the other's in its search.  To keep the other file's ID, make the other file the survivor.  The
survivor also keeps its own state, last verification and researcher; a legal hold on the other file
comes with its records.

Undo (administrators only) puts back what the merge changed, and nothing else:

* the merged file shows again, as it was;
* every row that moved goes back to it, with any change made to it since; a row deleted since stays
  deleted (said in the result);
* each survivor field the merge set goes back to its value before the merge, unless someone changed
  it after the merge: a later change is kept (said in the result), never silently overwritten;
* what was added to the survivor after the merge stays with the survivor.

Undo is refused once the survivor has itself been merged into a third file: that later merge is
undone first.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from charity_desk.db.base import Base, utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Application, Beneficiary, FileMerge
from charity_desk.domain.application_flow import OPEN_STATES
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit, duplicate_figures, merge_lists
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.services.beneficiary_file import load_person
from charity_desk.services.duplicate_figures import DuplicateFigures
from charity_desk.services.errors import InvalidInput, NotFound, StaleRecord
from charity_desk.services.field_names import field_list
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.list_pages import KeysetList
from charity_desk.services.merge_compare import FileComparison, compare
from charity_desk.services.merge_rules import RULES, Rule, reference_columns, unruled
from charity_desk.services.permission_guard import requires

CONTEXT = "MergeFiles"

#: The person's fields a reviewer may take from the merged file, in the order the comparison shows them.
CHOOSABLE = (
    "first_name", "father_name", "grandfather_name", "family_name", "gender", "birth_date", "nationality",
    "marital_status", "mobile", "mobile_alt", "region", "city", "district", "street", "building_number",
    "postal_code", "additional_number", "unit", "short_address",
)
_NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")
#: Columns a snapshot leaves out: the optimistic lock and the last-change time move forward.
_NOT_KEPT = {"version_id", "updated_at"}
_CHUNK = 500
#: The longest reason kept with a merge (``FileMerge.reason``).
REASON_LENGTH = 500


def _message(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def _refused(text: str, field: str | None = None, **params) -> InvalidInput:
    return InvalidInput([DomainError(_message(text, **params), field)])


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    survivor_id: int
    merged_id: int
    #: How many rows moved to the survivor, by table.
    moved: dict[str, int]
    #: The fields the survivor took from the merged file.
    taken: tuple[str, ...]


@dataclass(frozen=True)
class UndoResult:
    merge_id: int
    survivor_id: int
    merged_id: int
    #: What could not be put back as it was (fields changed since, rows deleted since).
    notes: tuple[Message, ...]


# -- snapshots of a file's row ----------------------------------------------------------------

def snapshot(person: Beneficiary) -> dict[str, object]:
    """The file's columns as JSON-ready values (dates as ISO text)."""
    values = {}
    for column in Beneficiary.__table__.columns:
        if column.key in _NOT_KEPT:
            continue
        value = getattr(person, column.key)
        values[column.key] = value.isoformat() if isinstance(value, date | datetime) else value
    return values


def _decoded(field: str, value: object) -> object:
    """A snapshot's value back in the column's own type."""
    if value is None:
        return None
    kind = Beneficiary.__table__.columns[field].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return date.fromisoformat(str(value))
    return value


def _encoded(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


# -- moving the rows of a file ------------------------------------------------------------------

def _repoint(session: Session, model: type, column, key, ids: list, to: int, only_from: int | None = None) -> int:
    """Point the rows ``ids`` of ``model`` at the file ``to``; their own columns (and last-change time)
    stay as they were.  Returns how many rows were still there to move."""
    values = {column.key: to}
    if "updated_at" in model.__table__.columns:
        values["updated_at"] = model.updated_at
    moved = 0
    for start in range(0, len(ids), _CHUNK):
        statement = update(model).where(key.in_(ids[start:start + _CHUNK]))
        if only_from is not None:
            statement = statement.where(column == only_from)
        result = session.execute(statement.values(values), execution_options={"synchronize_session": False})
        moved += result.rowcount
    return moved


def _move_rows(session: Session, survivor_id: int, merged_id: int) -> dict[str, list]:
    """Move what is attached to the merged file to the survivor, table by table; the keys of what moved."""
    moved: dict[str, list] = {}
    for reference, rule in sorted(RULES.items()):
        if rule is Rule.DERIVED or rule is Rule.STAYS:
            continue
        model, column, key = reference_columns(reference)
        if rule is Rule.ONE_PER_FILE and session.scalar(select(key).where(column == survivor_id)) is not None:
            continue  # the survivor keeps its own; the merged file's stays with it for undo
        ids = list(session.scalars(select(key).where(column == merged_id).order_by(key)))
        if ids:
            _repoint(session, model, column, key, ids, survivor_id)
            moved[reference] = ids
    return moved


# -- the service --------------------------------------------------------------------------------

class MergeService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.DUPLICATES_REVIEW)
    def compare(self, first_id: int, second_id: int) -> FileComparison:
        """The two files side by side (services.merge_compare)."""
        with self._db.read_session() as session:
            return compare(session, load_person(session, first_id), load_person(session, second_id))

    @requires(Permission.DUPLICATES_REVIEW)
    def history(self) -> KeysetList:
        """The merges made, newest first (undone ones included, marked)."""
        return merge_lists.merges(self._db)

    @requires(Permission.REPORTS_VIEW)
    def figures(self, start: date, end: date) -> DuplicateFigures:
        """Duplicates found, merged, dismissed and merges undone from ``start`` to ``end``."""
        with self._db.read_session() as session:
            return duplicate_figures.figures(session, start, end)

    @requires(Permission.DUPLICATES_REVIEW)
    def merge(
        self,
        survivor_id: int,
        merged_id: int,
        take_from_merged: Collection[str] = (),
        survivor_version: int | None = None,
        merged_version: int | None = None,
        reason: str = "",
    ) -> MergeResult:
        """Merge ``merged_id`` into ``survivor_id``, taking the fields ``take_from_merged`` from the
        merged file.  The versions, when given, are those the reviewer compared: a file saved since is
        refused (compare again)."""
        refuse_formulas(("reason", reason))
        if len(reason.strip()) > REASON_LENGTH:
            raise _refused(QT_TRANSLATE_NOOP("MergeFiles", "Shorten the reason to {count} characters at most."),
                           "reason", count=REASON_LENGTH)
        taken_fields = tuple(f for f in CHOOSABLE if f in set(take_from_merged))
        unknown = sorted(set(take_from_merged) - set(CHOOSABLE))
        if unknown:
            raise _refused(QT_TRANSLATE_NOOP("MergeFiles", "These fields cannot be chosen in a merge: {fields}."),
                           fields="، ".join(unknown))
        if survivor_id == merged_id:
            raise _refused(QT_TRANSLATE_NOOP("MergeFiles", "A file cannot be merged into itself. Choose two "
                                                           "different files."))
        missing = unruled(Base.metadata)
        if missing:  # tests/services/test_merge_coverage.py fails first
            raise RuntimeError(f"no merge rule for {missing}")
        with self._unit_of_work() as session:
            survivor = load_person(session, survivor_id)
            merged = load_person(session, merged_id)
            self._check_mergeable(session, survivor, merged, survivor_version, merged_version)
            survivor_before, merged_before = snapshot(survivor), snapshot(merged)
            taken = self._take(survivor, merged, taken_fields)
            repointed = list(session.scalars(select(Beneficiary.id).where(
                Beneficiary.merged_into_id == merged.id).order_by(Beneficiary.id)))
            absorbed = [merged.national_id, *merged.absorbed_national_ids.split()]
            survivor.absorbed_national_ids = " ".join(
                dict.fromkeys([*survivor.absorbed_national_ids.split(), *absorbed]))
            fill_search_text(survivor)
            merged.merged_into_id = survivor.id
            merged.search_text = ""
            session.flush()
            moved = _move_rows(session, survivor.id, merged.id)
            if repointed:
                session.execute(update(Beneficiary).where(Beneficiary.id.in_(repointed)).values(
                    merged_into_id=survivor.id), execution_options={"synchronize_session": False})
                moved["beneficiary.merged_into_id"] = repointed
            record = FileMerge(
                survivor_id=survivor.id, merged_id=merged.id, merged_at=utcnow(), merged_by_id=self._actor.user_id,
                survivor_before=json.dumps(survivor_before, ensure_ascii=False),
                merged_before=json.dumps(merged_before, ensure_ascii=False),
                taken=json.dumps(taken, ensure_ascii=False), moved=json.dumps(moved), reason=reason.strip(),
            )
            session.add(record)
            session.flush()
            _follow_merge(session, self._actor, survivor.id, merged.id)
            counts = {reference.split(".")[0]: len(ids) for reference, ids in moved.items()}
            audit.record(session, self._actor, "beneficiary.merged", "beneficiary", survivor.id,
                         merged_file=merged.id, merge=record.id, fields=list(taken), rows=sum(counts.values()))
            return MergeResult(record.id, survivor.id, merged.id, counts, tuple(taken))

    @requires(Permission.MERGE_UNDO)
    def undo(self, merge_id: int) -> UndoResult:
        """Undo the merge ``merge_id`` (see the module's docstring for what is put back)."""
        with self._unit_of_work() as session:
            record = session.get(FileMerge, merge_id)
            if record is None:
                raise NotFound("merge", merge_id)
            if record.undone_at is not None:
                raise _refused(QT_TRANSLATE_NOOP("MergeFiles", "This merge has already been undone."))
            survivor = load_person(session, record.survivor_id)
            merged = load_person(session, record.merged_id)
            if survivor.merged_into_id is not None:
                raise _refused(QT_TRANSLATE_NOOP(
                    "MergeFiles", "The surviving file has since been merged into another file. Undo that "
                                  "later merge first, then this one."))
            notes = self._restore_survivor(survivor, merged, record)
            merged_before = json.loads(record.merged_before)
            merged.merged_into_id = None
            merged.search_text = merged_before["search_text"]
            if merged.absorbed_national_ids != merged_before["absorbed_national_ids"]:
                fill_search_text(merged)
            session.flush()
            for reference, ids in json.loads(record.moved).items():
                if reference == "beneficiary.merged_into_id":
                    back = _repoint(session, Beneficiary, Beneficiary.merged_into_id, Beneficiary.id, ids,
                                    merged.id, only_from=survivor.id)
                else:
                    model, column, key = reference_columns(reference)
                    if key.key == column.key:  # a section keyed by its file (housing): now the survivor's
                        ids = [survivor.id]
                    back = _repoint(session, model, column, key, ids, merged.id, only_from=survivor.id)
                if back < len(ids):
                    notes.append(_message(QT_TRANSLATE_NOOP(
                        "MergeFiles", "{count} records of the merged file were deleted after the merge and "
                                      "could not be moved back."), count=len(ids) - back))
            record.undone_at = utcnow()
            record.undone_by_id = self._actor.user_id
            record.undo_notes = json.dumps([note.text for note in notes], ensure_ascii=False)
            session.flush()
            _follow_undo(session, self._actor, survivor.id, merged.id)
            audit.record(session, self._actor, "beneficiary.merge_undone", "beneficiary", survivor.id,
                         merged_file=merged.id, merge=record.id, count=len(notes))
            return UndoResult(record.id, survivor.id, merged.id, tuple(notes))

    @contextmanager
    def _unit_of_work(self):
        try:
            with self._db.session() as session:
                yield session
        except StaleDataError as error:
            # Another desk saved one of the files between this read and its write: nothing was changed.
            raise StaleRecord() from error

    # -- the rules of a merge -----------------------------------------------------------------
    @staticmethod
    def _check_mergeable(session: Session, survivor: Beneficiary, merged: Beneficiary,
                         survivor_version: int | None, merged_version: int | None) -> None:
        for person in (survivor, merged):
            if person.merged_into_id is not None:
                raise _refused(QT_TRANSLATE_NOOP(
                    "MergeFiles", "The file of {name} has already been merged into another file. Open that "
                                  "file instead."), name=person.full_name)
            if person.anonymized_at is not None:
                raise _refused(QT_TRANSLATE_NOOP(
                    "MergeFiles", "The file of {name} was anonymized after its retention period and cannot "
                                  "be merged."), name=person.full_name)
        if (survivor_version is not None and survivor.version_id != survivor_version) or (
                merged_version is not None and merged.version_id != merged_version):
            raise StaleRecord()
        both_open = session.execute(
            select(Application.program_id, Application.beneficiary_id, Application.number)
            .where(Application.beneficiary_id.in_([survivor.id, merged.id]),
                   Application.state.in_([s.value for s in OPEN_STATES]))
            .order_by(Application.number)).all()
        by_program: dict[int, dict[int, str]] = {}
        for program_id, beneficiary_id, number in both_open:
            by_program.setdefault(program_id, {})[beneficiary_id] = number
        clash = next((numbers for numbers in by_program.values() if len(numbers) == 2), None)
        if clash is not None:
            raise _refused(QT_TRANSLATE_NOOP(
                "MergeFiles", "Both files have an open application to the same program ({first} and "
                              "{second}). A person may have one open application to a program: withdraw or "
                              "close one of them, then merge."), first=clash[survivor.id], second=clash[merged.id])

    @staticmethod
    def _take(survivor: Beneficiary, merged: Beneficiary, fields: tuple[str, ...]) -> dict[str, object]:
        """Set the chosen fields of the survivor from the merged file; what was set, encoded."""
        taken: dict[str, object] = {}
        for field in fields:
            value = getattr(merged, field)
            if value != getattr(survivor, field):
                setattr(survivor, field, value)
                taken[field] = _encoded(value)
        if merged.legal_hold and not survivor.legal_hold:
            # A hold protects the records that now live in the survivor: it comes with them.
            survivor.legal_hold, survivor.legal_hold_reason = True, merged.legal_hold_reason
            taken.update(legal_hold=True, legal_hold_reason=merged.legal_hold_reason)
        if any(part in taken for part in _NAME_PARTS):
            survivor.full_name = join_name(*(getattr(survivor, part) for part in _NAME_PARTS))
        return taken

    @staticmethod
    def _restore_survivor(survivor: Beneficiary, merged: Beneficiary, record: FileMerge) -> list[Message]:
        """Put back each field the merge set, unless it changed since; the notes of those kept."""
        before = json.loads(record.survivor_before)
        notes: list[Message] = []
        kept: list[str] = []
        for field, value in json.loads(record.taken).items():
            if _encoded(getattr(survivor, field)) == value:
                setattr(survivor, field, _decoded(field, before[field]))
            else:
                kept.append(field)
        if kept:
            notes.append(_message(QT_TRANSLATE_NOOP(
                "MergeFiles", "Changed after the merge, so kept as they are now: {fields}."),
                fields=field_list("beneficiary", kept)))
        if all(getattr(survivor, part) == before[part] for part in _NAME_PARTS):
            survivor.full_name = before["full_name"]
        else:
            survivor.full_name = join_name(*(getattr(survivor, part) for part in _NAME_PARTS))
        gone = {merged.national_id, *merged.absorbed_national_ids.split()}
        survivor.absorbed_national_ids = " ".join(
            i for i in survivor.absorbed_national_ids.split() if i not in gone)
        searched = ("national_id", "mobile", "mobile_alt", "absorbed_national_ids", *_NAME_PARTS)
        if all(_encoded(getattr(survivor, f)) == before[f] for f in searched):
            survivor.search_text = before["search_text"]
        else:
            fill_search_text(survivor)
        return notes


def _follow_merge(session: Session, actor: Actor, survivor_id: int, merged_id: int) -> None:
    """The derived indexes learn of the merge in the same transaction (rule DERIVED)."""
    from charity_desk.services.duplicate_candidates import mark_merged
    from charity_desk.services.households import relink

    mark_merged(session, actor, survivor_id, merged_id)
    relink(session, survivor_id, merged_id)


def _follow_undo(session: Session, actor: Actor, survivor_id: int, merged_id: int) -> None:
    from charity_desk.services.duplicate_candidates import reopen_after_undo
    from charity_desk.services.households import relink

    reopen_after_undo(session, actor, survivor_id, merged_id)
    relink(session, survivor_id, merged_id)
