"""The file screen (and the settings page) is prepared a short step at a time after sign-in: a key typed
meanwhile is served between two steps, not after the whole preparation; the screen's tabs are built when
first asked for."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from charity_desk.services.demo import generate_demo
from charity_desk.ui.main_window import BUILT_AHEAD, MainWindow
from charity_desk.ui.screens.beneficiary_file import TABS, BeneficiaryFilePage


def _window(qtbot, services, admin) -> MainWindow:
    window = MainWindow(services, services.acting_as(admin), services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _press(widget, key: Qt.Key, text: str) -> None:
    """A key pressed by the person: queued, delivered when the event loop comes round to it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def test_a_key_typed_while_the_file_screen_is_prepared_is_served_before_the_preparation_ends(
        gui_app, qtbot, services, admin):
    generate_demo(services.db, admin, 3, seed=4)
    person = services.acting_as(admin).beneficiaries.page(None, 1)[0]
    window = _window(qtbot, services, admin)
    nav = window.nav
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     nav.visualItemRect(nav.item(list(window.pages).index("front_desk"))).center())
    front = window.pages["front_desk"]
    box = front.search_box
    box.setFocus()
    preparation = window.preparation
    assert preparation.done == 0 and not preparation.running  # nothing is built before the window has shown

    typed_after_steps: list[int] = []
    box.textChanged.connect(lambda _text: typed_after_steps.append(preparation.done))
    digits = iter(person.national_id)

    def type_a_digit(_done: int) -> None:
        digit = next(digits, None)
        if digit is not None:
            _press(box, Qt.Key(Qt.Key.Key_0.value + int(digit)), digit)

    preparation.stepped.connect(type_a_digit)
    with qtbot.waitSignal(preparation.finished, timeout=30_000):
        pass  # it starts by itself, a moment after the window was shown
    steps = preparation.done
    assert box.text() == person.national_id
    # Each key was handled right after the step during which it was pressed, the preparation still under way.
    assert typed_after_steps == list(range(1, len(person.national_id) + 1))
    assert typed_after_steps[-1] < steps
    page = window.file_page
    assert all(page.tabs.is_built(key) for key, _module, _name in TABS)
    assert all(window.pages.is_built(key) for key in BUILT_AHEAD)  # their first visit only reads their data
    assert window.stack.currentWidget() is front  # built behind the page the person works in

    # The person goes on by keyboard: the search finds the ID typed, Enter opens the file.
    qtbot.waitUntil(lambda: front.model.rowCount() == 1, timeout=5_000)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is page
    assert page.name.text() == person.full_name
    assert page.personal.isVisible()


def test_a_file_opened_before_its_screen_is_prepared_builds_only_the_tab_in_front(gui_app, qtbot, services, admin):
    generate_demo(services.db, admin, 3, seed=4)
    acting = services.acting_as(admin)
    person = acting.beneficiaries.page(None, 1)[0]
    page = BeneficiaryFilePage(acting)
    qtbot.addWidget(page)
    assert not any(page.tabs.is_built(key) for key, _module, _name in TABS)
    page.resize(1366, 768)
    page.show()
    assert page.show_file(person.id)
    assert [key for key, _module, _name in TABS if page.tabs.is_built(key)] == ["personal"]
    assert page.tabs.currentWidget() is page.personal

    # The next tab by keyboard (Ctrl+Tab): built and filled when it comes to the front.
    QTest.keyClick(page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    family = page.tabs.currentWidget()
    assert page.tabs.is_built("family") and family is page.family
    assert family.table.rowCount() == len(acting.files.open(person.id).family)
