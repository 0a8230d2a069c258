"""The one rule for every text cell the application writes to a spreadsheet (list exports, reports,
the e-form template, the rejected rows): a value a spreadsheet could run is written as plain text.

A text starting with = + - @, a tab or a carriage return is a formula to Excel or LibreOffice once the
cell is edited or the sheet is saved as CSV (a name like ``=HYPERLINK("http://x","y")`` becomes a live
link).  Such a value is written as text with a leading apostrophe, the usual escape, which the reader
sees; a plain signed number or telephone number (``+966551234567``, ``-5``) is left as it is.
Characters XML cannot hold are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = frozenset("=+-@\t\r")
ESCAPE = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?[\d\s]+(?:[.,]\d+)?")


def safe_text(value: str) -> str:
    """``value`` as a cell may hold it: never read as a formula, no character XML refuses."""
    if not value.isprintable():  # a quick test first: the substitution is slow on every cell
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value[:1] in FORMULA_STARTS and not _PLAIN_NUMBER.fullmatch(value):
        return ESCAPE + value
    return value


def put_cell(sheet: Worksheet, row: int, column: int, value: Any, number_format: str | None = None):
    """Write one cell of an ordinary (not streamed) worksheet; text always as text."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if number_format is not None and value is not None:
            cell.number_format = number_format
    return cell
