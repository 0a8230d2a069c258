"""Smoke test of the shell: first run, sign in, every navigation page, idle lock, sign out."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from charity_desk.config import MachineSettings
from charity_desk.documents.fonts import register_fonts
from charity_desk.ui.app import AppController
from charity_desk.ui.dialogs.first_run import FirstRunDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _sign_in(qtbot, controller, username, password):
    controller.show_login()
    dialog = controller.login
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    return controller.window


def test_first_run_creates_association_and_admin(gui_app, qtbot, services, type_text):
    dialog = FirstRunDialog(services.setup, services.setup.state())
    qtbot.addWidget(dialog)
    type_text(dialog.association_name, "جمعية البر الخيرية")
    qtbot.keyClicks(dialog.username, "admin")
    type_text(dialog.full_name, "مدير النظام")
    qtbot.keyClicks(dialog.password, "admin password")
    qtbot.keyClicks(dialog.password_again, "admin passwordX")
    dialog._save()
    assert dialog.error.isVisibleTo(dialog)
    assert not services.setup.state().complete
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "admin password")
    dialog._save()
    qtbot.keyClick(dialog.recovery.written, Qt.Key.Key_Space)  # the recovery code, written down
    qtbot.keyClick(dialog.recovery.done_button, Qt.Key.Key_Space)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert services.setup.association_name() == "جمعية البر الخيرية"


def test_wrong_password_shows_arabic_message(gui_app, qtbot, services, admin):
    controller = AppController(gui_app, services, MachineSettings())
    controller.show_login()
    dialog = controller.login
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.isVisibleTo(dialog)
    assert "كلمة المرور" in dialog.error.text()
    assert controller.window is None


def test_sign_in_and_open_every_page(gui_app, qtbot, services, admin, admin_password):
    assert gui_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    controller = AppController(gui_app, services, MachineSettings())
    register_fonts.cache_clear()
    window = _sign_in(qtbot, controller, "admin", admin_password)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # With Team tasks, Privacy and Audit, which only supervisors and administrators see.
    assert window.nav.count() == len(window.pages) and {"team", "privacy", "audit"} <= set(window.pages)
    for row, key in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
        window.grab().save(str(SCREENSHOTS / f"page-{key}.png"))
    assert window.nav.item(0).text() == "عملي اليوم"  # every role starts its day on its tasks
    # The letters' fonts are loaded in the background at sign-in, before the first letter.
    qtbot.waitUntil(lambda: register_fonts.cache_info().currsize == 1, timeout=10_000)


def test_idle_lock_hides_data_until_password(gui_app, qtbot, services, admin, admin_password):
    controller = AppController(gui_app, services, MachineSettings(), idle_timeout_ms=150)
    window = _sign_in(qtbot, controller, "admin", admin_password)
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert not window.stack.isVisible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "lock-screen.png"))
    qtbot.keyClicks(window.lock_screen.password, "wrong")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.is_locked and window.lock_screen.error.isVisibleTo(window)
    qtbot.keyClicks(window.lock_screen.password, admin_password)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.is_locked


def test_sign_out_returns_to_login(gui_app, qtbot, services, admin, admin_password):
    controller = AppController(gui_app, services, MachineSettings())
    window = _sign_in(qtbot, controller, "admin", admin_password)
    window.sign_out_requested.emit()
    assert controller.window is None
    assert controller.login.isVisible()
    assert QApplication.instance() is gui_app


def test_language_switch_rebuilds_window_left_to_right(gui_app, qtbot, services, admin, admin_password):
    controller = AppController(gui_app, services, MachineSettings())
    window = _sign_in(qtbot, controller, "admin", admin_password)
    window.language_changed.emit("en")
    try:
        assert gui_app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert controller.window is not window
        assert controller.window.nav.item(0).text() == "My work today"
        assert MachineSettings.load().language == "en"
    finally:
        controller.window.language_changed.emit("ar")
    assert gui_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
