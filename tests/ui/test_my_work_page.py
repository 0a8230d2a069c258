"""My work today in the real main window, by keyboard: the first page after sign-in, the overdue badge,
the reminder (never a dialog) at sign-in and at the hourly check, arrows and Enter to where a task is
done, Escape; giving a colleague a task; a supervisor reassigning one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from charity_desk.config import MachineSettings
from charity_desk.domain.roles import Role
from charity_desk.services.person_input import PersonInput
from charity_desk.services.referral_views import PartnerInput
from charity_desk.services.tasks.service import ManualTaskInput
from charity_desk.ui.app import AppController
from charity_desk.ui.formatting import show_number
from charity_desk.ui.widgets.task_reminder import REMINDER_INTERVAL_MS

TODAY = date.today()
PASSWORD = "colleague 123"


@pytest.fixture
def day(services, admin):
    """The administrator's day: a task given two days ago and overdue, a home visit today, a referral to
    follow up in three days; a colleague to give tasks to."""
    acting = services.acting_as(admin)
    colleague = acting.users.create("res1", "الباحثة سارة", Role.SOCIAL_RESEARCHER, PASSWORD).id
    person = acting.registration.register(PersonInput(
        "نورة", "محمد", "علي", "الشمري", "1012345672", "female", date(1980, 1, 1), "0551234567"), today=TODAY)
    visit = acting.visits.schedule(person, admin.user_id, TODAY)
    given = acting.tasks.give(ManualTaskInput(admin.user_id, TODAY - timedelta(days=2), "اتصل بالأسرة"),
                              today=TODAY - timedelta(days=3))
    partner = acting.referrals.save_partner(PartnerInput("جمعية رعاية مرضى الكلى"))
    referral = acting.referrals.refer(person, partner, "غسيل كلوي", ["name"], True,
                                      follow_up_on=TODAY + timedelta(days=3))
    return {"person": person, "visit": visit, "given": given, "referral": referral, "colleague": colleague,
            "acting": acting}


def _sign_in(qtbot, gui_app, services, username, password):
    controller = AppController(gui_app, services, MachineSettings())
    controller.show_login()
    dialog = controller.login
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    window = controller.window
    qtbot.addWidget(window)
    page = window.pages["my_work"]
    qtbot.waitUntil(lambda: page.summary is not None and not page.busy)
    return window, page


def _keys(page) -> list[str]:
    return [page.model.row(i).key for i in range(page.model.rowCount())]


def _click_tab(tab_bar, index: int) -> None:
    QTest.mouseClick(tab_bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tab_bar.tabRect(index).center())


def test_the_day_starts_on_my_work_with_the_badge_and_the_reminder(gui_app, qtbot, services, admin_password, day):
    window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    assert list(window.pages)[0] == "my_work" and window.stack.currentWidget() is page
    assert window.nav.item(0).text() == f"عملي اليوم ({show_number(1)})"
    # The reminder is a line in the window, not a dialog; it says what is due today and overdue.
    assert window.reminder.isVisible() and QApplication.activeModalWidget() is None
    assert "مهمة واحدة" in window.reminder.text.text()
    # Overdue first: the task given by hand, the due date in both calendars.
    assert _keys(page) == [f"manual:{day['given']}"]
    assert "هـ" in page.model.data(page.model.index(0, 0)) and "م" in page.model.data(page.model.index(0, 0))
    # Escape on the reminder (reached by Tab like any button) hides it; the hourly check brings it back.
    window.reminder.show_button.setFocus()
    qtbot.keyClick(window.reminder.show_button, Qt.Key.Key_Escape)
    assert not window.reminder.isVisible()
    assert window._reminder_timer.interval() == REMINDER_INTERVAL_MS and window._reminder_timer.isActive()
    window._reminder_timer.timeout.emit()
    qtbot.waitUntil(lambda: window.reminder.isVisible())
    # «Show my tasks» by keyboard: the overdue group, the list focused.
    window.reminder.show_button.setFocus()
    qtbot.keyClick(window.reminder.show_button, Qt.Key.Key_Space)
    assert not window.reminder.isVisible() and page.group == "overdue"


def test_arrows_and_enter_open_where_each_task_is_done(gui_app, qtbot, services, admin_password, day):
    window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    _click_tab(page.groups, 1)  # today
    qtbot.waitUntil(lambda: not page.busy and _keys(page) == [f"visit:{day['visit']}"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.visit_dialog  # the home visit's report, where the visit is written up
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.show_page("my_work")
    _click_tab(page.groups, 2)  # this week
    qtbot.waitUntil(lambda: not page.busy and _keys(page) == [f"referral:{day['referral']}"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    # The file, on its referrals tab.
    assert window.stack.currentWidget() is window.file_page
    assert window.file_page.beneficiary_id == day["person"]
    assert window.file_page.tabs.currentWidget() is window.file_page.referrals


def test_a_kind_chosen_in_the_counts_shows_that_kind_alone(gui_app, qtbot, services, admin_password, day):
    window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    _click_tab(page.groups, 0)
    kinds = page._count_kinds
    assert set(kinds) == {None, "manual", "visit", "referral"}
    page.counts.setFocus()
    page.counts.setCurrentCell(kinds.index("visit"), 0)
    qtbot.keyClick(page.counts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy and page.kind_note.isVisible())
    assert _keys(page) == [] and page.empty.isVisible()  # no visit is overdue
    _click_tab(page.groups, 1)
    qtbot.waitUntil(lambda: not page.busy and _keys(page) == [f"visit:{day['visit']}"])
    # Escape in the list: every kind again.
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.busy and not page.kind_note.isVisible())
    assert page.counts.currentRow() == 0 and f"visit:{day['visit']}" in _keys(page)


def test_giving_a_task_and_marking_one_done_by_keyboard(gui_app, qtbot, services, admin_password, day, type_text):
    window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    dialog = page.give_task()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.assignee.currentData() == day["colleague"]
    dialog.note.setFocus()
    type_text(dialog.note, "راجعي ملف الأسرة")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    colleague = services.acting_as(services.auth.login("res1", PASSWORD))
    rows = [row for _key, row in colleague.tasks.tasks("today").page(None, 10)]
    assert [(r.kind, r.record_id) for r in rows] == [("manual", dialog.task_id)]
    # The overdue task given by hand: chosen with the arrows, marked done, gone.
    _click_tab(page.groups, 0)
    qtbot.waitUntil(lambda: not page.busy and _keys(page) == [f"manual:{day['given']}"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    page.done_button.setFocus()
    qtbot.keyClick(page.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.busy and _keys(page) == [])
    assert window.nav.item(0).text() == "عملي اليوم"  # no badge without an overdue task


def test_an_empty_note_is_refused_with_a_message_at_the_field(gui_app, qtbot, services, admin_password, day):
    _window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    dialog = page.give_task()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.task_id is None
    assert "اكتب" in dialog.error.text()


def test_a_supervisor_reassigns_a_visit_from_the_team_page(gui_app, qtbot, services, admin_password, day):
    acting = day["acting"]
    other = acting.users.create("res2", "الباحث فهد", Role.SOCIAL_RESEARCHER, PASSWORD).id
    window, _page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    window.show_page("team")
    team = window.pages["team"]
    qtbot.waitUntil(lambda: not team.busy and bool(team.loads))
    admin_row = next(i for i, load in enumerate(team.loads) if load.full_name == "مدير النظام")
    team.team.setFocus()
    team.team.setCurrentCell(admin_row, 0)
    qtbot.waitUntil(lambda: not team.busy and team.model.rowCount() == 3)
    assert team.team.item(admin_row, 2).text() == show_number(1)  # one overdue
    keys = [team.model.row(i).key for i in range(team.model.rowCount())]
    position = keys.index(f"visit:{day['visit']}")
    team.tasks.setFocus()
    for _ in range(position):  # the first task is chosen when the list is shown
        qtbot.keyClick(team.tasks, Qt.Key.Key_Down)
    assert team.tasks.current_row().key == f"visit:{day['visit']}" and team.reassign_button.isEnabled()
    team.to_whom.setCurrentIndex(team.to_whom.findData(other))
    team.reassign_button.setFocus()
    qtbot.keyClick(team.reassign_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not team.busy)
    moved = services.acting_as(services.auth.login("res2", PASSWORD))
    assert [r.key for _k, r in moved.tasks.tasks("today").page(None, 10)] == [f"visit:{day['visit']}"]


def test_the_team_page_is_not_in_the_navigation_without_the_permission(gui_app, qtbot, services, admin, day):
    window, page = _sign_in(qtbot, gui_app, services, "res1", PASSWORD)
    assert list(window.pages)[0] == "my_work" and "team" not in window.pages
    assert page.summary.overdue == 0 and not window.reminder.isVisible()


def test_the_reports_page_shows_tasks_done_on_time_per_colleague(gui_app, qtbot, services, admin, day):
    from charity_desk.ui.background_task import tasks_running
    from charity_desk.ui.screens.dashboard import DashboardPage

    acting = day["acting"]
    acting.tasks.mark_done(day["given"])  # two days late
    page = DashboardPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    table = page.charts["tasks"]
    bar = page.sections.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    qtbot.waitUntil(lambda: table.report is not None, timeout=10_000)
    # Every chart's figures are in before the page goes (none is left to report to a freed widget).
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=10_000)
    assert table.done.rowCount() == 1
    cells = [table.done.item(0, column).text() for column in range(table.done.columnCount())]
    assert cells[:3] == ["مدير النظام", "مهام من الزملاء", show_number(1)]
    assert cells[3].startswith(show_number(0))  # done, but not by its due date
    assert table.kept.rowCount() == 0 and not table.empty.isVisible()


def test_enter_on_a_data_request_opens_the_privacy_register_on_that_request(gui_app, qtbot, services,
                                                                           admin_password, day):
    from charity_desk.services.data_requests import DataRequestInput

    request = day["acting"].data_requests.receive(
        DataRequestInput("access", TODAY - timedelta(days=30), beneficiary_id=day["person"]), today=TODAY)
    window, page = _sign_in(qtbot, gui_app, services, "admin", admin_password)
    _click_tab(page.groups, 1)  # today: the 30 days are up
    qtbot.waitUntil(lambda: not page.busy and f"data_request:{request}" in _keys(page))
    page.table.setFocus()
    while page.current_task().kind != "data_request":
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    privacy = window.pages["privacy"]
    assert window.stack.currentWidget() is privacy and privacy.tabs.currentWidget() is privacy.requests
    assert privacy.requests.table.current_id() == request
