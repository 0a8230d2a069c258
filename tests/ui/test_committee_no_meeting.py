"""The committee page with no meeting chosen says so plainly, not «الحاضرون 0 من 0 … النصاب مكتمل» in green."""

from charity_desk.ui.screens.meeting_panel import MeetingPanel


def test_no_meeting_chosen_claims_no_quorum(gui_app, qtbot, services, admin):
    panel = MeetingPanel(services.acting_as(admin))
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    panel.show_meeting(None)
    quorum = panel.attendance.quorum_label
    assert "النصاب" not in quorum.text() and "اختر اجتماعًا" in quorum.text()
    assert quorum.objectName() == "muted"  # not the green «quorum met» style
    assert panel.header.text() == "لم يُختر أي اجتماع"
    assert not panel.state.isVisible()  # no empty open/closed badge
