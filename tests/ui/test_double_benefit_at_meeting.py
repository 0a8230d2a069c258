"""Closing a meeting that accepts two members of one household: the double-benefit dialog asks for a
supervisor's sign-in and reason, by keyboard, and the meeting then closes; cancelled, nothing closes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charity_desk.db.models import DoubleBenefitOverride
from charity_desk.domain.application_flow import State
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.programs import ProgramInput
from charity_desk.ui.dialogs.double_benefit import DoubleBenefitDialog
from charity_desk.ui.screens.committee import CommitteePage
from charity_desk.ui.screens.meeting_panel import MeetingPanel
from services.household_world import build_household

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
REASON = "الابن متزوج ويسكن وحده"


@pytest.fixture
def meeting(services, admin):
    """Mother and son of one household, both decided «accepted» at an open meeting."""
    acting = services.acting_as(admin)
    household = build_household(acting)
    acting.users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "manager pass 1")
    program = acting.programs.save(ProgramInput(code="RAMADAN", name="سلة رمضان", kind="in_kind",
                                                instructions="مرة في السنة.",
                                                rules=EligibilityRules(not_already_receiving=False)))
    applications = []
    for person in (household.son, household.mother):
        app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        for state in (State.UNDER_VERIFICATION, State.VERIFIED):
            acting.applications.transition(app_id, state)
        acting.applications.check_eligibility(app_id)
        acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
        applications.append(app_id)
    committee = acting.committees.save_committee("لجنة المساعدات", 1, [MemberInput("أحمد السالم", "رئيس اللجنة",
                                                                                   "chair")])
    meeting_id = acting.committees.open_meeting(committee, date.today(), "مقر الجمعية")
    acting.committees.set_attendance(meeting_id, {acting.committees.meeting(meeting_id).members[0].id: True})
    for app_id in applications:
        acting.committees.record_decision(meeting_id, app_id, DecisionInput(
            "accepted", amount=Decimal("500"), votes_for=1, votes_against=0, votes_abstain=0))
    return acting, meeting_id, applications


def _page(qtbot, acting, meeting_id, monkeypatch) -> MeetingPanel:
    monkeypatch.setattr(MeetingPanel, "_confirm_close", lambda self: True)  # the Yes/No box, tested elsewhere
    page = CommitteePage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    page.panel.show_meeting(meeting_id)
    return page.panel


def _when_dialog(action) -> None:
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DoubleBenefitDialog):
            QTimer.singleShot(50, act)
            return
        action(dialog)
    QTimer.singleShot(50, act)


def test_a_supervisor_approves_by_keyboard_and_the_meeting_closes(gui_app, qtbot, services, meeting, monkeypatch,
                                                                 type_text):
    acting, meeting_id, (son, mother) = meeting
    panel = _page(qtbot, acting, meeting_id, monkeypatch)
    seen = {}

    def approve(dialog):
        seen["details"] = dialog.details.text()
        qtbot.keyClicks(dialog.username, "manager")
        qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "manager pass 1")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), REASON)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "double-benefit-at-meeting.png"))
        panel.window().grab().save(str(SCREENSHOTS / "double-benefit-meeting-page.png"))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    _when_dialog(approve)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)

    assert "سلة رمضان" in seen["details"]
    assert panel.view.closed and not panel.error.isVisibleTo(panel)
    assert {acting.applications.view(a).summary.state for a in (son, mother)} == {State.ACCEPTED}
    with services.db.read_session() as session:
        assert list(session.scalars(select(DoubleBenefitOverride.reason))) == [REASON]


def test_cancelling_the_supervisors_sign_in_closes_nothing(gui_app, qtbot, services, meeting, monkeypatch):
    acting, meeting_id, (son, mother) = meeting
    panel = _page(qtbot, acting, meeting_id, monkeypatch)
    _when_dialog(lambda dialog: qtbot.keyClick(dialog.username, Qt.Key.Key_Escape))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)

    assert not panel.view.closed and not acting.committees.meeting(meeting_id).closed
    assert {acting.applications.view(a).summary.state for a in (son, mother)} == {State.READY_FOR_COMMITTEE}
