"""While a beneficiary's file shows, no navigation entry is highlighted (the file is not one of them):
«back» (its button or Alt+Left) returns to the page it was opened from, highlighted again, and
choosing any entry leaves the file, the one it was opened from included."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from charity_desk.services.demo import generate_demo
from charity_desk.ui.main_window import MainWindow


def _click_entry(window, key: str) -> None:
    nav = window.nav
    row = list(window.pages).index(key)
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     nav.visualItemRect(nav.item(row)).center())


def _highlighted(window) -> list[str]:
    keys = list(window.pages)
    return [keys[window.nav.row(item)] for item in window.nav.selectedItems()]


def test_the_navigation_is_honest_while_a_file_shows(gui_app, qtbot, services, admin):
    generate_demo(services.db, admin, 5, seed=4)
    acting = services.acting_as(admin)
    window = MainWindow(services, acting, services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _click_entry(window, "beneficiaries")
    assert _highlighted(window) == ["beneficiaries"]

    person = acting.beneficiaries.page(None, 1)[0].id
    window.open_file(person)
    assert window.stack.currentWidget() is window.file_page
    assert window.width() == 1366  # the file's header fits a 1366-pixel screen (its facts wrap)
    assert _highlighted(window) == [] and window.nav.currentRow() == -1
    assert window.file_page.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is window.file_page

    # Alt+Left goes back to the page the file was opened from, highlighted again.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["beneficiaries"]
    assert _highlighted(window) == ["beneficiaries"]

    # Choosing the same entry while a file shows leaves the file (it used to do nothing).
    window.open_file(person)
    _click_entry(window, "beneficiaries")
    assert window.stack.currentWidget() is window.pages["beneficiaries"]
    assert _highlighted(window) == ["beneficiaries"]

    # And any other entry too; «back» from a file opened there returns there.
    window.open_file(person)
    _click_entry(window, "front_desk")
    assert window.stack.currentWidget() is window.pages["front_desk"]
    window.open_file(person)
    qtbot.mouseClick(next(b for b in window.file_page.findChildren(type(window.file_page.export_file))
                          if b.text() == "رجوع"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["front_desk"]
    assert _highlighted(window) == ["front_desk"]
