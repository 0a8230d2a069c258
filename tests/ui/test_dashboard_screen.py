"""The Reports page on known data: figures, filters, charts, reports and the list export dialog;
and screenshots of the page on demo data."""

import gc
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pending_catalogue import pending_arabic
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest

from charity_desk.domain.roles import Role
from charity_desk.i18n import translate
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.registry import Services
from charity_desk.ui.background_task import tasks_running
from charity_desk.ui.bidi import LRI, PDI
from charity_desk.ui.dialogs.export_list import ExportListDialog
from charity_desk.ui.screens.dashboard import DashboardPage
from pdf_reading import pdf_text, squash
from services.test_dashboard_exports import DAY, known  # noqa: F401 - the fixture building the known data

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(autouse=True)
def _qt_garbage_on_the_gui_thread():
    """Free the widgets earlier tests left in reference cycles here, on the GUI thread, and let no
    worker outlive its test: a collection that happens to run on a worker thread would delete
    top-level widgets there, which crashes Qt."""
    gc.collect()
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    gc.collect()


def _value(page: DashboardPage, card: str) -> str:
    return page.cards[card].value.text().removeprefix(LRI).removesuffix(PDI)


def _shown(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.busy and page.figures is not None, timeout=20_000)


@pytest.fixture
def page(gui_app, qtbot, known):  # noqa: F811 - the imported fixture
    acting, _apps = known
    page = DashboardPage(acting)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.activate()
    _shown(qtbot, page)
    return page


def test_figures_match_the_known_data(page):
    assert page.shown_filter.end == date.today()  # the last twelve months by default
    assert _value(page, "applications") == "3"
    assert _value(page, "acceptance") == "67%" and _value(page, "within_target") == "100%"
    assert _value(page, "served") == "2" and _value(page, "services") == "2"
    assert "500.00" in page.cards["services"].detail.text()
    assert _value(page, "complaints_open") == "1" and "1" in page.cards["complaints_open"].detail.text()
    assert page.charts["applications"].bar_count() == 2
    assert page.charts["applications"].items == [("مرفوض", 1), ("مُلتحق", 2)]
    assert page.charts["gender"].items == [("أنثى", 1), ("ذكر", 1)]
    assert page.charts["regions"].items == [("الرياض", 2)]
    assert page.charts["ages"].items == [(translate("DashboardLabels", "30-44 years"), 1),
                                         (translate("DashboardLabels", "60 and over"), 1)]
    assert page.charts["reach"].bar_count() == 0 and page.charts["reach"].stack.currentWidget() is \
        page.charts["reach"].empty


def _open_section(qtbot, page: DashboardPage, index: int) -> None:
    bar = page.sections.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: page.sections.currentIndex() == index)


def test_the_households_and_tasks_tabs_read_their_figures_only_while_in_front(page, qtbot):
    households, duplicates, tasks = page.charts["households"], page.charts["duplicates"], page.charts["tasks"]
    twelve_months = page.shown_filter
    QTest.mouseClick(page.filter.this_hijri_year, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter != twelve_months, timeout=20_000)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)
    # A period click on the key figures reads none of the other tabs' figures.
    assert households.counts is None and duplicates.figures is None and tasks.report is None

    _open_section(qtbot, page, 1)
    qtbot.waitUntil(lambda: households.counts is not None and duplicates.figures is not None, timeout=20_000)
    assert duplicates.figures.start == page.shown_filter.start and tasks.report is None

    # The period changed with the tab in front: its figures are read again, for the new period.
    QTest.mouseClick(page.filter.last_twelve_months, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter == twelve_months
                    and duplicates.figures.start == twelve_months.start, timeout=20_000)
    _open_section(qtbot, page, 2)
    qtbot.waitUntil(lambda: tasks.report is not None, timeout=20_000)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)

    # Back to a tab that has this period's figures: nothing is read again.
    shown = duplicates.figures
    _open_section(qtbot, page, 1)
    assert tasks_running() == 0 and duplicates.figures is shown


def test_the_section_tabs_are_opened_by_keyboard(page, qtbot):
    bar = page.sections.tabBar()
    bar.setFocus()
    onward = Qt.Key.Key_Left if bar.isRightToLeft() else Qt.Key.Key_Right  # the next tab, as the page reads
    qtbot.keyClick(bar, onward)
    assert page.sections.currentIndex() == 1
    qtbot.waitUntil(lambda: page.charts["households"].counts is not None, timeout=20_000)
    qtbot.keyClick(bar, onward)
    assert page.sections.currentIndex() == 2
    qtbot.waitUntil(lambda: page.charts["tasks"].report is not None, timeout=20_000)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def test_changing_the_filter_updates_the_figures(page, qtbot, type_text):
    page.filter.region.setCurrentIndex(page.filter.region.findData("حائل"))
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter.region == "حائل", timeout=20_000)
    assert _value(page, "applications") == "1" and _value(page, "served") == "0"
    assert page.charts["applications"].items == [("مرفوض", 1)]
    page.filter.region.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter.region is None, timeout=20_000)

    # A Gregorian period typed by hand: the deliveries' month, before the applications were received.
    for field, text in ((page.filter.start, "01/10/2026"), (page.filter.end, "31/10/2026")):
        field.calendar.setCurrentIndex(field.calendar.findData("gregorian"))
        field.text.clear()
        type_text(field.text, text)
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter.start == DAY, timeout=20_000)
    assert page.shown_filter.end == date(2026, 10, 31)
    assert _value(page, "applications") == "0" and _value(page, "served") == "2"
    assert page.charts["applications"].bar_count() == 0 and page.charts["programs"].bar_count() == 1

    page.filter.end.text.setText("99/99/2026")
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=5_000)
    assert page.shown_filter.end == date(2026, 10, 31)

    page.filter.this_hijri_year.click()
    qtbot.waitUntil(lambda: not page.busy and page.shown_filter.start != DAY, timeout=20_000)
    assert not page.error.isVisibleTo(page)
    assert page.shown_filter.start <= date.today() <= page.shown_filter.end


def test_board_reports_from_the_page(page, qtbot, tmp_path, monkeypatch):
    page.board_pdf.click()
    qtbot.waitUntil(lambda: not page.reports.busy and page.reports.documents.preview is not None, timeout=60_000)
    preview = page.reports.documents.preview
    assert preview.page_count >= 2
    assert "نسبةالقبول" in squash(pdf_text(preview._data.data()))
    preview.close()

    target = tmp_path / "board"
    monkeypatch.setattr(page.reports, "choose_path", lambda suggested: str(target))
    page.board_xlsx.click()
    qtbot.waitUntil(lambda: not page.reports.busy and page.notice.isVisibleTo(page), timeout=60_000)
    figures = {row[1]: row[2] for row in load_workbook(tmp_path / "board.xlsx")["المؤشرات"].iter_rows(
        min_row=5, values_only=True)}
    assert figures["الطلبات الواردة"] == 3 and figures["المستفيدون المخدومون"] == 2


def _export(qtbot, dialog: ExportListDialog, kind: str, path: Path) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def test_export_dialog_masks_and_asks_the_password_again(page, qtbot, tmp_path, type_text, admin_password):
    dialog = page.open_export()
    qtbot.addWidget(dialog)
    assert dialog.reveal.isEnabled() and not dialog.password.isVisibleTo(dialog)
    _export(qtbot, dialog, "beneficiaries", tmp_path / "masked.xlsx")
    assert dialog.notice.isVisibleTo(dialog) and not dialog.error.isVisibleTo(dialog)
    row = [cell.value for cell in load_workbook(tmp_path / "masked.xlsx").active[2]]
    assert row[2] == "10******72" and row[6] == "05******67"

    dialog.reveal.setChecked(True)
    assert dialog.password.isVisibleTo(dialog)
    type_text(dialog.password, "wrong password")
    _export(qtbot, dialog, "applications", tmp_path / "unmasked.xlsx")
    assert dialog.error.isVisibleTo(dialog) and "كلمة المرور" in dialog.error.text()
    assert not (tmp_path / "unmasked.xlsx").exists() and not list(tmp_path.glob(".*.part"))

    type_text(dialog.password, admin_password)
    _export(qtbot, dialog, "applications", tmp_path / "unmasked.xlsx")
    assert [c.value for c in load_workbook(tmp_path / "unmasked.xlsx").active[2]][2] == "1012345672"


def test_export_option_needs_the_income_permission(gui_app, qtbot, services, known):  # noqa: F811
    acting, _apps = known
    acting.users.create("exec", "المدير التنفيذي", Role.EXECUTIVE, "executive password")
    executive = services.acting_as(services.auth.login("exec", "executive password"))
    dialog = ExportListDialog(executive)
    qtbot.addWidget(dialog)
    assert not dialog.reveal.isEnabled()


@pytest.fixture
def demo_services(sqlite_database):
    """Two thousand demo files with a year of activity, for the screenshots and cancelling."""
    generate_demo(sqlite_database, SYSTEM, 2_000, seed=5, contacts_per_person=0)
    add_demo_activity(sqlite_database, SYSTEM, seed=5)
    services = Services(sqlite_database)
    services.setup.initialize("جمعية البر الخيرية بالرياض", "admin", "سارة العتيبي", "admin password 1")
    return services.acting_as(services.auth.login("admin", "admin password 1"))


def test_screenshots_of_the_dashboard_and_the_export_dialog(gui_app, qtbot, demo_services, tmp_path):
    with pending_arabic(tmp_path):
        page = DashboardPage(demo_services)
        qtbot.addWidget(page)
        page.resize(990, 760)
        page.show()
        page.activate()
        _shown(qtbot, page)
        assert page.charts["applications"].bar_count() == 14 and page.charts["regions"].bar_count() == 13
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SCREENSHOTS / "reports-dashboard.png"))
        page.resize(990, page.content.sizeHint().height() + 260)
        qtbot.wait(50)
        page.grab().save(str(SCREENSHOTS / "reports-dashboard-full.png"))
        page.filter.this_month.click()
        qtbot.waitUntil(lambda: not page.busy and page.shown_filter.start.day == 1, timeout=20_000)
        page.resize(990, 760)
        page.grab().save(str(SCREENSHOTS / "reports-dashboard-month.png"))
        dialog = page.open_export()
        qtbot.addWidget(dialog)
        dialog.reveal.setChecked(True)
        dialog.grab().save(str(SCREENSHOTS / "reports-export-dialog.png"))


def test_cancelling_an_export_leaves_no_file(gui_app, qtbot, demo_services, tmp_path):
    dialog = ExportListDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.path.setText(str(folder / "beneficiaries.xlsx"))
    cancelled = []
    dialog.export()
    dialog.task.cancelled.connect(lambda: cancelled.append(True))
    dialog.task.cancel()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert cancelled and dialog.notice.isVisibleTo(dialog) and not dialog.error.isVisibleTo(dialog)
    assert not list(folder.iterdir())
