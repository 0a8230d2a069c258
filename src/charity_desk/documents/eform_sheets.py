"""The two workbooks of the e-form import: the template to build the form from, and the list of
rows that were refused.  Both read right to left.

Every cell is written as text: openpyxl would store a string starting with "=" as a formula, and
header text copied from an imported file must never become one in a file staff then open.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_REQUIRED_FILL = PatternFill("solid", fgColor="F6D9A8")
_WRAP = Alignment(wrap_text=True, vertical="top")
TEMPLATE_ROWS = 1000


def _text_cell(sheet: Worksheet, row: int, column: int, value) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"


def _table(sheet: Worksheet, headers: list[str], rows: list[tuple], widths: list[int]) -> None:
    sheet.sheet_view.rightToLeft = True
    for column, header in enumerate(headers, start=1):
        _text_cell(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = _HEADER_FONT
        sheet.cell(row=1, column=column).fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = widths[column - 1]
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            _text_cell(sheet, row_number, column, value)
            sheet.cell(row=row_number, column=column).alignment = _WRAP
    sheet.freeze_panes = "A2"


def write_problem_list(path: Path, sheets: list[tuple[str, list[str], list[tuple]]]) -> None:
    """One sheet per (title, headers, rows); rows are (row number, column, reason) tuples."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, headers, rows in sheets:
        _table(workbook.create_sheet(title[:31]), headers, rows, [10, 28, 90])
    workbook.save(path)


def write_template(path: Path, headers: list[str], example: list[str], required: list[bool],
                   choices: dict[int, list[str]], text_columns: list[int]) -> None:
    """The form's columns with an example row; required headers shaded, lists offered where the
    value is one of a few, and ID and phone columns kept as text so Excel does not drop leading zeros."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "الطلبات"
    _table(sheet, headers, [tuple(example)], [max(14, len(h) + 4) for h in headers])
    for column, is_required in enumerate(required, start=1):
        if is_required:
            sheet.cell(row=1, column=column).fill = _REQUIRED_FILL
    for column, options in choices.items():
        letter = get_column_letter(column + 1)
        validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        sheet.add_data_validation(validation)
    for column in text_columns:
        for row in range(2, TEMPLATE_ROWS + 2):
            sheet.cell(row=row, column=column + 1).number_format = "@"
    workbook.save(path)
