"""The Family tab marks the members who are registered files of their own, and opens such a file by
keyboard (arrows to the row, Tab to «Open their file», Space), in Arabic at 1366x768."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_form_keyboard import tab_to

from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage
from services.household_world import build_household

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_a_member_with_a_file_of_their_own_is_a_link_that_opens_it_by_keyboard(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    h = build_household(acting)
    page = BeneficiaryFilePage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_file(h.father)
    tab = page.family
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(page.tabs.indexOf(tab)).center())
    assert page.tabs.currentWidget() is tab
    table = tab.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    son, spouse, daughter = (names.index(n) for n in ("فهد سعد الشمري", "نوره عبد الله العتيبي", "منيرة سعد الشمري"))
    linked = {r for r in range(table.rowCount()) if table.item(r, 0).font().underline()}
    assert linked == {son, spouse}  # his son by ID, his wife because both files name each other
    assert "ملف" in table.item(son, 0).toolTip()
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "file-tab-family-links-1366.png"))

    table.setFocus()
    table.setCurrentCell(0, 0)
    for _ in range(daughter):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert not tab.open_button.isEnabled()  # the daughter has no file of her own
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(son):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert tab.open_button.isEnabled()
    tab_to(qtbot, page, tab.open_button)
    qtbot.keyClick(tab.open_button, Qt.Key.Key_Space)
    assert page.beneficiary_id == h.son and page.name.text() == "فهد سعد محمد الشمري"
