"""The person's appointments in their file: read only when the «Services and appointments» tab is shown,
reached by keyboard, each with its day in Hijri and Gregorian, time, staff member and state in Arabic; an
arrival recorded shows when the file is read again; a booking made from the file shows at once."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from tests.ui.test_appointments_screen import _close_slip, _open_dialog, _working_day, desk  # noqa: F401
from tests.ui.test_lazy_pages import statements

from charity_desk.domain.dates import format_gregorian, format_hijri_numeric
from charity_desk.domain.numerals import localize_digits
from charity_desk.services.appointment_views import BookingInput
from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage


def _cells(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_file_lists_the_persons_appointments_when_the_tab_is_shown(qtbot, desk, database):  # noqa: F811
    acting, _page, clerk, (noura, huda) = desk
    day = _working_day()
    later = acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(10, 30), 30, "تسليم المستندات"))
    earlier = acting.appointments.book(BookingInput(noura, acting.actor.user_id, "home_visit", day, time(9, 0), 60))
    acting.appointments.book(BookingInput(huda, clerk, "desk", day, time(11, 0), 30, "موعد هدى"))

    file_page = BeneficiaryFilePage(acting)
    qtbot.addWidget(file_page)
    file_page.resize(1366, 768)
    file_page.show()
    file_page.show_file(noura)
    tab = file_page.services_received
    listed = tab.appointments.table
    assert listed.rowCount() == 0  # not read while another tab is in front

    # Ctrl+Tab from the file's tab bar to the tab, as a person at the keyboard.
    file_page.tabs.setFocus()
    with statements(database) as sent:
        while file_page.tabs.currentWidget() is not tab:
            qtbot.keyClick(file_page.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert any("appointment" in statement for statement in sent)
    assert file_page.tabs.tabText(file_page.tabs.currentIndex()) == "الخدمات والمواعيد"
    assert tab.appointments.title() == "المواعيد" and tab.appointments.isVisible()

    # Latest first; only this person's; both calendars; Arabic state and kind; the reference left to right.
    assert [listed.item(row, 6).text().strip("\u2066\u2069\u200e") for row in range(listed.rowCount())] == [
        acting.appointments.appointment(later).reference, acting.appointments.appointment(earlier).reference]
    first = _cells(listed, 0)
    assert localize_digits(format_hijri_numeric(day)) in first[0] and localize_digits(format_gregorian(day)) in first[0]
    assert "هـ" in first[0] and "م" in first[0]
    assert first[1].startswith(localize_digits("10:30")) and first[3] == "سارة المطيري"
    assert first[4] == "تسليم المستندات" and first[5] == "محجوز"
    assert _cells(listed, 1)[2] != first[2]  # a home visit is told apart from a desk appointment
    assert not tab.appointments.empty.isVisible()

    # An arrival recorded: the state the file shows when it is read again.
    acting.appointments.record_arrival(later)
    file_page.activate()
    assert _cells(listed, 0)[5] == "حضر"

    # Another person with no appointment: the list says so instead of an empty table.
    acting.appointments.cancel(acting.appointments.of_person(huda)[0].id)
    file_page.show_file(huda)
    file_page.tabs.setCurrentWidget(tab)
    assert _cells(listed, 0)[5] == "ملغى"


def test_a_booking_made_from_the_file_shows_in_its_list(qtbot, desk):  # noqa: F811
    acting, _page, clerk, (noura, _huda) = desk
    file_page = BeneficiaryFilePage(acting)
    qtbot.addWidget(file_page)
    file_page.resize(1366, 768)
    file_page.show()
    file_page.show_file(noura)
    tab = file_page.services_received
    file_page.tabs.setCurrentWidget(tab)
    assert tab.appointments.table.rowCount() == 0 and tab.appointments.empty.isVisible()
    assert tab.appointments.empty.text() == "لا توجد مواعيد محجوزة لهذا الشخص."

    qtbot.mouseClick(file_page.book, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot)
    dialog.staff.setCurrentIndex(dialog.staff.findData(clerk))
    dialog.day.set_value(_working_day())
    dialog.purpose.setFocus()
    qtbot.keyClicks(dialog.purpose, "stamp")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _close_slip(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.appointments.table.rowCount() == 1)
    assert _cells(tab.appointments.table, 0)[4] == "stamp" and not tab.appointments.empty.isVisible()


def test_enter_on_an_appointment_in_the_file_opens_its_slot_in_the_schedule(qtbot, desk, services):  # noqa: F811
    from charity_desk.ui.main_window import MainWindow

    acting, _page, clerk, (noura, _huda) = desk
    day = _working_day()
    acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(9, 0), 30))
    booked = acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(11, 0), 30, "تسليم المستندات"))
    window = MainWindow(services, acting, "جمعية البر الخيرية", "ar", 600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_file(noura)
    file_page = window.file_page
    file_page.tabs.setCurrentWidget(file_page.services_received)
    listed = file_page.services_received.appointments.table
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert listed.current_key() == booked  # the latest first
    qtbot.keyClick(listed, Qt.Key.Key_Return)
    page = window.pages["appointments"]
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is page.schedule
    assert page.schedule.staff.currentData() == clerk and page.schedule.day.value() == day
    assert page.schedule.grid.current_appointment() == booked
