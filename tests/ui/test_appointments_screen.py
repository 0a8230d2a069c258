"""The «Appointments» page driven by keyboard: arrows through the day, Enter on a free slot books there
(Escape leaves without booking), a clash is refused in the dialog, the week view, the desk's agenda
with an arrival, and the messages written out for the SMS provider then marked sent."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from charity_desk.domain.roles import Role
from charity_desk.services.appointment_views import BookingInput, working_hours
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.dialogs.book_appointment import BookAppointmentDialog
from charity_desk.ui.screens.appointments import AppointmentsPage

PASSWORD = "staff password 42"


def _working_day() -> date:
    day = date.today() + timedelta(days=1)
    while not working_hours().is_work_day(day):
        day += timedelta(days=1)
    return day


@pytest.fixture
def desk(qtbot, gui_app, services, admin):
    acting = services.acting_as(admin)
    clerk = acting.users.create("desk1", "سارة المطيري", Role.FRONT_DESK, PASSWORD).id
    people = [acting.registration.register(PersonInput(
        first_name=first, father_name="سعد", grandfather_name="علي", family_name="الدوسري", national_id=national_id,
        gender="female", birth_date=date(1985, 3, 2), mobile=mobile))
        for first, national_id, mobile in (("نورة", "1012345672", "0551234567"), ("هدى", "1000000008", "0561234567"))]
    page = AppointmentsPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    schedule = page.schedule
    schedule.staff.setCurrentIndex(schedule.staff.findData(clerk))
    schedule.day.set_value(_working_day())
    return acting, page, clerk, people


def _open_dialog(qtbot) -> BookAppointmentDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BookAppointmentDialog))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _close_slip(qtbot, dialog: BookAppointmentDialog) -> None:
    """Once booked, the slip is previewed over the form; closing the preview closes the form."""
    qtbot.waitUntil(lambda: dialog.slip_jobs.preview is not None, timeout=10_000)
    assert dialog.slip_jobs.preview.document.pageCount() == 1
    dialog.slip_jobs.preview.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_book_by_keyboard_from_the_day_view_and_a_clash_is_refused_in_the_dialog(qtbot, desk):
    acting, page, clerk, (noura, _huda) = desk
    grid = page.schedule.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for _ in range(4):  # 08:00 → 10:00
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert page.schedule.grid.current_slot() == (_working_day(), time(10, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = _open_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes, nothing booked
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert acting.appointments.day(clerk, _working_day()) == []

    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = _open_dialog(qtbot)
    assert dialog.starts_at.currentData() == time(10, 0) and dialog.staff.currentData() == clerk
    dialog.national_id.setFocus()
    qtbot.keyClicks(dialog.national_id, "1012345672")
    qtbot.keyClick(dialog.national_id, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.error.text()
    _close_slip(qtbot, dialog)
    (booked,) = acting.appointments.day(clerk, _working_day())
    assert (booked.beneficiary_id, booked.starts_at) == (noura, time(10, 0))
    assert grid.appointment_at(4, 0) == booked.id and "نورة" in grid.item(4, 0).text()

    # The same slot for another person: refused in the dialog, the clash named, the dialog kept open.
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter on a booked slot: its slip, previewed
    qtbot.waitUntil(lambda: page.schedule.jobs.preview is not None, timeout=10_000)
    page.schedule.jobs.preview.reject()
    grid.setCurrentCell(5, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentRow() == 4
    page.schedule.book()
    dialog = _open_dialog(qtbot)
    qtbot.keyClicks(dialog.national_id, "1000000008")
    qtbot.keyClick(dialog.national_id, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "سارة المطيري" in dialog.error.text() and "نورة سعد علي الدوسري" in dialog.error.text()
    dialog.reject()


def test_cancelling_from_the_day_asks_first_and_frees_the_slot(qtbot, desk):
    from tests.ui.test_form_keyboard import answer_next_question

    acting, page, clerk, (noura, _huda) = desk
    booked = acting.appointments.book(BookingInput(noura, clerk, "desk", _working_day(), time(9, 0), 30))
    page.schedule.reload()
    page.schedule.grid.setCurrentCell(2, 0)
    answer_next_question(qtbot)  # Escape: kept
    qtbot.mouseClick(page.schedule.cancel_button, Qt.MouseButton.LeftButton)
    assert acting.appointments.appointment(booked).status == "booked"
    answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.schedule.cancel_button, Qt.MouseButton.LeftButton)
    assert acting.appointments.appointment(booked).status == "cancelled"
    assert page.schedule.grid.appointment_at(2, 0) is None


def test_the_week_view_and_the_agenda_with_an_arrival(qtbot, desk):
    acting, page, clerk, (noura, huda) = desk
    day = _working_day()
    first = acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(9, 0), 60, "تسليم المستندات"))
    acting.appointments.book(BookingInput(huda, clerk, "desk", day, time(11, 0), 30))
    page.schedule.span.setCurrentIndex(page.schedule.span.findData("week"))
    grid = page.schedule.grid
    assert grid.columnCount() == len(working_hours().week_of(day))
    column = working_hours().week_of(day).index(day)
    assert grid.appointment_at(2, column) == first and grid.rowSpan(2, column) == 2
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.day.set_value(day)
    assert page.agenda.model.rowCount() == 2
    page.agenda.table.choose(first)
    qtbot.mouseClick(page.agenda.arrived_button, Qt.MouseButton.LeftButton)
    assert acting.appointments.appointment(first).status == "arrived"
    assert page.agenda.model.row(page.agenda.model.find(first)).status == "arrived"


def test_the_messages_are_written_for_the_provider_then_marked_sent(qtbot, desk, tmp_path):
    acting, page, clerk, (noura, huda) = desk
    day = _working_day()
    acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(9, 0), 30))
    acting.appointments.book(BookingInput(huda, clerk, "desk", day, time(10, 0), 30))
    page.tabs.setCurrentWidget(page.messages)
    messages = page.messages
    assert messages.model.rowCount() == 2 and messages.model.row(0).mobile == "+966551234567"
    messages.path.setText(str(tmp_path / "sms.xlsx"))
    qtbot.mouseClick(messages.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages.mark_button.isEnabled(), timeout=10_000)
    rows = list(load_workbook(tmp_path / "sms.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][1] == "+966551234567"
    qtbot.mouseClick(messages.mark_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages.model.rowCount() == 0, timeout=10_000)
    assert not messages.mark_button.isEnabled() and "2" in messages.result.text()
    assert acting.messages.due("appointment").count() == 0


def test_booked_from_the_beneficiary_file_by_keyboard(qtbot, desk):
    from charity_desk.ui.screens.beneficiary_file import BeneficiaryFilePage

    acting, page, clerk, (noura, _huda) = desk
    file_page = BeneficiaryFilePage(acting)
    qtbot.addWidget(file_page)
    file_page.show()
    file_page.show_file(noura)
    qtbot.mouseClick(file_page.book, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot)
    assert dialog.national_id is None  # the person is the file's
    dialog.staff.setCurrentIndex(dialog.staff.findData(clerk))
    dialog.day.set_value(_working_day())
    dialog.purpose.setFocus()
    qtbot.keyClicks(dialog.purpose, "stamp")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _close_slip(qtbot, dialog)
    (booked,) = acting.appointments.of_person(noura)
    assert (booked.staff_id, booked.day, booked.purpose) == (clerk, _working_day(), "stamp")


def test_a_walk_in_saved_and_booked_at_the_desk(qtbot, desk, services, admin, type_text):
    from tests.ui.test_walk_in import fill

    from charity_desk.ui.dialogs.walk_in import WalkInDialog

    acting, page, clerk, _people = desk
    walk_in = WalkInDialog(services, acting, page)
    qtbot.addWidget(walk_in)
    walk_in.show()
    fill(walk_in, type_text, national_id="2034567897", mobile="0581234567")
    qtbot.mouseClick(walk_in.book_button, Qt.MouseButton.LeftButton)
    assert not walk_in.isVisible() and walk_in.booking is not None
    dialog = walk_in.booking
    assert dialog.national_id is None and "نورة سعد علي الدوسري" in dialog.windowTitle() + "".join(
        label.text() for label in dialog.findChildren(QLabel))
    dialog.staff.setCurrentIndex(dialog.staff.findData(clerk))
    dialog.day.set_value(_working_day())
    dialog.print_slip.setChecked(False)  # no slip wanted: the form closes at once
    dialog.save()
    assert not dialog.isVisible()
    assert [a.person_name for a in acting.appointments.day(clerk, _working_day())] == ["نورة سعد علي الدوسري"]


def test_a_message_template_is_edited_with_insert_field_and_an_unknown_field_is_refused(qtbot, desk, services, admin):
    from charity_desk.ui.screens.settings_message_templates import MessageTemplatesBox

    acting, _page, _clerk, _people = desk
    box = MessageTemplatesBox(acting)
    qtbot.addWidget(box)
    box.show()
    box.activate()
    box.event_kind.setCurrentIndex(box.event_kind.findData("appointment"))
    box.body.clear()
    box.body.setFocus()
    qtbot.keyClicks(box.body, "Reminder ")
    (name_action,) = [a for a in box.insert_menu.actions() if "{اسم_المستفيد}" in a.text()]
    name_action.trigger()
    assert box.body.toPlainText() == "Reminder {اسم_المستفيد}"
    box.body.insertPlainText(" {المبلغ}")
    box.save()
    assert "{المبلغ}" in box.error.text() and acting.messages.templates()["appointment"] != "Reminder {name}"
    box.body.setPlainText("Reminder {اسم_المستفيد} {التاريخ}")
    box.save()
    assert acting.messages.templates()["appointment"] == "Reminder {name} {date}"
    assert box.saved.text()


def test_a_role_whose_file_permission_was_cleared_sees_the_refusal_not_a_crash(qtbot, gui_app, services, admin):
    from charity_desk.services.actor import Actor

    nobody = Actor(user_id=None, username="nobody", full_name="لا أحد", role=Role.FRONT_DESK, grants=frozenset())
    page = AppointmentsPage(services.acting_as(nobody))
    qtbot.addWidget(page)
    page.show()
    for tab in (page.schedule, page.agenda, page.messages):
        page.tabs.setCurrentWidget(tab)
        page.activate()
        assert tab.error.isVisibleTo(page) and tab.error.text()
    assert not page.schedule.book_button.isEnabled() and not page.messages.export_button.isEnabled()


def test_an_appointment_on_my_work_today_opens_its_slot_in_the_schedule(qtbot, desk, services):
    from charity_desk.ui.main_window import MainWindow

    acting, _page, clerk, (noura, _huda) = desk
    day = _working_day()
    booked = acting.appointments.book(BookingInput(noura, clerk, "desk", day, time(11, 0), 30))
    sara = services.acting_as(services.auth.login("desk1", PASSWORD))
    window = MainWindow(services, sara, "جمعية البر الخيرية", "ar", 600_000)
    qtbot.addWidget(window)
    window.show()
    (task,) = [row for _key, row in sara.tasks.tasks("today", today=day).page(None, 50) if row.kind == "appointment"]
    window.open_task(task)
    page = window.pages["appointments"]
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is page.schedule
    assert page.schedule.staff.currentData() == clerk and page.schedule.day.value() == day
    assert page.schedule.grid.current_appointment() == booked
