"""The workbook an association builds its online form from: the columns the import expects.

Right to left, one row of headers and one example row.  Required headers are shaded, fields with a
few fixed values offer them in a drop-down list, and the ID, date and phone columns are formatted as
text so Excel keeps leading zeros and does not turn a Hijri date into something else.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from charity_desk.documents.spreadsheet_cells import put_cell

_HEADER_FONT = Font(bold=True)
_OPTIONAL_FILL = PatternFill("solid", fgColor="DDE7F0")
_REQUIRED_FILL = PatternFill("solid", fgColor="F6D9A8")
TEMPLATE_ROWS = 1000


def write_template(path: Path, headers: list[str], example: list[str], required: list[bool],
                   choices: dict[int, list[str]], text_columns: list[int]) -> None:
    """``choices`` and ``text_columns`` use 0-based column indexes."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "الطلبات"
    sheet.sheet_view.rightToLeft = True
    sheet.freeze_panes = "A2"
    for column, (header, value, is_required) in enumerate(zip(headers, example, required, strict=True), start=1):
        cell = put_cell(sheet, 1, column, header)
        cell.font = _HEADER_FONT
        cell.fill = _REQUIRED_FILL if is_required else _OPTIONAL_FILL
        put_cell(sheet, 2, column, value or None)
        sheet.column_dimensions[get_column_letter(column)].width = max(14, len(header) + 4)
    for column in text_columns:
        for row in range(2, TEMPLATE_ROWS + 2):
            sheet.cell(row=row, column=column + 1).number_format = "@"
    for column, options in choices.items():
        letter = get_column_letter(column + 1)
        validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        sheet.add_data_validation(validation)
    workbook.save(path)
