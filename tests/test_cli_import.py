"""``charity-desk import applications`` and ``import-template``, run as real processes."""

import json
from datetime import date

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.models import Application, Beneficiary
from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.services.actor import SYSTEM
from charity_desk.services.programs import ProgramInput
from charity_desk.services.registry import Services
from cli_runs import create_admin, run_as_admin, run_cli

HEADERS = ["الاسم الأول", "اسم الأب", "اسم العائلة", "رقم الهوية", "الجنس", "تاريخ الميلاد", "رقم الجوال",
           "الموافقة"]


def prepared(url: str, tmp_path) -> Database:
    db = Database(url)
    upgrade_database(db.engine, tmp_path / "backups")
    Services(db).acting_as(SYSTEM).programs.save(
        ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind", instructions="تصرف شهريًا."))
    create_admin(url)
    return db


def counts(db: Database) -> tuple[int, int]:
    with db.read_session() as session:
        return (session.scalar(select(func.count(Beneficiary.id))),
                session.scalar(select(func.count(Application.id))))


def write_file(path, rows):
    workbook = Workbook()
    workbook.active.append(HEADERS)
    for values in rows:
        workbook.active.append(values)
    workbook.save(path)
    return path


def person(n: int, **changes) -> list:
    values = {"first": "سارة", "father": "محمد", "family": "الشهري", "id": complete_with_check_digit(f"2{n:08d}"),
              "gender": "أنثى", "birth": date(1992, 4, 1), "mobile": f"05{n:08d}", "consent": "نعم"}
    values.update(changes)
    return list(values.values())


def test_dry_run_then_import_then_nothing_left_to_import(database_url, tmp_path):
    db = prepared(database_url, tmp_path)
    source = write_file(tmp_path / "form.xlsx", [person(1), person(2, first="هيا"), person(3, consent="")])

    dry = run_as_admin("import", "applications", str(source), "--program", "FOOD", "--dry-run", "--json",
                       "--db", database_url)
    assert dry.returncode == 0, dry.stderr
    summary = json.loads(dry.stdout)
    assert (summary["rows_read"], summary["ready"], summary["rejected"], summary["imported"]) == (3, 2, 1, 0)
    report = tmp_path / "form.rejected.xlsx"
    rows = list(load_workbook(report).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2]) for r in rows] == [(4, "الموافقة")]
    assert counts(db) == (0, 0)

    done = run_as_admin("import", "applications", str(source), "--program", "food", "--db", database_url)
    assert done.returncode == 0, done.stderr
    assert "الطلبات المستوردة: 2" in done.stdout
    assert counts(db) == (2, 2)

    again = run_as_admin("import", "applications", str(source), "--program", "FOOD", "--db", database_url)
    assert again.returncode == 1  # both already have an open application; the third has no consent
    assert again.stderr.strip()
    assert counts(db) == (2, 2)
    db.dispose()


def test_errors_exit_non_zero(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db = prepared(url, tmp_path)
    source = write_file(tmp_path / "form.xlsx", [person(1)])
    unknown = run_as_admin("import", "applications", str(source), "--program", "NOPE", "--db", url)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "لا يوجد برنامج رمزه NOPE. تحقق من الرمز في شاشة البرامج."
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert run_as_admin("import", "applications", str(empty), "--program", "FOOD", "--db", url).returncode == 1
    unsigned = run_cli("import", "applications", str(source), "--program", "FOOD", "--db", url)
    assert unsigned.returncode == 1 and "--user" in unsigned.stderr
    assert counts(db) == (0, 0)
    db.dispose()


def test_template_is_written(tmp_path):
    target = tmp_path / "template.xlsx"
    result = run_cli("import-template", str(target), "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "db.sqlite3").exists()  # a blank template reads no data: no database, no sign-in
    sheet = load_workbook(target).worksheets[0]
    assert sheet.sheet_view.rightToLeft and sheet["A1"].value == "الاسم الأول"
