"""Formula injection, written as the attacks: a program named ``=HYPERLINK(...)`` in the board «program»
report, a person's name in a list export, and names or program names typed starting with = + - @.
Every workbook is opened again with openpyxl; no cell may be a formula or start like one."""

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from charity_desk.db.models import Beneficiary, Program
from charity_desk.documents.eform_template import write_template
from charity_desk.documents.report_data import DataColumn, DataReport, DataSection, DataTable, Figure
from charity_desk.documents.report_xlsx import write_report_xlsx
from charity_desk.documents.xlsx_export import ExportColumn, write_xlsx
from charity_desk.domain.roles import Role
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.errors import InvalidInput, ServiceError
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput

HYPERLINK = '=HYPERLINK("http://x","y")'
ATTACKS = [HYPERLINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"]
SOURCES = Path(__file__).resolve().parents[2] / "src" / "charity_desk"


def _cells(path: Path):
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            yield from (cell for cell in row if cell.value is not None)


def _assert_inert(path: Path) -> list:
    cells = list(_cells(path))
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    runnable = [c.value for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t\r"
                and not re.fullmatch(r"[+-]?\d+", c.value)]  # a phone or a signed number runs nothing
    assert not runnable, runnable
    return [c.value for c in cells]


def test_a_program_named_like_a_formula_is_plain_text_in_the_program_report(services, admin, tmp_path):
    """The attack found in review: the list exports escaped it, the report writer did not."""
    acting = services.acting_as(admin)
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="."))
    with services.db.session() as session:  # stored before names were checked at entry
        session.execute(update(Program).where(Program.id == program).values(name=HYPERLINK))
    path = tmp_path / "program.xlsx"
    acting.board_reports.xlsx("program", DashboardFilter(date(2020, 1, 1), date(2030, 1, 1)), path)
    values = _assert_inert(path)
    assert "'" + HYPERLINK in values  # escaped, and still readable


def test_every_writer_escapes_what_starts_like_a_formula_and_leaves_phones_alone(tmp_path):
    columns = [ExportColumn("name", "الاسم"), ExportColumn("mobile", "الجوال")]
    rows = [(attack, "+966551234567") for attack in ATTACKS]
    write_xlsx(tmp_path / "list.xlsx", "قائمة", columns, rows, mask_sensitive=False)
    values = _assert_inert(tmp_path / "list.xlsx")
    assert "'" + HYPERLINK in values and "'@SUM(1,1)" in values and "'-2+3" in values
    assert values.count("+966551234567") == len(ATTACKS)

    table = DataTable(HYPERLINK, (DataColumn(HYPERLINK), DataColumn("العدد", "int")),
                      tuple((attack, 1) for attack in ATTACKS))
    report = DataReport(HYPERLINK, "@period", (DataSection(HYPERLINK, figures=(Figure("-label", 3),), table=table),))
    write_report_xlsx(report, tmp_path / "report.xlsx")
    values = _assert_inert(tmp_path / "report.xlsx")
    assert "'" + HYPERLINK in values and "'@period" in values and "'-label" in values

    write_template(tmp_path / "template.xlsx", [HYPERLINK, "الاسم"], ["@x", "-1"], [True, False], {}, [])
    values = _assert_inert(tmp_path / "template.xlsx")
    assert values[:4] == ["'" + HYPERLINK, "الاسم", "'@x", "-1"]


def test_every_module_that_makes_a_workbook_writes_through_the_one_cell_rule():
    """A new spreadsheet writer must go through documents.spreadsheet_cells (or xlsx_export, built on it)."""
    writers = []
    for path in SOURCES.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and (node.module or "").startswith("openpyxl") for alias in node.names}
        if "Workbook" in imported:
            writers.append(path.relative_to(SOURCES).as_posix())
            assert "spreadsheet_cells" in path.read_text(encoding="utf-8"), path
    assert sorted(writers) == ["documents/eform_template.py", "documents/report_xlsx.py", "documents/xlsx_export.py"]


def _person(**changes) -> PersonInput:
    values = dict(first_name="نورة", father_name="سعد", grandfather_name="علي", family_name="الدوسري",
                  national_id="1012345672", gender="female", birth_date=date(1985, 3, 2), mobile="0551234567")
    return PersonInput(**{**values, **changes})


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_registration_refuses_a_name_starting_like_a_formula_as_the_import_does(services, admin, start):
    acting = services.acting_as(admin)
    with pytest.raises(InvalidInput) as refused:
        acting.registration.register(_person(first_name=f"{start}HYPERLINK(1)", city=f"{start}x"),
                                     confirmed_not_duplicate=True)
    assert {"first_name", "city"} <= set(refused.value.fields)
    assert "formula" in refused.value.fields["first_name"].text
    with services.db.read_session() as session:
        assert session.query(Beneficiary).count() == 0


def test_other_entries_of_free_text_refuse_a_formula(services, admin):
    acting = services.acting_as(admin)
    with pytest.raises(InvalidInput) as refused:
        acting.programs.save(ProgramInput(code="X1", name=HYPERLINK, kind="cash", instructions="."))
    assert "name" in refused.value.fields
    person = acting.registration.register(_person(), confirmed_not_duplicate=True)
    with pytest.raises(InvalidInput) as refused:
        acting.file_edits.add_family_member(person, FamilyMemberInput("@ابن", "son"))
    assert "full_name" in refused.value.fields
    with pytest.raises(ServiceError) as refused:
        acting.users.create("clerk", "=1+1", Role.FRONT_DESK, "long enough 1")
    assert refused.value.field == "full_name"
    # A name with letters, spaces and the usual punctuation still passes.
    assert acting.file_edits.add_family_member(person, FamilyMemberInput("عبدالله بن سعد", "son"))
