"""Long lists are read a page at a time, and an action changes only the rows it touched.

The applications work queue stands for every list built on ``PagedListModel``: thousands of
applications inserted in bulk, the screen driven with real clicks and keys.
"""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from queue_data import bulk_applications, food_program, long_queue
from sqlalchemy import make_url

from charity_desk.db.engine import sqlite_path
from charity_desk.domain.application_flow import State
from charity_desk.services.committees import MemberInput
from charity_desk.ui.models.paged_list import PAGE_SIZE
from charity_desk.ui.screens.applications import ApplicationsPage
from charity_desk.ui.screens.committee import CommitteePage
from database_files import open_database_file


@pytest.fixture
def acting(services, admin):
    return services.acting_as(admin)


def _page(qtbot, acting) -> ApplicationsPage:
    page = ApplicationsPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    return page


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


class Signals:
    """Counts a model's resets and the rows it reported changed."""

    def __init__(self, model):
        self.resets, self.changed_rows, self.removed = 0, set(), 0
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda top, bottom, *_: self.changed_rows.update(range(top.row(), bottom.row() + 1)))
        model.rowsRemoved.connect(self._removed)

    def _reset(self):
        self.resets += 1

    def _removed(self, _parent, first, last):
        self.removed += last - first + 1


def test_a_long_queue_shows_one_page_until_the_view_asks_for_more(gui_app, qtbot, acting):
    long_queue(acting, 5000)
    page = _page(qtbot, acting)
    model = page.queue_model
    assert model.rowCount() == PAGE_SIZE
    digits = "".join(c for c in page.count.text().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")) if c.isdigit())
    assert model.total == 5000 and digits == "5000"
    assert model.canFetchMore()
    page.table.setFocus()
    _click_row(qtbot, page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    assert model.rowCount() < 5000  # only the pages scrolled to
    numbers = [model.row(i).number for i in range(model.rowCount())]
    assert len(set(numbers)) == len(numbers)  # pages continue without repeating a row


def test_the_queue_is_walked_by_keyboard(gui_app, qtbot, acting):
    long_queue(acting, 300)
    page = _page(qtbot, acting)
    model, table = page.queue_model, page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for row in (0, 1, 2):
        assert table.current_id() == model.row_id(row)
        assert page.panel.header.text().startswith(model.row(row).number)
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert table.currentIndex().row() > 3 and page.panel.header.text().startswith(
        model.row(table.currentIndex().row()).number)


def test_an_application_chosen_beyond_the_first_page_stays_shown_when_the_queue_is_read_again(gui_app, qtbot,
                                                                                             acting):
    long_queue(acting, 250)
    page = _page(qtbot, acting)
    model = page.queue_model
    model.fetchMore()  # scrolled to the second page
    deep = model.row(150)
    assert page.table.choose(deep.id)
    assert page.panel.header.text().startswith(deep.number)
    page.activate()  # the page shown again (after the screen lock, or from the sidebar): the first page only
    assert model.find(deep.id) == -1
    assert page.panel.header.text().startswith(deep.number)
    page.queue.setCurrentIndex(page.queue.findData("committee"))  # another queue: nothing chosen
    assert not page.panel.isEnabled()


def test_a_header_click_sorts_the_whole_queue_in_the_database(gui_app, qtbot, acting):
    long_queue(acting, 500)
    page = _page(qtbot, acting)
    header = page.table.horizontalHeader()
    name_column = 1
    for _ in range(2):  # ascending, then descending
        rect_x = header.sectionViewportPosition(name_column) + header.sectionSize(name_column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, header.height() // 2))
    model = page.queue_model
    # The first page holds the last names of all 500, not the last of the 100 already read.
    assert model.row(0).beneficiary_name == "مستفيد 00499"
    assert model.rowCount() == PAGE_SIZE


def test_marking_a_checklist_item_changes_its_row_without_reloading_the_queue(gui_app, qtbot, acting):
    application_id = long_queue(acting, 2000)
    page = _page(qtbot, acting)
    model, panel = page.queue_model, page.panel
    _click_row(qtbot, page.table, 0)
    assert page.table.current_id() == application_id
    counted = Signals(model)

    def act(button_name: str) -> None:
        with qtbot.waitSignal(panel.changed, timeout=10_000):
            _click(qtbot, panel.findChild(QPushButton, button_name))
        assert not panel.error.text(), panel.error.text()

    for row in range(panel.checklist.rowCount()):
        panel.checklist.setCurrentCell(row, 0)
        act("mark_verified")
    assert all(item.status == "verified" for item in acting.applications.view(application_id).checklist)
    assert counted.resets == 0 and counted.changed_rows == {0}

    act("move_verified")  # still waiting for verification: the row changes in place
    assert counted.resets == 0
    assert model.row(0).id == application_id and model.row(0).state is State.VERIFIED
    assert model.data(model.index(0, 4)) == "تم التحقق"

    act("move_visit_requested")  # it leaves this queue: its row goes, the others stay
    assert counted.resets == 0 and counted.removed == 1
    assert model.find(application_id) == -1 and model.total == 1999
    assert panel.header.text().startswith(acting.applications.view(application_id).summary.number)


def test_recording_a_decision_on_a_long_agenda_changes_only_its_row(gui_app, qtbot, acting):
    bulk_applications(acting, food_program(acting), 2000, State.READY_FOR_COMMITTEE, datetime(2026, 1, 1, tzinfo=UTC))
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("أحمد السالم", "رئيس اللجنة",
                                                                                    "chair")])
    meeting = acting.committees.open_meeting(committee, date(2026, 11, 24))
    acting.committees.set_attendance(meeting, {acting.committees.meeting(meeting).members[0].id: True})
    page = CommitteePage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    panel, model = page.panel, page.panel.agenda_model
    assert model.rowCount() == PAGE_SIZE and panel.counts.on_agenda == 2000 and panel.counts.decided == 0
    counted = Signals(model)
    _click_row(qtbot, panel.agenda, 0)
    first = panel.agenda.current_id()
    qtbot.mouseClick(panel.decision.outcome.buttons["rejected"], Qt.MouseButton.LeftButton)
    panel.decision.reason.set_code("income_above_limit")
    panel.decision.votes.set_values((1, 0, 0))
    _click(qtbot, panel.record_button)
    assert not panel.error.text(), panel.error.text()
    assert counted.resets == 0 and counted.changed_rows == {0}
    assert model.row(0).application_id == first and model.row(0).decision.outcome == "rejected"
    assert model.data(model.index(0, 4)) != "—"
    assert panel.counts.decided == 1 and panel.agenda.current_id() == model.row_id(1)  # the next one waiting


def _another_desk_holding_the_lock(url: str):
    """A connection of another desk in a transaction that blocks every write to checklist items."""
    if url.startswith("sqlite"):
        other_desk = open_database_file(sqlite_path(url), isolation_level=None)
        other_desk.execute("BEGIN IMMEDIATE")
        return other_desk
    import psycopg

    other_desk = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    other_desk.execute("LOCK TABLE checklist_item IN EXCLUSIVE MODE")
    return other_desk


def test_a_click_made_while_an_action_runs_is_not_replayed(gui_app, qtbot, acting, database):
    application_id = long_queue(acting, 50)
    page = _page(qtbot, acting)
    panel = page.panel
    _click_row(qtbot, page.table, 0)
    panel.checklist.setCurrentCell(0, 0)
    item_id = acting.applications.view(application_id).checklist[0].id

    # Another desk holds the write lock: the mark waits for it, off the GUI thread.
    other_desk = _another_desk_holding_the_lock(database.url)
    try:
        _click(qtbot, panel.findChild(QPushButton, "mark_verified"))
        qtbot.wait(100)
        assert not panel.isEnabled() and not page.table.isEnabled()
        _click(qtbot, panel.findChild(QPushButton, "mark_provided"))  # the impatient second click
        _click_row(qtbot, page.table, 3)  # and a click on another application
        qtbot.wait(100)
    finally:
        with qtbot.waitSignal(panel.changed, timeout=15_000):
            other_desk.rollback()
    other_desk.close()

    item = next(i for i in acting.applications.view(application_id).checklist if i.id == item_id)
    assert item.status == "verified"
    assert page.table.current_id() == application_id
    assert panel.header.text().startswith(acting.applications.view(application_id).summary.number)
    assert panel.isEnabled() and page.table.isEnabled()
