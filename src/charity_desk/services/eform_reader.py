"""Reading the rows of an e-form export (.xlsx or .csv) without trusting anything in it.

The file is read as what its content is (charity_desk.file_kinds), whatever its name: a workbook
named .csv goes to the workbook reader; a PDF named .xlsx is refused, saying it is a PDF.

Nothing in the file is ever executed or evaluated.  An .xlsx is opened read-only and streamed; a
formula cell gives the value Excel last calculated and saved with it (``data_only``), and a formula
that was never calculated (no saved value) is marked ``FORMULA_WITHOUT_VALUE`` so its row is refused
rather than imported empty.  Text that merely *looks* like a formula (``=1+1`` typed as text, or any
CSV cell) stays plain text.  CSV is decoded as UTF-8 (with or without BOM), UTF-16 with a BOM, or
else Windows Arabic (cp1256), the two encodings Excel on Arabic Windows writes; the delimiter is
the most frequent of , ; and tab in the header line.

Limits keep a hostile or mistaken file from exhausting the machine: 50,000 rows per batch, 200
columns, 50 MB for a CSV (an .xlsx is streamed, so only the row limit applies).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.file_kinds import FileKind, label, sniff
from charity_desk.services.errors import ServiceError

CONTEXT = "EformReader"
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CSV_BYTES = 50 * 1024 * 1024


class _FormulaWithoutValue:
    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


#: A formula cell whose workbook was saved without its calculated value.
FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported (unreadable, empty, too large)."""

    def __init__(self, text: str, **params):
        super().__init__(Message(CONTEXT, text, params))


@dataclass(frozen=True)
class SheetRow:
    #: The row number a person sees when opening the file in Excel (the header is usually 1).
    number: int
    cells: tuple


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _xlsx_rows(path: Path):
    """(row number, values) of the first worksheet.

    A workbook without a single formula (what online forms export) is read by calamine, many times
    faster than openpyxl; any other is streamed by openpyxl as plain values, a formula showing as its
    text until ``_mark_formulas`` tells it from text."""
    if not _has_formulas(path):
        yield from _calamine_rows(path)
        return
    workbook = _open_workbook(path)
    try:
        if not workbook.worksheets:
            raise ImportFileError(QT_TRANSLATE_NOOP("EformReader", "The workbook has no worksheet."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # a wrong <dimension> written by some tools would hide rows
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(values[: MAX_COLUMNS + 1])
    finally:
        workbook.close()


def _load(path: Path, data_only: bool):
    """The workbook from its bytes: openpyxl given a path refuses any name not ending in .xlsx."""
    return load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=data_only)


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z0-9_]+:)?f[ >/]")


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet of the workbook holds a formula cell (a <f> element), read from the zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as sheet:
                        tail = b""
                        while chunk := sheet.read(1 << 20):
                            if _FORMULA_TAG.search(tail + chunk):
                                return True
                            tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, KeyError):
        return True  # let openpyxl read it and say what is wrong
    return False


def _calamine_rows(path: Path):
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, IndexError, OSError, ValueError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("EformReader", "The file cannot be read as an Excel workbook (.xlsx).")
        ) from error
    for number, values in enumerate(rows, start=1):
        yield number, [_as_openpyxl_gives(value) for value in values[: MAX_COLUMNS + 1]]


def _as_openpyxl_gives(value):
    """A calamine value as openpyxl gives the same cell: None when empty, a date cell as a datetime."""
    if value == "":
        return None
    if type(value) is date:
        return datetime.combine(value, time())
    return value


def _open_workbook(path: Path):
    try:
        return _load(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("EformReader", "The file cannot be read as an Excel workbook (.xlsx).")
        ) from error


def _mark_formulas(path: Path, rows: list[tuple[int, list]]) -> None:
    """Formula cells become FORMULA_WITHOUT_VALUE: only rows holding text that starts with "=" are read
    again, cell by cell, to tell a formula from text that merely looks like one."""
    suspect = {number for number, values in rows
               if any(isinstance(v, str) and v.startswith("=") for v in values)}
    if not suspect:
        return
    by_number = dict(rows)
    workbook = _open_workbook(path)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        for number, cells in enumerate(sheet.iter_rows(max_row=max(suspect)), start=1):
            if number in suspect:
                for column, cell in enumerate(cells[: MAX_COLUMNS + 1]):
                    if cell.data_type == "f":
                        by_number[number][column] = FORMULA_WITHOUT_VALUE
    finally:
        workbook.close()


def _fill_cached_values(path: Path, rows: list[tuple[int, list]]) -> None:
    """Replace formula cells by the value Excel saved with them, where there is one (a second pass)."""
    formulas = {(number, column) for number, values in rows for column, value in enumerate(values)
                if value is FORMULA_WITHOUT_VALUE}
    if not formulas:
        return
    by_number = dict(rows)
    workbook = _load(path, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        last = max(number for number, _ in formulas)
        for number, cells in enumerate(sheet.iter_rows(max_row=last), start=1):
            for column, cell in enumerate(cells[: MAX_COLUMNS + 1]):
                if (number, column) in formulas and cell.value is not None:
                    by_number[number][column] = cell.value
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1256")


def _csv_rows(path: Path):
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("EformReader", "The file is larger than 50 MB; split it into several files.")
        )
    text = _decode(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count) if any(d in first_line for d in ",;\t") else ","
    number = 0
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            yield number, values[: MAX_COLUMNS + 1]
    except csv.Error as error:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "EformReader", "Row {row} of the file cannot be read: a cell is far too long or a quote is not closed."),
            row=number + 1) from error


def _header_text(value) -> str:
    return "" if value is None or value is FORMULA_WITHOUT_VALUE else " ".join(str(value).split())[:100]


def read_sheet(path: Path, first_rows: int | None = None) -> Sheet:
    """The header (the first non-blank row) and every non-blank row after it, or only ``first_rows``."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(QT_TRANSLATE_NOOP("EformReader", "The file {name} was not found."), name=path.name)
    # Read as what the content is, whatever the name says (a workbook saved as .csv is a workbook).
    kind = sniff(path)
    if kind not in (FileKind.XLSX, FileKind.TEXT):
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "EformReader", "This file is {kind}, not an Excel workbook (.xlsx) or a CSV file. Export the form's "
            "answers as .xlsx or .csv and choose that file."), kind=label(kind))
    xlsx = kind is FileKind.XLSX
    rows: list[tuple[int, list]] = []
    for number, values in _xlsx_rows(path) if xlsx else _csv_rows(path):
        if all(map(_blank, values)):
            continue
        if len(rows) > MAX_ROWS:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "EformReader", "The file has more than {limit} rows; split it into several files."),
                limit=f"{MAX_ROWS:,}")
        rows.append((number, values))
        if first_rows is not None and len(rows) > first_rows:
            break
    if len(rows) < 2:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "EformReader", "The sheet is empty: it needs a header row and at least one row of applications."))
    if xlsx:
        _mark_formulas(path, rows)
        _fill_cached_values(path, rows)
    headers = [_header_text(v) for v in rows[0][1]]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "EformReader", "The sheet has more than {limit} columns; keep only the form's columns."),
            limit=MAX_COLUMNS)
    width = len(headers)
    body = tuple(SheetRow(number, tuple(values[:width]) + (None,) * (width - len(values)))
                 for number, values in rows[1:])
    return Sheet(tuple(headers), body)
