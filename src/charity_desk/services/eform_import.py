"""Importing applications from the association's online form (clause 5-2), in two steps.

``preview`` reads the whole file and checks every row, writing nothing: staff see what will be
imported, and why each refused row was refused, at its row and column.  ``commit`` writes the
confirmed rows in ONE transaction: all of them, or — when anything fails or the person cancels —
none.

The duplicate rule:

* The same national ID twice in the file: the first *valid* row is imported and every later one is
  refused, naming the row it repeats (a refused first row does not block a corrected resubmission).
* A national ID already registered: the application is attached to that existing file, whose data
  stays as the desk verified it (the form's values are not copied over it).  Refused when that
  person already has an open application to the program.
* A new national ID whose person may be an existing file, or another row of the file (scored as the
  review queue scores two files: services.eform_duplicates): imported as a new file, and listed with
  its score and reasons in its own part of the preview, apart from the refusals.  The national ID
  (check digit verified) is what identifies a person; refusing would lose real applications, while the
  list sends staff to check before the verification checklist is done (clause 5-3).  The new files
  enter the review queue of suspected duplicates as they are committed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Program
from charity_desk.documents.eform_template import write_template
from charity_desk.documents.xlsx_export import ExportColumn, write_xlsx
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.reference import regions
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.double_benefit import imported_conflicts
from charity_desk.services.eform_columns import (
    FIELD_BY_KEY,
    REQUIRED,
    propose_mapping,
    template_choices,
    template_columns,
)
from charity_desk.services.eform_commit import insert_applications, insert_people
from charity_desk.services.eform_duplicates import RowCandidate, row_candidates
from charity_desk.services.eform_matching import chunks, open_applications, registered_ids
from charity_desk.services.eform_reader import Sheet, read_sheet
from charity_desk.services.eform_rows import Problem, RowRejected, RowValues, check_row
from charity_desk.services.errors import InvalidInput, NotFound, ServiceError
from charity_desk.services.permission_guard import requires
from charity_desk.services.programs import current_instructions, requirements_of

__all__ = ["ApplicationImportService", "ImportCancelled", "ImportPreview", "ImportResult", "NothingToImport",
           "propose_mapping", "write_rejections_xlsx", "write_template_xlsx"]

CONTEXT = "EformImport"
COMMIT_CHUNK = 500
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _message(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


class ImportCancelled(ServiceError):
    def __init__(self):
        super().__init__(_message(QT_TRANSLATE_NOOP("EformImport", "The import was cancelled; nothing was saved.")))


class NothingToImport(ServiceError):
    def __init__(self):
        super().__init__(_message(QT_TRANSLATE_NOOP("EformImport", "No row of the file can be imported.")))


@dataclass(frozen=True)
class ImportRow:
    values: RowValues
    #: The existing file the application is attached to; None for a new file.
    beneficiary_id: int | None


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    file_sha256: str
    program_id: int
    program_code: str
    headers: tuple[str, ...]
    mapping: dict[str, int]
    rows_read: int
    rows: tuple[ImportRow, ...]
    rejections: tuple[Problem, ...]
    #: Rows that may be people already registered, or the same person as another row: reported apart
    #: from the refusals (they are imported; staff check them before the checklist).
    candidates: tuple[RowCandidate, ...]

    @property
    def new_people(self) -> int:
        return sum(1 for r in self.rows if r.beneficiary_id is None)

    @property
    def attached(self) -> int:
        return len(self.rows) - self.new_people

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.rejections})

    def column(self, field: str) -> str:
        """The file's header of the column holding ``field`` (its letter when the header is empty)."""
        if field not in self.mapping:
            return ""
        index = self.mapping[field]
        return self.headers[index] or get_column_letter(index + 1)


@dataclass(frozen=True)
class ImportResult:
    applications: int
    new_people: int
    attached: int
    first_number: str
    last_number: str


def _check_mapping(mapping: dict[str, int], headers: tuple[str, ...]) -> None:
    errors = [DomainError(_message(QT_TRANSLATE_NOOP("EformImport", "Choose the file's column for: {field}."),
                                   field=FIELD_BY_KEY[key].message), field=key)
              for key in REQUIRED if key not in mapping]
    seen: set[int] = set()
    for key, index in mapping.items():
        if key not in FIELD_BY_KEY or not 0 <= index < len(headers):
            raise ValueError(f"no field {key!r} or no column {index}")
        if index in seen:
            errors.append(DomainError(_message(QT_TRANSLATE_NOOP(
                "EformImport", "The same column is chosen for two fields.")), field=key))
        seen.add(index)
    if errors:
        raise InvalidInput(errors)


def _open_program(program: Program | None, key: object) -> Program:
    if program is None:
        raise NotFound("program", key)
    if not program.active:
        raise ServiceError(_message(QT_TRANSLATE_NOOP("EformImport", "This program is closed to new applications.")))
    return program


def _first_of_each_id(valid: list[RowValues], rejections: list[Problem]) -> list[RowValues]:
    first_row: dict[str, int] = {}
    kept = []
    for values in valid:
        national_id = values.person["national_id"]
        if national_id in first_row:
            rejections.append(Problem(values.row, "national_id", _message(QT_TRANSLATE_NOOP(
                "EformImport", "The same national ID is already in row {row} of this file."),
                row=first_row[national_id])))
            continue
        first_row[national_id] = values.row
        kept.append(values)
    return kept


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class ApplicationImportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.APPLICATION_EDIT)
    def columns(self, path: Path, sample_rows: int = 3) -> Sheet:
        """The file's headers and first rows, to choose which column holds which field."""
        return read_sheet(Path(path), first_rows=sample_rows)

    @requires(Permission.APPLICATION_EDIT)
    def preview(self, path: Path, mapping: dict[str, int], program_code: str, today: date | None = None,
                now: datetime | None = None) -> ImportPreview:
        """Every row checked and matched against the files already registered; nothing is written."""
        path = Path(path)
        with self._db.read_session() as session:
            program = _open_program(session.scalar(
                select(Program).where(func.lower(Program.code) == program_code.strip().lower())), program_code)
        sheet = read_sheet(path)
        _check_mapping(mapping, sheet.headers)
        today, now = today or date.today(), now or utcnow()
        valid, rejections = [], []
        for row in sheet.rows:
            try:
                valid.append(check_row(row, mapping, today, now))
            except RowRejected as rejected:
                rejections.extend(rejected.problems)
        valid = _first_of_each_id(valid, rejections)
        rows = []
        with self._db.read_session() as session:
            registered = registered_ids(session, (v.person["national_id"] for v in valid))
            open_ones = open_applications(session, program.id, registered.values())
            second_benefits = imported_conflicts(
                session, program, {v.person["national_id"]: registered.get(v.person["national_id"]) for v in valid},
                today)
            for values in valid:
                file_id = registered.get(values.person["national_id"])
                if file_id in open_ones:
                    rejections.append(Problem(values.row, "national_id", _message(QT_TRANSLATE_NOOP(
                        "EformImport", "This person already has an open application to this program ({number})."),
                        number=open_ones[file_id])))
                elif values.person["national_id"] in second_benefits:
                    rejections.append(Problem(values.row, "national_id", _message(QT_TRANSLATE_NOOP(
                        "EformImport", "Another member of this person's household already receives this program in "
                                       "this period: apply at the desk, where a supervisor may approve it with the "
                                       "reason."))))
                else:
                    rows.append(ImportRow(values, file_id))
            candidates = row_candidates(session, {r.values.row: r.values.person for r in rows
                                                  if r.beneficiary_id is None})
        return ImportPreview(path, _sha256(path), program.id, program.code, sheet.headers, dict(mapping),
                             len(sheet.rows), tuple(rows), tuple(sorted(rejections, key=lambda p: p.row)),
                             tuple(candidates))

    @requires(Permission.APPLICATION_EDIT)
    def commit(self, preview: ImportPreview, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ImportResult:
        """Write the preview's rows in one transaction; cancelling or any failure leaves nothing."""
        if preview.new_people:
            self._actor.require(Permission.BENEFICIARY_EDIT)
        if not preview.rows:
            raise NothingToImport()
        total, numbers = len(preview.rows), []
        with self._db.session() as session:
            program = _open_program(session.get(Program, preview.program_id), preview.program_code)
            self._check_unchanged(session, preview)
            instructions = current_instructions(session, program.id).version
            requirements = requirements_of(session, program.id)
            done = 0
            for chunk in chunks(preview.rows, COMMIT_CHUNK):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                new_ids = iter(insert_people(session, self._actor,
                                             [r.values.person for r in chunk if r.beneficiary_id is None]))
                applicants = [(r.beneficiary_id if r.beneficiary_id is not None else next(new_ids), r.values)
                              for r in chunk]
                numbers += insert_applications(session, self._actor, program, instructions, requirements,
                                               applicants, preview.path.name,
                                               {r.beneficiary_id for r in chunk if r.beneficiary_id is not None})
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            audit.record(session, self._actor, "import.committed", "program", program.id,
                         file_sha256=preview.file_sha256, rows_read=preview.rows_read, applications=total,
                         new_people=preview.new_people, attached=preview.attached,
                         rejected_rows=preview.rejected_rows,
                         possible_duplicates=len({c.row for c in preview.candidates}))
        return ImportResult(total, preview.new_people, preview.attached, numbers[0], numbers[-1])

    @staticmethod
    def _check_unchanged(session, preview: ImportPreview) -> None:
        """Another desk may have registered someone of the batch since the preview: then preview again."""
        expected = {r.values.person["national_id"]: r.beneficiary_id for r in preview.rows}
        registered = registered_ids(session, expected)
        attached = [file_id for file_id in expected.values() if file_id is not None]
        program = session.get(Program, preview.program_id)
        if any(registered.get(nid) != file_id for nid, file_id in expected.items()) or open_applications(
                session, preview.program_id, attached) or imported_conflicts(session, program, expected, date.today()):
            raise ServiceError(_message(QT_TRANSLATE_NOOP(
                "EformImport", "The files changed since the preview (another desk registered or applied for "
                               "someone in this batch). Nothing was saved: preview the file again.")))


def _renderer() -> Callable[[Message], str]:
    """Messages in the language of the running application; English source text without one."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return Message.render
    from charity_desk.i18n import render

    return render


def _translator() -> Callable[[str, str], str] | None:
    """Qt's translator when an application runs (the report is in its language), else none."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate if QCoreApplication.instance() is not None else None


def write_rejections_xlsx(preview: ImportPreview, path: Path) -> None:
    """The refused rows, then the possible duplicates: row, column and reason, never a cell's value."""
    from charity_desk.domain.duplicate_score import reasons_sentence

    render = _renderer()
    rejected = render(_message(QT_TRANSLATE_NOOP("EformImport", "Rejected")))
    possible = render(_message(QT_TRANSLATE_NOOP("EformImport", "Possible duplicate")))
    translate = _translator()
    columns = [
        ExportColumn("row", render(_message(QT_TRANSLATE_NOOP("EformImport", "Row"))), "int", 8),
        ExportColumn("kind", render(_message(QT_TRANSLATE_NOOP("EformImport", "Result"))), "text", 14),
        ExportColumn("column", render(_message(QT_TRANSLATE_NOOP("EformImport", "Column"))), "text", 28),
        ExportColumn("reason", render(_message(QT_TRANSLATE_NOOP("EformImport", "Reason"))), "text", 100),
    ]
    rows = [(p.row, rejected, preview.column(p.field), render(p.message)) for p in preview.rejections]
    rows += [(c.row, possible, "", f"{render(c.message)} ({c.score}: {reasons_sentence(c.reasons, translate)})")
             for c in preview.candidates]
    write_xlsx(path, render(_message(QT_TRANSLATE_NOOP("EformImport", "Rejected rows"))), columns, rows,
               mask_sensitive=False)


def write_template_xlsx(path: Path) -> None:
    """The columns the import expects, with Arabic headers and an example row, to build the form from."""
    columns = template_columns()
    keys = [key for key, _, _ in columns]
    choices = {**template_choices(), "region": list(regions())}
    write_template(
        Path(path), [header for _, header, _ in columns], [example for _, _, example in columns],
        [FIELD_BY_KEY[key].required for key in keys],
        {keys.index(key): options for key, options in choices.items() if key in keys},
        [keys.index(key) for key in ("national_id", "birth_date", "mobile", "mobile_alt", "guardian_national_id")],
    )
