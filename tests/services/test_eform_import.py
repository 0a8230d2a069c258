"""The e-form import (clause 5-2) on real databases and real files: good exports, hostile ones,
duplicates, and a batch that is saved whole or not at all."""

import csv
import json
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from charity_desk.db.models import Application, AuditEntry, Beneficiary, ChecklistItem, Setting
from charity_desk.domain.application_flow import State
from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.eform_import import (
    COMMIT_CHUNK,
    ImportCancelled,
    NothingToImport,
    propose_mapping,
    write_rejections_xlsx,
    write_template_xlsx,
)
from charity_desk.services.eform_reader import MAX_ROWS, ImportFileError
from charity_desk.services.errors import InvalidInput, NotFound, PermissionDenied, ServiceError
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput, Requirement

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AR_HEADERS = ["طابع زمني", "الاسم الأول", "اسم الأب", "اسم الجد", "اسم العائلة", "رقم الهوية الوطنية / الإقامة",
              "الجنس", "تاريخ الميلاد", "رقم الجوال", "المنطقة", "المدينة", "الحالة الاجتماعية",
              "أوافق على التعليمات"]
EN_HEADERS = ["Timestamp", "First Name", "Father's Name", "Grandfather's Name", "Family Name", "National ID",
              "Gender", "Date of Birth", "Mobile Number", "Region", "City", "Marital Status", "Consent"]
RENT = ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="يصرف الدعم مرة في السنة.",
                    requirements=(Requirement("national_id", "صورة الهوية"), Requirement("lease", "عقد الإيجار")))


def person_id(n: int) -> str:
    return complete_with_check_digit(f"1{n:08d}")


def row(n: int, **changes) -> list:
    """A good Arabic-header row for person ``n`` (Hijri birth date, as citizens write it)."""
    values = {"submitted": "2026-11-20 10:30", "first": "نورة", "father": "سعد", "grandfather": "علي",
              "family": "الدوسري", "id": person_id(n), "gender": "أنثى", "birth": "14/06/1405",
              "mobile": f"05{n:08d}", "region": "الرياض", "city": "الرياض", "marital": "أرملة", "consent": "نعم"}
    values.update(changes)
    return list(values.values())


def write_xlsx(path: Path, headers: list, rows: list[list]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for values in rows:
        sheet.append(values)
    workbook.save(path)
    return path


def write_csv(path: Path, headers: list, rows: list[list], encoding="utf-8-sig", delimiter=",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def with_cached_value(path: Path, cell: str, value: str) -> Path:
    """Give a formula cell the value Excel would have saved with it (openpyxl saves none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(rf'<c r="{cell}"><f>(.*?)</f><v></v></c>', rf'<c r="{cell}" t="str"><f>\1</f><v>{value}</v></c>',
                   sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@pytest.fixture
def acting(services, admin):
    acting = services.acting_as(admin)
    acting.programs.save(RENT)
    return acting


def preview(acting, path, program="RENT", mapping=None):
    headers = list(acting.imports.columns(path).headers)
    return acting.imports.preview(path, mapping or propose_mapping(headers), program, today=TODAY, now=NOW)


def counts(services) -> tuple[int, int]:
    with services.db.read_session() as session:
        return (session.scalar(select(func.count(Beneficiary.id))),
                session.scalar(select(func.count(Application.id))))


def problems(result) -> dict[tuple[int, str], str]:
    return {(p.row, p.field): p.message.render() for p in result.rejections}


def test_headers_are_matched_in_arabic_and_english():
    assert propose_mapping(AR_HEADERS) == {
        "first_name": 1, "father_name": 2, "grandfather_name": 3, "family_name": 4, "national_id": 5, "gender": 6,
        "birth_date": 7, "mobile": 8, "region": 9, "city": 10, "marital_status": 11, "submitted_at": 0,
        "consent": 12}
    assert propose_mapping(EN_HEADERS) == propose_mapping(AR_HEADERS)
    spelled = propose_mapping(["الاسم الاول", "اسم الاب", "اسم العائله", "رقم الهويه", "رقم هوية ولي الأمر",
                               "اسم ولي الأمر", "تاريخ الميلاد (هجري)", "ملاحظات"])
    assert spelled == {"first_name": 0, "father_name": 1, "family_name": 2, "national_id": 3, "birth_date": 6,
                       "guardian_name": 5, "guardian_national_id": 4}


def test_arabic_xlsx_is_imported_with_typed_cells_and_arabic_digits(services, acting, tmp_path):
    rows = [
        row(1),
        row(2, first="خالد", gender="ذكر", id=int(person_id(2)), mobile=552000002,  # numbers in the cells
            birth=datetime(1980, 5, 17), marital="متزوج", submitted=datetime(2026, 11, 21, 8, 15)),
        row(3, first="منيرة", id="".join("٠١٢٣٤٥٦٧٨٩"[int(d)] for d in person_id(3)),
            mobile="٠٥٥٣٠٠٠٠٠٣", birth="١٤/٠٦/١٤٠٥"),
    ]
    path = write_xlsx(tmp_path / "applications.xlsx", AR_HEADERS, rows)
    result = preview(acting, path)
    assert (result.rows_read, len(result.rows), result.new_people, result.rejections) == (3, 3, 3, ())
    assert counts(services) == (0, 0)  # a preview writes nothing

    imported = acting.imports.commit(result)
    assert (imported.applications, imported.new_people, imported.attached) == (3, 3, 0)
    assert (imported.first_number, imported.last_number) == ("1448-000001", "1448-000003")
    with services.db.read_session() as session:
        people = {p.national_id: p for p in session.scalars(select(Beneficiary))}
        applications = session.scalars(select(Application).order_by(Application.number)).all()
        items = session.scalar(select(func.count(ChecklistItem.id)))
    assert people[person_id(1)].birth_date == date(1985, 3, 5)  # 14/06/1405 AH, detected as Hijri
    assert people[person_id(3)].birth_date == date(1985, 3, 5)
    assert people[person_id(2)].birth_date == date(1980, 5, 17)
    assert people[person_id(2)].mobile == "+966552000002"
    assert people[person_id(3)].mobile == "+966553000003"
    assert people[person_id(1)].full_name == "نورة سعد علي الدوسري"
    assert people[person_id(2)].marital_status == "married" and people[person_id(2)].gender == "male"
    assert all(a.imported_from == "applications.xlsx" and a.consent_method == "electronic" for a in applications)
    assert all(a.state == State.RECEIVED.value and a.channel == "website" for a in applications)
    assert applications[1].submitted_at.astimezone(UTC) == datetime(2026, 11, 21, 5, 15, tzinfo=UTC)  # local +3
    assert items == 6
    view = acting.applications.view(applications[0].id)
    assert [t.to_state for t in view.transitions] == [State.RECEIVED]
    assert [i.code for i in view.checklist] == ["national_id", "lease"]
    assert acting.beneficiaries.search("الدوسري")  # the search index sees the new files


def test_english_csv_with_bom_and_arabic_csv_in_windows_encoding(services, acting, tmp_path):
    english = write_csv(tmp_path / "en.csv", EN_HEADERS,
                        [row(1, first="Sara", father="Saad", grandfather="Ali", family="Al-Dosari", gender="Female",
                             birth="1990-02-03", region="منطقة الرياض", marital="Single", consent="Yes"),
                         row(2, gender="female", birth="3/2/1990", consent="TRUE", submitted="20/11/2026 02:30 PM")])
    result = preview(acting, english)
    assert [r.values.person["birth_date"] for r in result.rows] == [date(1990, 2, 3)] * 2
    assert result.rows[1].values.submitted_at == datetime(2026, 11, 20, 11, 30, tzinfo=UTC)
    assert result.rows[0].values.person["region"] == "الرياض"

    windows = write_csv(tmp_path / "ar.csv", AR_HEADERS, [row(3), row(4, birth="1405/06/14 هـ")],
                        encoding="cp1256", delimiter=";")
    result = preview(acting, windows)
    assert len(result.rows) == 2 and result.rows[0].values.person["first_name"] == "نورة"
    assert result.rows[1].values.person["birth_date"] == date(1985, 3, 5)


def test_every_bad_cell_is_refused_at_its_row_and_column(services, acting, tmp_path):
    rows = [
        row(1, first=12345),                                 # a number where a name belongs
        row(2, birth=31456),                                 # a number where a date belongs
        row(3, grandfather="ب" * 501),                       # over 500 characters
        row(4, first="=1+1"),                                # a real formula, never calculated
        row(5, id="1012345678", mobile="0112345678"),        # check digit fails; a landline
        row(6, birth="30/02/1990", submitted="2027-01-01"),  # no such day; in the future
        row(7, consent="لا"),                                # no consent (clause 5-7)
        row(8, gender="؟", region="Atlantis", marital="x"),
        row(9, birth="01/01/1460"),                          # a Hijri date in the future
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", AR_HEADERS, rows)
    result = preview(acting, path)
    found = problems(result)
    assert result.rows == () and result.rejected_rows == 9
    assert "letters only" in found[(2, "first_name")]
    assert "day/month/year" in found[(3, "birth_date")]
    assert "too long" in found[(4, "grandfather_name")]
    assert "never calculated" in found[(5, "first_name")]
    assert "check digit" in found[(6, "national_id")] and "landline" in found[(6, "mobile")]
    assert "28 days" in found[(7, "birth_date")] and "future" in found[(7, "submitted_at")]
    assert "consent" in found[(8, "consent")].lower()
    assert {(9, "gender"), (9, "region"), (9, "marital_status")} <= found.keys()
    assert "future" in found[(10, "birth_date")]
    assert result.column("grandfather_name") == "اسم الجد"

    report = tmp_path / "bad.rejected.xlsx"
    write_rejections_xlsx(result, report)
    sheet = load_workbook(report).worksheets[0]
    assert sheet.sheet_view.rightToLeft
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(lines) == len(result.rejections)
    assert (4, "Rejected", "اسم الجد", "The cell is too long (more than 500 characters).") in lines
    assert not any("ب" * 20 in str(cell) for line in lines for cell in line)  # no cell values copied


def test_csv_injection_text_is_refused_and_never_becomes_a_formula(services, acting, tmp_path):
    headers = [*AR_HEADERS[:-1], "=HYPERLINK(\"http://x\")", AR_HEADERS[-1]]
    rows = [row(1, city="=cmd|' /C calc'!A0"), row(2, first="@SUM(A1)"), row(3, family="+966"),
            row(4, father="-2+3"), row(5, city="\t=1+1")]
    for values in rows:
        values.insert(12, "ignored")
    path = write_csv(tmp_path / "injection.csv", headers, rows)
    result = preview(acting, path)
    found = problems(result)
    assert set(found) == {(2, "city"), (3, "first_name"), (4, "family_name"), (5, "father_name"), (6, "city")}
    assert all("formula" in text for text in found.values())

    report = tmp_path / "report.xlsx"
    write_rejections_xlsx(result, report)
    workbook = load_workbook(report)
    assert all(cell.data_type != "f" for line in workbook.worksheets[0].iter_rows() for cell in line)


def test_calendar_column_and_guardian(services, acting, tmp_path):
    headers = [*AR_HEADERS, "تقويم تاريخ الميلاد", "اسم ولي الأمر", "رقم هوية ولي الأمر"]
    rows = [row(1, birth="05/03/1985") + ["ميلادي", "", ""],
            row(2, birth="14/06/1405") + ["هجري", "سعد الدوسري", "1058529940"],
            row(3) + ["قمري", "", ""],
            row(4) + ["", "سعد الدوسري", "1058529941"]]
    result = preview(acting, write_xlsx(tmp_path / "calendar.xlsx", headers, rows))
    assert [r.values.person["birth_date"] for r in result.rows] == [date(1985, 3, 5)] * 2
    assert (result.rows[1].values.guardian_name, result.rows[1].values.guardian_national_id) == (
        "سعد الدوسري", "1058529940")
    assert set(problems(result)) == {(4, "birth_calendar"), (5, "guardian_national_id")}
    acting.imports.commit(result)
    with services.db.read_session() as session:
        guardians = session.scalars(select(Application.guardian_national_id).order_by(Application.number)).all()
    assert guardians == ["", "1058529940"]


def test_a_csv_cell_too_large_to_parse_refuses_the_file(acting, tmp_path):
    path = tmp_path / "giant.csv"
    path.write_text("الاسم الأول,رقم الهوية\n" + "ب" * 200_000 + ",1\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Row 2"):
        acting.imports.columns(path)


def test_a_formula_gives_the_value_excel_saved(services, acting, tmp_path):
    path = write_xlsx(tmp_path / "formula.xlsx", AR_HEADERS, [row(1, first='=CONCAT("سا","رة")')])
    with_cached_value(path, "B2", "سارة")
    result = preview(acting, path)
    assert [r.values.person["first_name"] for r in result.rows] == ["سارة"]


@pytest.mark.parametrize("name, content", [
    ("empty.xlsx", None),
    ("header-only.csv", "الاسم الأول,رقم الهوية\n\n"),
    ("blank.csv", ""),
    ("broken.xlsx", b"PK\x03\x04 not a workbook"),
    ("old.xls", b"\xd0\xcf\x11\xe0"),
], ids=["empty-workbook", "header-only", "blank-csv", "broken-xlsx", "old-xls"])
def test_unusable_files_are_refused_with_a_clear_message(acting, tmp_path, name, content):
    path = tmp_path / name
    if content is None:
        Workbook().save(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        acting.imports.columns(path)
    assert error.value.message.render()


def test_more_rows_than_one_batch_allows_is_refused(acting, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("الاسم الأول,رقم الهوية\n")
        handle.writelines(f"نورة,{n}\n" for n in range(MAX_ROWS + 1))
    with pytest.raises(ImportFileError, match="more than 50,000 rows"):
        acting.imports.preview(path, {}, "RENT")


def test_required_columns_must_be_chosen(acting, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", AR_HEADERS, [row(1)])
    mapping = propose_mapping(AR_HEADERS)
    del mapping["consent"], mapping["mobile"]
    with pytest.raises(InvalidInput) as error:
        acting.imports.preview(path, mapping, "RENT")
    assert {e.field for e in error.value.errors} == {"consent", "mobile"}
    with pytest.raises(NotFound):
        acting.imports.preview(path, propose_mapping(AR_HEADERS), "NOPE")


def test_duplicates_in_the_file_and_against_existing_files(services, acting, tmp_path):
    registered = acting.registration.register(PersonInput(
        first_name="هند", father_name="فهد", grandfather_name="", family_name="القحطاني", national_id=person_id(50),
        gender="female", birth_date=date(1970, 1, 1), mobile="0550000050"), today=TODAY)
    busy = acting.registration.register(PersonInput(
        first_name="ريم", father_name="فهد", grandfather_name="", family_name="العتيبي", national_id=person_id(60),
        gender="female", birth_date=date(1971, 1, 1), mobile="0550000060"), today=TODAY)
    program = acting.programs.by_code("RENT")
    open_number = acting.applications.view(
        acting.applications.apply(busy, program.id, "in_person", ConsentInput("written"))).summary.number
    rows = [
        row(1, mobile="0599999999"), row(1, first="مكرر"),  # the same ID twice: the later is refused
        row(2, id="123"), row(2, first="لطيفة"),            # a refused first row does not block a corrected one
        row(50, first="هند"),                               # registered: attached to the existing file
        row(60, first="ريم"),                               # registered, with an open application: refused
        # Hind again under a new ID, her name spelled otherwise: may be the existing file.
        row(70, first="هند", father="فهد", grandfather="", family="القحطانى", birth=datetime(1970, 1, 1),
            mobile="0550000050"),
        row(80, mobile="0599999999"),                       # the person of row 2 again, another ID: like row 2
        row(90, first="أمل", mobile="0550000050"),          # only the family's phone in common: not a duplicate
    ]
    result = preview(acting, write_xlsx(tmp_path / "dups.xlsx", AR_HEADERS, rows))
    found = problems(result)
    assert "row 2" in found[(3, "national_id")]
    assert "10 digits" in found[(4, "national_id")]
    assert open_number in found[(7, "national_id")]
    assert [r.values.row for r in result.rows] == [2, 5, 6, 8, 9, 10]
    assert [r.beneficiary_id for r in result.rows] == [None, None, registered, None, None, None]
    # The possible duplicates are listed apart from the refusals, each with its score and reasons.
    assert {p.row for p in result.rejections} == {3, 4, 7}
    assert [(c.row, c.beneficiary_id, c.other_row, c.reasons) for c in result.candidates] == [
        (8, registered, None, ("mobile_same", "name_same", "birth_same")),
        (9, None, 2, ("mobile_same", "name_same", "birth_same"))]
    assert str(registered) in result.candidates[0].message.render()
    assert "row 2" in result.candidates[1].message.render()

    before = counts(services)
    imported = acting.imports.commit(result)
    assert (imported.new_people, imported.attached) == (5, 1)
    assert counts(services) == (before[0] + 5, before[1] + 6)
    # Committed, the new files enter the review queue with the files they may duplicate.
    queued = {(p.lower_id, p.higher_id) for _, p in acting.lists.duplicate_pairs().page(None, 50)}
    with services.db.read_session() as session:
        new_ids = dict(session.execute(select(Beneficiary.national_id, Beneficiary.id)).all())
    assert (registered, new_ids[person_id(70)]) in queued
    assert (new_ids[person_id(1)], new_ids[person_id(80)]) in queued
    assert not {pair for pair in queued if new_ids[person_id(90)] in pair}
    assert len(acting.applications.for_beneficiary(registered)) == 1
    with services.db.read_session() as session:
        hind = session.get(Beneficiary, registered)
    assert hind.first_name == "هند" and hind.mobile == "+966550000050"  # the verified file is unchanged


def test_cancelling_mid_import_saves_nothing(services, acting, tmp_path):
    total = COMMIT_CHUNK * 2 + 10
    path = write_csv(tmp_path / "big.csv", AR_HEADERS, [row(n) for n in range(1, total + 1)])
    result = preview(acting, path)
    assert len(result.rows) == total
    seen = []
    with pytest.raises(ImportCancelled):
        acting.imports.commit(result, progress=lambda done, _total: seen.append(done),
                              cancelled=lambda: bool(seen))
    assert seen == [COMMIT_CHUNK]  # one chunk was written before the cancel, then undone
    assert counts(services) == (0, 0)
    with services.db.read_session() as session:
        assert session.get(Setting, "sequence:application:1448") is None
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "import.committed")) is None

    def failing(done, _total):
        if done > COMMIT_CHUNK:
            raise OSError("disk full")

    with pytest.raises(OSError):
        acting.imports.commit(result, progress=failing)
    assert counts(services) == (0, 0)

    imported = acting.imports.commit(result)
    assert imported.applications == total and imported.last_number == f"1448-{total:06d}"


def test_the_batch_is_refused_when_files_changed_after_the_preview(services, acting, tmp_path):
    result = preview(acting, write_xlsx(tmp_path / "a.xlsx", AR_HEADERS, [row(1), row(2)]))
    acting.registration.register(PersonInput(
        first_name="نورة", father_name="سعد", grandfather_name="", family_name="الدوسري", national_id=person_id(2),
        gender="female", birth_date=date(1985, 3, 5), mobile="0500000002"), today=TODAY)
    with pytest.raises(ServiceError, match="preview the file again"):
        acting.imports.commit(result)
    assert counts(services) == (1, 0)


def test_audit_entry_holds_counts_and_no_personal_value(services, acting, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", AR_HEADERS, [row(1), row(2, consent="")])
    acting.imports.commit(preview(acting, path))
    with services.db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import.committed")).one()
    details = json.loads(entry.details)
    assert details["applications"] == 1 and details["rejected_rows"] == 1 and details["new_people"] == 1
    assert len(details["file_sha256"]) == 64
    assert person_id(1) not in entry.details and "نورة" not in entry.details and "a.xlsx" not in entry.details


def test_permissions(services, acting, admin, tmp_path):
    acting.users.create("manager", "مدير البرنامج", Role.PROGRAM_MANAGER, "manager password")
    acting.users.create("chief", "المدير التنفيذي", Role.EXECUTIVE, "chief password")
    path = write_xlsx(tmp_path / "a.xlsx", AR_HEADERS, [row(1)])
    chief = services.acting_as(services.auth.login("chief", "chief password"))
    with pytest.raises(PermissionDenied):
        chief.imports.preview(path, propose_mapping(AR_HEADERS), "RENT")
    manager = services.acting_as(services.auth.login("manager", "manager password"))
    result = manager.imports.preview(path, propose_mapping(AR_HEADERS), "RENT", today=TODAY, now=NOW)
    with pytest.raises(PermissionDenied):  # creating a file needs beneficiary.edit
        manager.imports.commit(result)
    assert counts(services) == (0, 0)


def test_nothing_valid_and_closed_program(services, acting, tmp_path):
    result = preview(acting, write_xlsx(tmp_path / "a.xlsx", AR_HEADERS, [row(1, consent="")]))
    with pytest.raises(NothingToImport):
        acting.imports.commit(result)
    program = acting.programs.by_code("RENT")
    acting.programs.save(ProgramInput(**{**RENT.__dict__, "active": False}), program.id)
    with pytest.raises(ServiceError, match="closed"):
        preview(acting, tmp_path / "a.xlsx")


def test_template_reads_right_to_left_and_imports_its_own_example(services, acting, tmp_path):
    path = tmp_path / "template.xlsx"
    write_template_xlsx(path)
    sheet = load_workbook(path).worksheets[0]
    assert sheet.sheet_view.rightToLeft
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["الاسم الأول", "اسم الأب", "اسم الجد", "اسم العائلة", "رقم الهوية"]
    assert len(propose_mapping(headers)) == len(headers)
    result = preview(acting, path)
    assert len(result.rows) == 1 and result.rejections == ()


def test_one_bad_row_in_a_big_file_is_not_lost_among_similar_person_notes(acting, tmp_path):
    """A file whose every row carries the same name and birthday (different IDs and phones): one refusal,
    and no row reported as a possible duplicate of hundreds of others."""
    rows = [row(n) for n in range(1, 301)]
    rows[149] = row(150, id="12345")
    result = preview(acting, write_xlsx(tmp_path / "big.xlsx", AR_HEADERS, rows))
    assert [(p.row, p.field) for p in result.rejections] == [(151, "national_id")]
    assert result.candidates == ()
    assert len(result.rows) == 299


def test_an_import_ranks_the_files_it_touched_above_the_others(services, acting, tmp_path):
    """The search shows the files that moved most recently first: a file the import attached an
    application to moves up, above files it did not touch; the files it created rank above those too."""
    attached, untouched = (acting.registration.register(PersonInput(
        first_name=first, father_name="فهد", grandfather_name="", family_name="القحطاني", national_id=person_id(n),
        gender="female", birth_date=date(1970, 1, 1), mobile=f"05500000{n}"), today=TODAY) for n, first in (
        (50, "هند"), (60, "ريم")))
    result = preview(acting, write_xlsx(tmp_path / "rank.xlsx", AR_HEADERS, [row(50, first="هند"), row(1)]))
    acting.imports.commit(result)
    with services.db.read_session() as session:
        rank = dict(session.execute(select(Beneficiary.id, Beneficiary.activity_rank)).all())
        created = session.scalar(select(Beneficiary.id).where(Beneficiary.national_id == person_id(1)))
    assert rank[attached] > rank[untouched] and rank[created] > rank[untouched]
    assert sorted(rank.values()) == sorted(set(rank.values()))
