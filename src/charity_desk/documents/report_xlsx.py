"""A report as an Excel workbook: its key figures on the first sheet, then one sheet per table.

Reports hold tens of rows, not the hundred thousand of a list export, so an ordinary workbook is
written rather than xlsx_export's streamed one; every cell goes through documents.spreadsheet_cells. It uses that module's number formats and saves the
same way, under a temporary name renamed into place, so a failed save leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from charity_desk.documents.report_data import DataColumn, DataReport, ValueKind
from charity_desk.documents.spreadsheet_cells import put_cell
from charity_desk.documents.xlsx_export import DECIMAL_FORMAT

FIGURES_SHEET = "المؤشرات"
FIGURES_HEADER_ROW = 4
_FORMATS: dict[ValueKind, str] = {"int": "#,##0", "money": DECIMAL_FORMAT, "percent": "0%",
                                  "average": "0.00", "days": "0.0"}
_HEADER_FILL = PatternFill("solid", fgColor="1F5C4A")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _FORBIDDEN.sub("-", name).strip("'")[:31] or "Sheet"
    candidate, number = base, 2
    while candidate in taken:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate)
    return candidate


def _put(sheet: Worksheet, row: int, column: int, value: object, kind: ValueKind):
    return put_cell(sheet, row, column, value, _FORMATS.get(kind))


def _header(sheet: Worksheet, row: int, columns: tuple[DataColumn, ...]) -> None:
    for index, column in enumerate(columns, 1):
        cell = put_cell(sheet, row, index, column.header)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = max(12, 14 * column.width)
    sheet.freeze_panes = f"A{row + 1}"


def _figures_sheet(sheet: Worksheet, report: DataReport) -> None:
    sheet.sheet_view.rightToLeft = True
    put_cell(sheet, 1, 1, report.title).font = Font(bold=True, size=14)
    put_cell(sheet, 2, 1, report.period)
    columns = (DataColumn("القسم", width=2.2), DataColumn("المؤشر", width=2.6), DataColumn("القيمة", "int"))
    _header(sheet, FIGURES_HEADER_ROW, columns)
    row = FIGURES_HEADER_ROW
    for section in report.sections:
        for figure in section.figures:
            row += 1
            put_cell(sheet, row, 1, section.heading)
            put_cell(sheet, row, 2, figure.label)
            _put(sheet, row, 3, figure.value, figure.kind)


def build_workbook(report: DataReport) -> Workbook:
    workbook = Workbook()
    taken: set[str] = set()
    figures = workbook.active
    figures.title = _sheet_name(FIGURES_SHEET, taken)
    _figures_sheet(figures, report)
    for section in report.sections:
        table = section.table
        if table is None:
            continue
        sheet = workbook.create_sheet(_sheet_name(table.name, taken))
        sheet.sheet_view.rightToLeft = True
        _header(sheet, 1, table.columns)
        for row_index, row in enumerate(table.rows, 2):
            for column_index, (value, column) in enumerate(zip(row, table.columns, strict=True), 1):
                _put(sheet, row_index, column_index, value, column.kind)
    return workbook


def write_report_xlsx(report: DataReport, path: str | os.PathLike) -> None:
    """Save the workbook beside ``path`` under a temporary name, then rename it into place."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".xlsx.part", dir=path.parent)
    os.close(fd)
    try:
        build_workbook(report).save(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise
