"""A workbook without formulas is read by calamine, one with a formula by openpyxl: both give the
same rows, as the checks read them (text, numbers, dates and blank cells)."""

from datetime import date, datetime

from openpyxl import Workbook

from charity_desk.services.eform_reader import FORMULA_WITHOUT_VALUE, _has_formulas, read_sheet
from charity_desk.services.eform_rows import cell_text

ROWS = [
    ["الاسم الأول", "رقم الهوية", "تاريخ الميلاد", "الطابع", "ملاحظة", "المبلغ"],
    ["سلمى", 1012345672, date(1980, 1, 1), datetime(2026, 11, 20, 10, 30), None, 1500.5],
    ["=1+1 نص", "1000000008", "16/12/1403", "2026-11-20 10:30", "  ", 0],
    [None, None, None, None, None, None],
    ["ريم", 1000000008.0, datetime(1990, 5, 17), "", "ملاحظة", -3],
]


def _workbook(path, formula: bool) -> None:
    workbook = Workbook()
    sheet = workbook.active
    for row in ROWS:
        sheet.append(row)
    sheet.cell(row=3, column=1).data_type = "s"  # typed text, not a formula (openpyxl would take it for one)
    if formula:
        sheet.append(["نورة", "=A1", None, None, None, None])
    workbook.save(path)


def test_both_readers_give_the_same_rows(tmp_path):
    plain, with_formula = tmp_path / "plain.xlsx", tmp_path / "formula.xlsx"
    _workbook(plain, formula=False)
    _workbook(with_formula, formula=True)
    assert not _has_formulas(plain) and _has_formulas(with_formula)

    fast, careful = read_sheet(plain), read_sheet(with_formula)
    assert fast.headers == careful.headers == tuple(ROWS[0])
    assert [r.number for r in fast.rows] == [2, 3, 5]  # the blank row is left out, numbering kept
    assert [[cell_text(v) for v in r.cells] for r in fast.rows] == \
        [[cell_text(v) for v in r.cells] for r in careful.rows[:3]]
    assert careful.rows[3].cells[1] is FORMULA_WITHOUT_VALUE  # a real formula is still caught
    assert fast.rows[1].cells[0] == "=1+1 نص"  # text that looks like a formula stays text
