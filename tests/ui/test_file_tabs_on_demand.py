"""Opening a file reads the file and the tab in front; a tab that asks the services for more (the
timeline here) reads it when first shown, and again for the next file."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from charity_desk.services.person_input import PersonInput
from charity_desk.services.registration import InterviewInput
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage


def _person(acting, national_id: str, first: str, mobile: str) -> int:
    return acting.registration.register(PersonInput(
        first_name=first, father_name="فهد", grandfather_name="علي", family_name="الشهري", national_id=national_id,
        gender="female", birth_date=date(1980, 1, 1), mobile=mobile, region="عسير", city="أبها"),
        today=date(2026, 11, 25))


def test_the_timeline_is_read_when_its_tab_is_shown(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    first = _person(acting, "1012345672", "سلمى", "0551234567")
    second = _person(acting, "1000000008", "ريم", "0557654321")
    for _ in range(3):
        acting.file_edits.log_contact(second, InterviewInput("in_person", "تحديث البيانات"))
    page = BeneficiaryFilePage(acting)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.show_file(first)
    timeline = page.timeline
    assert timeline.table.rowCount() == 0  # not read yet: another tab is in front
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(page.tabs.indexOf(timeline)).center())
    assert page.tabs.currentWidget() is timeline and timeline.table.rowCount() >= 1
    shown_for_first = timeline.table.rowCount()
    page.show_file(second)  # the next file opens on its first tab; the timeline is read again when shown
    assert page.tabs.currentIndex() == 0
    page.tabs.setCurrentWidget(timeline)
    assert timeline.table.rowCount() == shown_for_first + 3
