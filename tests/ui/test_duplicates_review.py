"""The review queue of suspected duplicates, driven by keyboard and mouse as a supervisor uses it:
arrows through the pairs, the comparison following; «ليسا نفس الشخص»; Enter to merge (Escape to
back out); an administrator's undo from the merged files.  Real database, real scan, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.ui.duplicate_twins import register_twice

from charity_desk.db.models import Beneficiary, DuplicatePair
from charity_desk.domain.roles import Role
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import generate_demo
from charity_desk.ui.dialogs.merge_files import MergeFilesDialog
from charity_desk.ui.screens.duplicates_review import DuplicatesReviewPage

PASSWORD = "correct horse 44"


@pytest.fixture
def twins(services, admin):
    generate_demo(services.db, SYSTEM, 60, seed=11)
    made = register_twice(services.db, 4)
    services.acting_as(admin).duplicates.scan()
    return made


def _page(qtbot, acting) -> DuplicatesReviewPage:
    page = DuplicatesReviewPage(acting)
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 90)
    page.show()
    page.activateWindow()
    page.activate()
    qtbot.waitUntil(page.merge_button.isEnabled)  # the first pair's comparison has arrived
    return page


def _merged_into(services, beneficiary_id: int):
    with services.db.read_session() as session:
        return session.get(Beneficiary, beneficiary_id).merged_into_id


def _on_next_dialog(qtbot, act) -> list:
    """Run ``act(dialog)`` on the next modal dialog that opens; returns it once seen."""
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(20, look)
    return seen


def test_arrows_go_through_the_pairs_and_the_comparison_follows(gui_app, qtbot, services, admin, twins):
    page = _page(qtbot, services.acting_as(admin))
    assert page.total.text() == "أزواج تنتظر المراجعة: ٤" or page.total.text().endswith("4")
    first = page.queue.current_row()
    assert {first.lower_id, first.higher_id} in [set(pair) for pair in twins]
    assert "national_id" in page.comparison.differing and "district" in page.comparison.differing
    assert "first_name" not in page.comparison.differing
    assert page.comparison.item(0, 0).font().bold()  # the differing ID row stands out
    assert "الدرجة" in page.reasons.text() and "رقم الهوية" in page.reasons.text()

    qtbot.keyClick(page.queue, Qt.Key.Key_Down)
    second = page.queue.current_row()
    assert second.id != first.id
    qtbot.waitUntil(lambda: page._comparison is not None and page._comparison.first.id == second.lower_id)

    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.comparison
    qtbot.keyClick(page.comparison, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.not_same
    qtbot.keyClick(page.not_same, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.merge_button
    qtbot.keyClick(page.merge_button, Qt.Key.Key_Escape)
    assert page.focusWidget() is page.queue


def test_not_the_same_person_by_keyboard(gui_app, qtbot, services, admin, twins):
    page = _page(qtbot, services.acting_as(admin))
    pair_id = page.queue.current_id()
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Tab)
    qtbot.keyClick(page.comparison, Qt.Key.Key_Tab)
    qtbot.keyClick(page.not_same, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.queue_model.total == 3)
    assert page.queue.current_id() not in (None, pair_id)
    assert "لن يعود" in page.status.text()
    with services.db.read_session() as session:
        assert session.get(DuplicatePair, pair_id).status == "dismissed"


def test_enter_merges_with_the_values_chosen_and_escape_backs_out(gui_app, qtbot, services, admin, twins):
    page = _page(qtbot, services.acting_as(admin))
    pair = page.queue.current_row()
    page.queue.setFocus()

    _on_next_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    assert _merged_into(services, pair.lower_id) is None and _merged_into(services, pair.higher_id) is None
    assert page.focusWidget() is page.queue

    chosen = {}

    def choose(dialog: MergeFilesDialog):
        # The file with the person's records stays; the district is taken from the other file (it has one).
        chosen["survivor"], chosen["merged"] = dialog.survivor.id, dialog.merged.id
        first, second = dialog.values["district"]
        other = second if dialog.keep_first.isChecked() else first
        QTest.mouseClick(other, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(8, other.height() // 2))
        chosen["district"] = other.text()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter merges

    _on_next_dialog(qtbot, choose)
    qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.queue_model.total == 3)
    assert _merged_into(services, chosen["merged"]) == chosen["survivor"]
    with services.db.read_session() as session:
        assert session.get(Beneficiary, chosen["survivor"]).district == chosen["district"] == "حي الملز"
    assert "دُمج الملف رقم" in page.status.text()
    assert page.merged_tab.model.total == 1


def test_an_administrator_undoes_a_merge_from_the_merged_files(gui_app, qtbot, services, admin, twins):
    acting = services.acting_as(admin)
    survivor, merged = twins[0]
    acting.merges.merge(survivor, merged)
    page = _page(qtbot, acting)
    tab = page.merged_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.undo_button.isVisible()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)  # the newest merge
    assert tab.table.current_row().merged_id == merged

    _on_next_dialog(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))  # Escape keeps the merge
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert _merged_into(services, merged) == survivor

    def yes(box: QMessageBox):
        undo = next(b for b in box.buttons() if b.text() == "التراجع عن الدمج")
        QTest.mouseClick(undo, Qt.MouseButton.LeftButton)

    _on_next_dialog(qtbot, yes)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "تم التراجع" in tab.status.text())
    assert _merged_into(services, merged) is None
    assert tab.model.data(tab.model.index(0, 6)) == "تم التراجع"
    assert not tab.undo_button.isEnabled()  # once only


def test_a_supervisor_reviews_and_merges_but_cannot_undo(gui_app, qtbot, services, admin, twins):
    services.acting_as(admin).users.create("manager1", "مشرفة البرامج", Role.PROGRAM_MANAGER, PASSWORD)
    manager = services.acting_as(services.auth.login("manager1", PASSWORD))
    survivor, merged = twins[1]
    manager.merges.merge(survivor, merged)
    page = _page(qtbot, manager)
    tab = page.merged_tab
    page.tabs.setCurrentWidget(tab)
    assert not tab.undo_button.isVisible()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # nothing asks, nothing is undone
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None
    assert _merged_into(services, merged) == survivor


def test_the_merge_dialog_by_keyboard_only(gui_app, qtbot, services, admin, twins):
    """Arrows choose the file that stays (each differing field then starts at its value, or the other's
    where it has none), Tab reaches each field's pair of values, arrows switch a value, Escape cancels."""
    original, twin = twins[0]
    comparison = services.acting_as(admin).merges.compare(original, twin)
    dialog = MergeFilesDialog(comparison)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # The twin alone has a district and street, the original alone a building number and postal code:
    # whichever file stays, each field starts at the value that is there.
    assert {"district", "street", "building_number", "postal_code"} <= set(dialog.values)
    first_stays = dialog.keep_first.isChecked()
    twin_stays = dialog.survivor.id == twin
    assert set(dialog.take_from_merged()) >= ({"building_number", "postal_code"} if twin_stays
                                              else {"district", "street"})
    checked = dialog.keep_first if first_stays else dialog.keep_second
    checked.setFocus()
    qtbot.keyClick(checked, Qt.Key.Key_Down if first_stays else Qt.Key.Key_Up)
    assert dialog.keep_first.isChecked() != first_stays
    assert dialog.survivor.id != (comparison.first.id if first_stays else comparison.second.id)
    first, second = dialog.values["district"]
    for _ in range(20):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() in (first, second):
            break
    assert dialog.focusWidget() in (first, second)
    before = dialog.take_from_merged()
    focused = dialog.focusWidget()
    unchecked = first if second.isChecked() else second
    if focused is unchecked:
        qtbot.keyClick(focused, Qt.Key.Key_Space)
    else:  # the other value is beside it: to the left of the first file's in Arabic (right to left)
        towards_second = Qt.Key.Key_Left if dialog.isRightToLeft() else Qt.Key.Key_Right
        towards_first = Qt.Key.Key_Right if dialog.isRightToLeft() else Qt.Key.Key_Left
        qtbot.keyClick(focused, towards_second if focused is first else towards_first)
    assert unchecked.isChecked()
    assert dialog.take_from_merged() != before
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert _merged_into(services, twin) is None


def test_a_file_changed_since_the_comparison_is_not_merged_and_is_compared_again(gui_app, qtbot, services, admin,
                                                                                  twins):
    page = _page(qtbot, services.acting_as(admin))
    pair = page.queue.current_row()
    with services.db.session() as session:  # another desk corrects the city meanwhile
        session.get(Beneficiary, pair.higher_id).city = "أبها"
    page.queue.setFocus()
    _on_next_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog.reason, Qt.Key.Key_Return))
    qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert "بعد أن فتحته" in page.error.text()
    assert _merged_into(services, pair.higher_id) is None and _merged_into(services, pair.lower_id) is None
    qtbot.waitUntil(lambda: "city" in page.comparison.differing)  # compared again, as the files are now


@pytest.mark.parametrize(("role", "listed"), [(Role.PROGRAM_MANAGER, True), (Role.SOCIAL_RESEARCHER, False),
                                              (Role.FRONT_DESK, False)])
def test_the_page_is_in_the_navigation_of_supervisors_only(gui_app, qtbot, services, admin, role, listed):
    from charity_desk.config import MachineSettings
    from charity_desk.ui.app import AppController

    services.acting_as(admin).users.create("someone", "موظف", role, PASSWORD)
    controller = AppController(gui_app, services, MachineSettings())
    controller.show_login()
    dialog = controller.login
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "someone")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    window = controller.window
    qtbot.addWidget(window)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert ("الملفات المكررة" in titles) is listed
    assert ("duplicates" in list(window.pages)) is listed
