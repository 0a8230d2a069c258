"""Excel exports: a right-to-left sheet with typed cells, streamed (openpyxl write-only) and atomic.

Rows are streamed, so 100,000 rows need little memory. Write-only mode writes the sheet's view, frozen
panes and column widths before the first row, and its auto-filter after the last, so the filter can
cover the rows actually written. Number formats need styled cells, one reused per column: openpyxl
serialises each appended cell at once, so a cell object can carry the next row's value.

The file is written beside its destination under a temporary name and renamed into place, so an
export that fails or is cancelled leaves neither a partial file nor openpyxl's own temporary copy of
the rows (which holds personal data) behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from charity_desk.documents.spreadsheet_cells import ESCAPE, safe_text

Kind = Literal["text", "int", "decimal", "date", "datetime"]
XlsxProgress = Callable[[int, int | None], None]

MASK = "•••"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
DECIMAL_FORMAT = "#,##0.00"
_NUMBER_FORMATS = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "decimal": DECIMAL_FORMAT}
_HEADER_FILL = PatternFill("solid", fgColor="1F5C4A")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_NATIONAL_ID = re.compile(r"[12]\d{9}")
_MOBILE = re.compile(r"(?:\+966|00966|966|0)?(5\d{8})")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


@dataclass(frozen=True)
class ExportColumn:
    """``width`` is in Excel's units (about one character); ``sensitive`` columns can be masked."""

    key: str
    header_ar: str
    kind: Kind = "text"
    width: float = 15
    sensitive: bool = False


def mask_value(kind: Kind, value: Any) -> Any:
    """A sensitive value as a masked export shows it.

    National IDs and Saudi mobile numbers keep their first and last two digits, enough to tell
    records apart without disclosing them (1012345672 → 10******72, +966551234567 → 05******67);
    any other value becomes «•••». Empty stays empty.
    """
    if value is None or value == "":
        return value
    if kind in ("text", "int"):
        text = re.sub(r"[\s\-]", "", str(value))
        if _NATIONAL_ID.fullmatch(text):
            return f"{text[:2]}******{text[-2:]}"
        if match := _MOBILE.fullmatch(text):
            return f"05******{match.group(1)[-2:]}"
    return MASK


def _text_cell(ws: WriteOnlyWorksheet) -> Callable[[Any], Any]:
    """Text as text (documents.spreadsheet_cells): a name starting with «=» is not a formula."""

    def text(value: Any) -> Any:
        if value is None:
            return None
        value = safe_text(value if isinstance(value, str) else str(value))
        if value[:1] != ESCAPE:
            return value
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"
        return cell

    return text


def _local(value: datetime) -> datetime:
    """Excel has no time zones: an aware time is shown as this computer's local time."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def _converter(ws: WriteOnlyWorksheet, column: ExportColumn, mask: bool) -> Callable[[Any], Any] | None:
    """What each value of ``column`` goes through before it is appended; None: nothing."""
    if mask and column.sensitive:
        kind = column.kind
        return lambda value: mask_value(kind, value)
    if column.kind == "text":
        return _text_cell(ws)
    if column.kind == "int":
        return None
    cell = WriteOnlyCell(ws)
    cell.number_format = _NUMBER_FORMATS[column.kind]
    adjust = _local if column.kind == "datetime" else None

    def styled(value):
        if value is None:
            return None
        cell.value = adjust(value) if adjust else value
        return cell

    return styled


def _sheet_title(title: str) -> str:
    return _SHEET_TITLE_FORBIDDEN.sub("-", title).strip("'")[:31] or "Sheet"


def _header(ws: WriteOnlyWorksheet, columns: Sequence[ExportColumn]) -> list[WriteOnlyCell]:
    cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, safe_text(column.header_ar))
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cells.append(cell)
    return cells


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Delete the temporary file openpyxl streams the rows to; it removes it itself only on saving."""
    writer = ws._writer
    if writer is None:
        return
    with contextlib.suppress(Exception):
        ws.close()
    with contextlib.suppress(OSError, ValueError):
        writer.cleanup()


def _write_rows(
    ws: WriteOnlyWorksheet,
    columns: Sequence[ExportColumn],
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    mask: bool,
    progress: XlsxProgress | None,
    cancelled: Callable[[], bool] | None,
    every: int,
) -> int:
    total = len(rows) if hasattr(rows, "__len__") else None
    by_key = itemgetter(*(column.key for column in columns))
    width = len(columns)
    single = width == 1
    converters = [
        (index, convert)
        for index, column in enumerate(columns)
        if (convert := _converter(ws, column, mask)) is not None
    ]
    append = ws.append
    written = 0
    for row in rows:
        if isinstance(row, Mapping):
            values = [by_key(row)] if single else list(by_key(row))
        else:
            values = list(row)
            if len(values) != width:
                raise ValueError(f"row {written + 1} has {len(values)} values for {width} columns")
        for index, convert in converters:
            values[index] = convert(values[index])
        append(values)
        written += 1
        if written % every == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if progress is not None:
                progress(written, total)
    if progress is not None and (written % every or not written):
        progress(written, total)
    return written


def write_xlsx(
    path: str | os.PathLike,
    sheet_title: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    mask_sensitive: bool,
    progress: XlsxProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    every: int = 1000,
) -> int:
    """Write ``rows`` (mappings by column key, or sequences in column order) to ``path``; return their count.

    Every ``every`` rows ``cancelled()`` is asked (true: ``ExportCancelled``, nothing written) and
    ``progress(rows_written, total)`` told, ``total`` being None when ``rows`` has no length.
    """
    if not columns:
        raise ValueError("no columns to export")
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    path = Path(path)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(_sheet_title(sheet_title))
    ws.sheet_view.rightToLeft = True
    ws.freeze_panes = "A2"
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".xlsx.part", dir=path.parent)
    os.close(fd)
    try:
        ws.append(_header(ws, columns))
        written = _write_rows(ws, columns, rows, mask_sensitive, progress, cancelled, every)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
        workbook.save(temporary)
        with open(temporary, "r+b") as saved:  # Windows flushes only files open for writing
            os.fsync(saved.fileno())
        os.replace(temporary, path)
    except BaseException:
        _discard(ws)
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise
    return written
