"""A meeting's start time is asked when it is opened, by keyboard, and kept with the meeting (the minutes
print it: tests/services/test_letter_wording.py)."""

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from charity_desk.services.committees import MemberInput
from charity_desk.ui.dialogs.new_meeting import NewMeetingDialog


def test_start_time_typed_shown_and_printed(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("أحمد السالم", "رئيس اللجنة", "chair")])
    dialog = NewMeetingDialog(acting.committees)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.starts_at.text().startswith("10:00")  # not «00:10»: the time reads left to right
    dialog.starts_at.setFocus()
    qtbot.waitUntil(dialog.starts_at.hasFocus)
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Up)  # the hour section: 10 → 11
    assert dialog.starts_at.text().startswith("11:00")
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = acting.committees.meeting(dialog.meeting_id)
    assert view.starts_at == time(11, 0)
