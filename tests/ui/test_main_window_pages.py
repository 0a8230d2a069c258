"""The main window builds a page the first time it is shown, so it appears at once after sign-in."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from charity_desk.config import MachineSettings
from charity_desk.ui.app import AppController


def _sign_in(qtbot, gui_app, services, password):
    controller = AppController(gui_app, services, MachineSettings())
    controller.show_login()
    dialog = controller.login
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    return controller.window


def test_only_the_first_page_is_built_at_sign_in_and_each_other_when_clicked(gui_app, qtbot, services, admin,
                                                                             admin_password):
    window = _sign_in(qtbot, gui_app, services, admin_password)
    keys = list(window.pages)
    assert [window.pages.is_built(key) for key in keys] == [True] + [False] * (len(keys) - 1)
    applications = keys.index("applications")
    nav = window.nav
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     nav.visualItemRect(nav.item(applications)).center())
    assert window.pages.is_built("applications") and not window.pages.is_built("committee")
    page = window.stack.currentWidget()
    assert page is window.pages["applications"] and page.isVisible()
    # Asked for by key (as opening an application from a file does), a page is built once and kept.
    assert window.pages["committee"] is window.pages["committee"]
    assert window.stack.currentWidget() is page
    # Every navigation entry still leads to its own page.
    for row, key in enumerate(keys):
        nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
