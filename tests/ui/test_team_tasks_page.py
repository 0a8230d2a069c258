"""The supervisors' team page is built without a query; every colleague's load and the chosen colleague's tasks
are read side by side off the GUI thread and shown together, and Up/Down choose another colleague by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from tests.ui.test_lazy_pages import statements

from charity_desk.domain.roles import Role
from charity_desk.services.person_input import PersonInput
from charity_desk.services.tasks.service import ManualTaskInput
from charity_desk.ui import background_task
from charity_desk.ui.screens.team_tasks import TeamTasksPage

TODAY = date.today()


def test_the_team_page_is_built_without_a_query_and_reads_the_team_and_the_first_colleague_together(
        gui_app, qtbot, services, admin, database):
    acting = services.acting_as(admin)
    colleague = acting.users.create("res1", "أ الباحثة سارة", Role.SOCIAL_RESEARCHER, "colleague 123").id
    acting.tasks.give(ManualTaskInput(colleague, TODAY, "اتصل بالأسرة"), today=TODAY)
    acting.tasks.give(ManualTaskInput(colleague, TODAY + timedelta(days=2), "راجع الملف"), today=TODAY)
    acting.tasks.give(ManualTaskInput(admin.user_id, TODAY, "جهز المحضر"), today=TODAY)

    with statements(database) as sent:
        page = TeamTasksPage(acting)
    qtbot.addWidget(page)
    assert sent == []  # building the page reads nothing: the navigation click shows it at once

    page.resize(1366, 768)
    page.show()
    running_before = background_task.tasks_running()
    page.activate()
    assert background_task.tasks_running() == running_before + 2  # the counts and the tasks, side by side
    qtbot.waitUntil(lambda: bool(page.loads))
    # The colleague's tasks came with the team (no read started after it): both show at the same moment.
    assert not page.busy and background_task.tasks_running() == running_before
    names = [load.full_name for load in page.loads]
    assert names[0] == "أ الباحثة سارة" and page.current_member() == colleague
    assert page.model.rowCount() == 2 and {page.model.row(i).detail for i in range(2)} == {
        "مدير النظام: اتصل بالأسرة", "مدير النظام: راجع الملف"}

    # Down on the team list: the next colleague's tasks, read off the GUI thread.
    page.team.setFocus()
    qtbot.keyClick(page.team, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not page.busy and page.current_member() == admin.user_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).detail == "مدير النظام: جهز المحضر"

    # Read again (Refresh): the colleague chosen stays chosen.
    page.reload()
    qtbot.waitUntil(lambda: not page.busy)
    assert page.current_member() == admin.user_id and page.model.rowCount() == 1


def test_a_colleague_closed_while_chosen_gives_way_to_the_first_one_on_the_list(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    first = acting.users.create("res1", "أ الباحثة سارة", Role.SOCIAL_RESEARCHER, "colleague 123").id
    leaving = acting.users.create("res2", "ي الباحث فهد", Role.SOCIAL_RESEARCHER, "colleague 123").id
    acting.tasks.give(ManualTaskInput(first, TODAY, "اتصل بالأسرة"), today=TODAY)
    acting.tasks.give(ManualTaskInput(leaving, TODAY, "سلّم الملفات"), today=TODAY)
    page = TeamTasksPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy and bool(page.loads))
    page.team.setFocus()
    qtbot.keyClick(page.team, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.busy and page.current_member() == leaving and page.model.rowCount() == 1)

    acting.users.deactivate(leaving)
    page.reload()
    qtbot.waitUntil(lambda: not page.busy and page.current_member() == first)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).detail == "مدير النظام: اتصل بالأسرة"
    assert leaving not in [load.user_id for load in page.loads]


def test_a_reassign_clicked_while_the_team_is_read_again_is_not_applied(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    colleague = acting.users.create("res1", "أ الباحثة سارة", Role.SOCIAL_RESEARCHER, "colleague 123").id
    task = acting.tasks.give(ManualTaskInput(colleague, TODAY, "اتصل بالأسرة"), today=TODAY)
    page = TeamTasksPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 1)
    page.to_whom.setCurrentIndex(page.to_whom.findData(admin.user_id))
    assert page.reassign_button.isEnabled() and page.open_button.isEnabled()

    opened = []
    page.open_requested.connect(opened.append)
    page.reload()
    assert page.busy and not page.reassign_button.isEnabled() and not page.open_button.isEnabled()
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    page.tasks.setFocus()
    qtbot.keyClick(page.tasks, Qt.Key.Key_Return)
    clicked_while_busy = page.busy
    qtbot.waitUntil(lambda: not page.busy)

    assert clicked_while_busy and opened == []
    assert [row.record_id for _key, row in acting.tasks.member_tasks(colleague).page(None, 10)] == [task]
    assert page.reassign_button.isEnabled() and page.open_button.isEnabled()


def test_my_work_prepares_the_team_reads_for_a_supervisor_only(gui_app, qtbot, services, admin, database):
    from charity_desk.ui.screens.my_work import MyWorkPage

    acting = services.acting_as(admin)
    acting.users.create("res1", "أ الباحثة سارة", Role.SOCIAL_RESEARCHER, "colleague 123")
    researcher = services.acting_as(services.auth.login("res1", "colleague 123"))
    for reader, prepared in ((researcher, False), (acting, True)):
        with statements(database) as sent:
            page = MyWorkPage(reader)
            qtbot.addWidget(page)
            page.activate()
            qtbot.waitUntil(lambda page=page: page.summary is not None and not page.busy)
            qtbot.waitUntil(lambda: background_task.tasks_running() == 0)
        team_read = [s for s in sent if "user_account.active" in s and "ORDER BY user_account.full_name" in s]
        assert bool(team_read) == prepared


def test_both_lists_fit_beside_the_navigation_of_a_1280_by_720_window(gui_app, qtbot, services, admin):
    # The page's share of a small laptop screen: every column of both lists shows, none scrolls sideways.
    acting = services.acting_as(admin)
    colleague = acting.users.create("res1", "أ الباحثة الاجتماعية سارة", Role.SOCIAL_RESEARCHER, "colleague 123").id
    person = acting.registration.register(PersonInput(
        first_name="عبدالرحمن", father_name="عبدالله", grandfather_name="محمد", family_name="العنزي",
        national_id="1012345672", gender="male", birth_date=date(1980, 1, 1), mobile="0551234567",
        region="حائل", city="حائل"), today=TODAY)
    for days in range(3):  # overdue (their dates in bold), for a person, with a detail longer than its column
        acting.tasks.give(ManualTaskInput(colleague, TODAY - timedelta(days=days + 1),
                                          "راجع ملف الأسرة واتصل بها لتحديد موعد الزيارة المنزلية القادمة", person),
                          today=TODAY - timedelta(days=days + 1))
    page = TeamTasksPage(acting)
    qtbot.addWidget(page)
    page.resize(1020, 640)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() == 3)
    assert page.team.horizontalScrollBar().maximum() == 0
    assert page.tasks.horizontalScrollBar().maximum() == 0
