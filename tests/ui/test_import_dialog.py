"""The import wizard driven like a person would: file, mapping, preview, import (on a worker thread)."""

from pathlib import Path

from list_cells import cell, row_count
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QPushButton

from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.services.eform_import import COMMIT_CHUNK, propose_mapping
from charity_desk.services.programs import ProgramInput
from charity_desk.ui.dialogs.import_applications import MAPPING_PAGE, PREVIEW_PAGE, ImportApplicationsDialog
from charity_desk.ui.widgets.column_mapping import NOT_IN_FILE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
HEADERS = ["طابع زمني", "الاسم الأول", "اسم الأب", "اسم الجد", "اسم العائلة", "رقم الهوية", "الجنس",
           "تاريخ الميلاد", "رقم الجوال", "المنطقة", "المدينة", "الموافقة على التعليمات", "ملاحظات"]
NAMES = ["نورة", "خالد", "منيرة", "عبدالله", "هيا"]


def person(n: int, **changes) -> list:
    values = {"at": "2026-11-20 10:30", "first": NAMES[n % len(NAMES)], "father": "سعد", "grandfather": "علي",
              "family": "الدوسري", "id": complete_with_check_digit(f"1{n:08d}"), "gender": "أنثى",
              "birth": f"{1 + n % 28:02d}/06/1405", "mobile": f"05{n:08d}", "region": "الرياض", "city": "الخرج",
              "consent": "نعم", "notes": ""}
    values.update(changes)
    return list(values.values())


def write_file(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    workbook.active.append(HEADERS)
    for values in rows:
        workbook.active.append(values)
    workbook.save(path)
    return path


def open_dialog(qtbot, services, admin) -> ImportApplicationsDialog:
    acting = services.acting_as(admin)
    acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="مرة في السنة"))
    dialog = ImportApplicationsDialog(acting)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shot(dialog, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / name))


def test_file_mapping_preview_and_import(gui_app, qtbot, services, admin, tmp_path):
    rows = [person(1), person(2), person(3), person(4, id="1012345678"),
            person(5, consent="لا", mobile="0112345678"), person(6, notes="طلب عاجل")]
    source = write_file(tmp_path / "نموذج-الطلبات.xlsx", rows)
    dialog = open_dialog(qtbot, services, admin)
    assert not dialog.next_button.isEnabled()
    assert dialog.open_file(source)
    dialog.set_program("RENT")
    assert dialog.next_button.isEnabled()
    shot(dialog, "import-1-file.png")

    dialog.go_next()
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    assert dialog.mapping.mapping() == propose_mapping(HEADERS)
    assert dialog.mapping.item(4, 2).text().strip("\u2066\u2069") == complete_with_check_digit("100000001")
    shot(dialog, "import-2-mapping.png")

    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        dialog.go_next()
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    assert {k: label.text() for k, label in dialog.counts.items()} == {
        "read": "6", "ready": "4", "new": "4", "attached": "0", "rejected": "2", "candidates": "0"}
    assert row_count(dialog.problems) == 3  # row 5: the ID; row 6: consent and phone
    assert {cell(dialog.problems, r, 0).strip("\u2066\u2069") for r in range(3)} == {"5", "6"}
    assert dialog.import_button.isEnabled()
    shot(dialog, "import-3-preview.png")

    report = tmp_path / "rejected.xlsx"
    dialog.save_rejections(report)
    assert load_workbook(report).worksheets[0].max_row == 4

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.import_button.click()
    assert imported.args[0].applications == 4
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    assert not dialog.progress.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isVisible()
    assert "1448-000001" in dialog.result_label.text()
    shot(dialog, "import-4-done.png")
    acting = services.acting_as(admin)
    assert acting.beneficiaries.count() == 4


def test_missing_column_and_unreadable_file_are_explained(gui_app, qtbot, services, admin, tmp_path):
    dialog = open_dialog(qtbot, services, admin)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert not dialog.open_file(empty)
    assert dialog.error.isVisible() and dialog.error.text()
    assert not dialog.next_button.isEnabled()

    assert dialog.open_file(write_file(tmp_path / "a.xlsx", [person(1)]))
    dialog.go_next()
    dialog.mapping.set_column("consent", NOT_IN_FILE)
    dialog.go_next()
    qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    assert dialog.mapping.combos["consent"].property("invalid")
    assert not dialog.mapping.combos["mobile"].property("invalid")
    shot(dialog, "import-mapping-error.png")


def test_cancelling_the_import_saves_nothing(gui_app, qtbot, services, admin, tmp_path):
    dialog = open_dialog(qtbot, services, admin)
    dialog.open_file(write_file(tmp_path / "big.xlsx", [person(n) for n in range(1, COMMIT_CHUNK * 3)]))
    dialog.go_next()
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.go_next()
    dialog.start_import()
    dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(dialog.error.isVisible, timeout=60_000)
    assert dialog.result is None and dialog.import_button.isEnabled()
    assert services.acting_as(admin).beneficiaries.count() == 0
    # the dialog stays usable: the same batch can still be imported
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.start_import()
    assert services.acting_as(admin).beneficiaries.count() == COMMIT_CHUNK * 3 - 1


def test_possible_duplicates_are_listed_apart_from_the_refused_rows(gui_app, qtbot, services, admin, tmp_path):
    rows = [person(1), person(2), person(3, id="12345"),
            person(1, id=complete_with_check_digit("100000091"), family="دوسري")]  # row 2's person, another ID
    dialog = open_dialog(qtbot, services, admin)
    dialog.resize(1366, 768)
    assert dialog.open_file(write_file(tmp_path / "نموذج.xlsx", rows))
    dialog.set_program("RENT")
    dialog.go_next()
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        dialog.go_next()
    assert dialog.counts["rejected"].text() == "1" and dialog.counts["candidates"].text() == "1"
    assert row_count(dialog.problems) == 1 and cell(dialog.problems, 0, 0).strip("\u2066\u2069") == "4"
    assert dialog.report.currentIndex() == 0  # the refusal is what is shown first
    assert dialog.report.tabText(0) == "الصفوف المرفوضة (1)"
    assert dialog.report.tabText(1) == "قد يكونون مسجلين من قبل (1)"
    dialog.report.setCurrentIndex(1)
    assert row_count(dialog.candidates) == 1
    assert [cell(dialog.candidates, 0, c).strip("\u2066\u2069") for c in range(4)] == [
        "5", "85", "الصف 2 من هذا الملف", "نفس الجوال، الاسم مطابق، تاريخ الميلاد مطابق"]
    shot(dialog, "import-4-possible-duplicates.png")
    report = tmp_path / "report.xlsx"
    dialog.save_rejections(report)
    sheet = load_workbook(report).worksheets[0]
    kinds = [(row[0], row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert kinds == [(4, "مرفوض"), (5, "تكرار محتمل")]
    assert "نفس الجوال، الاسم مطابق، تاريخ الميلاد مطابق" in sheet.cell(3, 4).value
