"""The Audit page checks the trail off the GUI thread and shows the first broken entry."""

from PySide6.QtCore import Qt
from sqlalchemy import text

from charity_desk.domain.roles import Role
from charity_desk.services.actor import Actor
from charity_desk.ui.main_window import MainWindow
from charity_desk.ui.screens.audit import AuditPage


def _check(qtbot, page: AuditPage) -> None:
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)


def test_intact_trail_is_reported(gui_app, qtbot, services, admin):
    page = AuditPage(services.acting_as(admin))
    qtbot.addWidget(page)
    _check(qtbot, page)
    assert page.result.text()
    assert not page.error.isVisibleTo(page)
    assert page.check_button.isEnabled()


def test_altered_entry_is_named(gui_app, qtbot, services, admin):
    with services.db.engine.begin() as connection:
        bad_id = connection.execute(text("SELECT min(id) FROM audit_entry")).scalar()
        connection.execute(text("UPDATE audit_entry SET action = 'nothing' WHERE id = :id"), {"id": bad_id})
    page = AuditPage(services.acting_as(admin))
    qtbot.addWidget(page)
    _check(qtbot, page)
    assert page.error.isVisibleTo(page)
    assert str(bad_id) in page.error.text()


def test_only_administrators_see_the_audit_page(gui_app, qtbot, services, admin):
    clerk = Actor(user_id=admin.user_id, username="clerk", full_name="clerk", role=Role.FRONT_DESK)
    for actor, expected in ((admin, True), (clerk, False)):
        window = MainWindow(services, services.acting_as(actor), "جمعية", "ar", 600_000)
        qtbot.addWidget(window)
        assert ("audit" in window.pages) is expected
