"""The household tab and the double-benefit guard's dialog, driven by real keys and clicks, in Arabic
at 1366x768 (screenshots in build/screenshots)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from sqlalchemy import select
from test_form_keyboard import open_dialog, tab_to

from charity_desk.db.models import DoubleBenefitOverride
from charity_desk.domain.counting import OBLIQUE
from charity_desk.domain.roles import Role
from charity_desk.ui.dialogs.double_benefit import DoubleBenefitDialog
from charity_desk.ui.dialogs.new_application import NewApplicationDialog
from charity_desk.ui.formatting import counted, show_amount, show_number
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage
from charity_desk.ui.screens.dashboard import DashboardPage
from charity_desk.ui.screens.programs import ProgramsPage
from services.household_world import build_household
from services.test_double_benefit import _accept, _program
from services.test_household_reports import served  # noqa: F401 - the fixture with households served

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


def test_the_household_tab_lists_the_files_and_opens_each_by_keyboard_and_mouse(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    h = build_household(acting)
    program = _program(acting, "RAMADAN")
    _accept(acting, h.son, program)
    page = BeneficiaryFilePage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_file(h.father)
    tab = page.household
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(page.tabs.indexOf(tab)).center())
    assert page.tabs.currentWidget() is tab and page.tabs.tabText(page.tabs.indexOf(tab)) == "ملفات الأسرة"
    table = tab.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[0] == "سعد محمد علي الشمري" and table.item(0, 1).text() == "هذا الملف"  # the file itself first
    assert sorted(names[1:]) == sorted(["فهد سعد محمد الشمري", "نورة عبدالله فهد العتيبي"])
    son_row = names.index("فهد سعد محمد الشمري")
    assert table.item(son_row, 1).text() == "ابن"
    assert "سلة رمضان" in table.item(son_row, 4).text() and "مقبول" in table.item(son_row, 4).text()
    assert counted(4, "person", OBLIQUE) in tab.summary.text()
    assert show_amount(Decimal("4000")) in tab.summary.text()
    QApplication.processEvents()
    _shot(page, "file-tab-household-1366.png")

    # Keyboard: to the son's row with the arrows, Enter opens his file.
    table.setFocus()
    table.setCurrentCell(0, 0)
    for _ in range(son_row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.beneficiary_id == h.son and page.name.text() == "فهد سعد محمد الشمري"

    # His household tab shows the father (who lists him) and the mother (through the father).
    page.tabs.setCurrentWidget(tab)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"فهد سعد محمد الشمري": "هذا الملف", "سعد محمد علي الشمري": "يذكر هذا الشخص بصفته: ابن",
                    "نورة عبدالله فهد العتيبي": "من الأسرة نفسها (عبر ملف آخر)"}
    qtbot.keyClick(table, Qt.Key.Key_Home)  # Enter on the file itself opens nothing new
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.beneficiary_id == h.son
    # Mouse: a double click on the mother's name opens her file.
    mother_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("نورة عبدالله فهد العتيبي")
    cell = table.visualItemRect(table.item(mother_row, 0)).center()
    # A real double click: the first click, then the second one the system reports as a double click.
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
    assert page.beneficiary_id == h.mother


def test_without_the_income_permission_the_household_shows_no_money(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    h = build_household(acting)
    acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "front desk pass 1")
    desk = services.acting_as(services.auth.login("desk", "front desk pass 1"))
    page = BeneficiaryFilePage(desk)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_file(h.son)
    page.tabs.setCurrentWidget(page.household)
    tab = page.household
    assert tab.table.isColumnHidden(3) and "ريال" not in tab.summary.text()
    assert tab.table.rowCount() == 3 and tab.summary.text().endswith(show_number(3))
    QApplication.processEvents()
    _shot(page, "file-tab-household-front-desk-1366.png")


def test_the_guard_asks_a_supervisor_and_refuses_the_front_desk_by_keyboard(gui_app, qtbot, services, admin,
                                                                            type_text):
    acting = services.acting_as(admin)
    h = build_household(acting)
    acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "front desk pass 1")
    acting.users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "manager pass 1")
    program = _program(acting, "RAMADAN")
    received = _accept(acting, h.son, program)
    desk = services.acting_as(services.auth.login("desk", "front desk pass 1"))
    dialog = open_dialog(qtbot, NewApplicationDialog(desk, h.mother))
    dialog.program.setCurrentIndex(dialog.program.findData(program))
    dialog.accepted.setFocus()
    qtbot.keyClick(dialog.accepted, Qt.Key.Key_Space)
    assert dialog.accepted.isChecked()
    seen: list[str] = []

    def in_the_guard():
        guard = QApplication.activeModalWidget()
        if not isinstance(guard, DoubleBenefitDialog):
            QTimer.singleShot(20, in_the_guard)
            return
        seen.append(guard.details.text())
        _shot(guard, "double-benefit-dialog.png")
        # The front desk's own password is no supervisor's approval.
        type_text(guard.username, "desk")
        tab_to(qtbot, guard, guard.password)
        type_text(guard.password, "front desk pass 1")
        tab_to(qtbot, guard, guard.reason)
        type_text(guard.reason, "أسرتان في بيت واحد")
        qtbot.keyClick(guard.reason, Qt.Key.Key_Return)
        seen.append(guard.error.text())
        assert guard.isVisible() and guard.approval is None
        _shot(guard, "double-benefit-dialog-refused.png")
        guard.username.selectAll()
        type_text(guard.username, "manager")
        tab_to(qtbot, guard, guard.password)
        type_text(guard.password, "manager pass 1")
        qtbot.keyClick(guard.password, Qt.Key.Key_Return)

    QTimer.singleShot(20, in_the_guard)
    qtbot.keyClick(dialog.accepted, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen and "فهد سعد محمد الشمري" in seen[0] and "سلة رمضان" in seen[0]
    assert "لا يملك هذا الحساب الموافقة" in seen[1]  # the front desk's sign-in was refused, in Arabic
    assert dialog.application_id is not None
    with services.db.read_session() as session:
        override = session.scalar(select(DoubleBenefitOverride))
    assert (override.application_id, override.other_application_id) == (dialog.application_id, received)
    assert override.reason == "أسرتان في بيت واحد"


def test_the_reports_page_shows_the_households_of_the_period(gui_app, qtbot, services, served):  # noqa: F811
    acting, _h, _program = served
    page = DashboardPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    chart = page.charts["households"]
    bar = page.sections.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: not page.busy and chart.counts is not None, timeout=20_000)
    assert chart.counts == (2, 1, 1)
    assert [label for label, _count in chart.items] == ["الأسر المخدومة", "أسر خُدم فيها أكثر من ملف",
                                                        "استفادة ثانية بموافقة مشرف"]
    QApplication.processEvents()
    _shot(page, "reports-households-1366.png")
    QThreadPool.globalInstance().waitForDone(30_000)


def test_a_program_is_set_to_count_the_whole_household_by_keyboard(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    program = _program(acting, "RAMADAN")
    page = ProgramsPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate(program)
    editor = page.editor
    assert not editor.household_counts.isChecked()
    editor.not_receiving.setFocus()
    qtbot.keyClick(editor.not_receiving, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.household_counts
    qtbot.keyClick(editor.household_counts, Qt.Key.Key_Space)
    assert editor.household_counts.isChecked()
    page.findChild(QScrollArea).ensureWidgetVisible(editor.household_counts)
    QApplication.processEvents()
    _shot(page, "program-editor-household-1366.png")
    editor.save()
    assert acting.programs.get(program).rules.household_counts
    page.activate(program)
    assert page.editor.household_counts.isChecked()
