"""The committee page driven like a secretary would: open a meeting, take attendance, decide
three applications, close, issue and print the letters, then check a letter's code."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select, update

from charity_desk.db.models import AssociationProfile, IssuedLetter
from charity_desk.domain.application_flow import State
from charity_desk.i18n import translate
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.ui.dialogs.verify_letter import ALTERED, GENUINE, MISSING, verdict
from charity_desk.ui.screens.committee import CommitteePage
from charity_desk.ui.screens.front_desk import FrontDeskPage
from charity_desk.ui.screens.meeting_panel import MeetingPanel

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
TODAY = date(2026, 11, 24)
PEOPLE = [("1012345672", "0551234567", "نورة"), ("1058529940", "0501112233", "خالد"),
          ("2034567897", "0569998877", "سامي")]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def acting(services, admin):
    """Three applications ready for a three-member committee (quorum two) that votes."""
    acting = services.acting_as(admin)
    with services.db.session() as session:
        session.execute(update(AssociationProfile).values(licence_number="1234", address="الخرج، حي الخالدية",
                                                          phone="0115440000", signatory_name="سارة العتيبي",
                                                          signatory_title="المديرة التنفيذية"))
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="..."))
    for national_id, mobile, first in PEOPLE:
        person = acting.registration.register(PersonInput(
            first_name=first, father_name="محمد", grandfather_name="علي", family_name="الشمري",
            national_id=national_id, gender="male", birth_date=date(1980, 1, 1), mobile=mobile), today=TODAY)
        application = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        for target in (State.UNDER_VERIFICATION, State.VERIFIED):
            acting.applications.transition(application, target)
        acting.applications.check_eligibility(application, today=TODAY)
        acting.applications.transition(application, State.READY_FOR_COMMITTEE)
    acting.committees.save_committee("لجنة المساعدات", 2, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("هند القحطاني", "عضو"),
        MemberInput("فهد الدوسري", "عضو")])
    return acting


def _shot(widget, name: str) -> None:
    QApplication.processEvents()  # widgets added to a shown page appear on the next turn of the loop
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


def _decide(qtbot, panel: MeetingPanel, outcome: str, votes: tuple[int, int, int]) -> None:
    form = panel.decision
    qtbot.mouseClick(form.outcome.buttons[outcome], Qt.MouseButton.LeftButton)
    form.votes.set_values(votes)


def _record(qtbot, panel: MeetingPanel) -> None:
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)


def _wait_preview(qtbot, jobs):
    qtbot.waitUntil(lambda: not jobs.busy and jobs.preview is not None, timeout=60_000)
    return jobs.preview


def test_a_meeting_from_opening_to_verified_letters(gui_app, qtbot, services, acting, type_text, monkeypatch):
    page = CommitteePage(acting)
    qtbot.addWidget(page)
    page.resize(1180, 820)
    page.show()
    page.activate()
    panel = page.panel
    assert not panel.isEnabled()

    dialog = page.new_meeting()
    type_text(dialog.place, "مقر الجمعية")
    _shot(dialog, "committee-new-meeting.png")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert page.meetings_model.rowCount() == 1 and panel.view is not None and not panel.view.closed
    assert panel.agenda_model.rowCount() == 3 and panel.agenda.currentIndex().row() == 0

    chair, member, third = (m.id for m in panel.view.members)
    panel.attendance.boxes[chair].click()
    assert "1" in panel.attendance.quorum_label.text()
    assert panel.attendance.quorum_label.objectName() == "quorumMissing"
    panel.attendance.boxes[member].click()
    assert panel.attendance.quorum_label.objectName() == "quorumMet"
    assert acting.committees.meeting(panel.view.id).present_count == 2

    # Accepting without an amount is refused at the amount field; Arabic digits are then accepted.
    _decide(qtbot, panel, "accepted", (2, 0, 0))
    _record(qtbot, panel)
    assert panel.decision.amount.property("invalid") is True
    assert acting.committees.meeting(panel.view.id).agenda[0].decision is None
    _shot(page, "committee-decision-error.png")
    type_text(panel.decision.amount, "١٬٥٠٠")
    panel.decision.duration.setValue(6)
    _record(qtbot, panel)
    assert panel.agenda.currentIndex().row() == 1 and panel.notice.isVisibleTo(panel)

    _decide(qtbot, panel, "rejected", (2, 0, 0))
    panel.decision.reason.set_code("income_above_limit")
    _record(qtbot, panel)
    _decide(qtbot, panel, "deferred", (1, 1, 0))
    type_text(panel.decision.missing, "عقد إيجار موثق")
    _record(qtbot, panel)
    decisions = [item.decision for item in acting.committees.meeting(panel.view.id).agenda]
    assert [d.outcome for d in decisions] == ["accepted", "rejected", "deferred"]
    assert decisions[0].amount == 1500 and decisions[0].duration_months == 6
    _shot(page, "committee-meeting.png")

    # Closing without a quorum is refused with the service's words; with it, the meeting is final.
    monkeypatch.setattr(MeetingPanel, "_confirm_close", lambda self: True)
    panel.attendance.boxes[member].click()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    refusal = translate("Committees", "The quorum is not met: {present} present, {quorum} needed.")
    assert panel.error.isVisibleTo(panel) and panel.error.text() == refusal.format(present=1, quorum=2)
    assert not panel.view.closed
    panel.attendance.boxes[third].click()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert panel.view.closed and not panel.error.isVisibleTo(panel)
    assert not panel.decision.isEnabled() and not panel.attendance.isEnabled()
    assert not panel.record_button.isEnabled() and not panel.close_button.isEnabled()
    assert page.meetings_model.data(page.meetings_model.index(0, 3)) == panel.state.text()
    assert not panel.letters_button.isEnabled()

    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert len(panel.letter_ids) == 3 and panel.letters_button.isEnabled() and not panel.issue_button.isEnabled()
    _shot(page, "committee-closed.png")
    qtbot.mouseClick(panel.letters_button, Qt.MouseButton.LeftButton)
    preview = _wait_preview(qtbot, panel.jobs)
    assert preview.page_count == 3 and preview.document.pageCount() == 3
    preview.go_to(2)
    assert preview.current_page == 2 and not preview.next_button.isEnabled()
    preview.go_to(0)
    preview.resize(900, 900)
    _shot(preview, "committee-letters-preview.png")
    preview.close()
    qtbot.waitUntil(lambda: panel.jobs.preview is None)

    qtbot.mouseClick(panel.minutes_button, Qt.MouseButton.LeftButton)
    assert _wait_preview(qtbot, panel.jobs).page_count >= 1
    panel.jobs.preview.close()

    with services.db.read_session() as session:
        codes = list(session.scalars(select(IssuedLetter.verification_code).order_by(IssuedLetter.id)))
    verify = page.verify_letter()
    verify.resize(620, 420)
    type_text(verify.code, codes[0].lower().replace("-", " ").translate(ARABIC_DIGITS))
    qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert verdict(verify.check) == GENUINE and verify.result.property("verdict") == GENUINE
    assert verify.reference.text().strip("\u2066\u2069") == acting.letters.register()[-1].reference_number
    _shot(verify, "verify-letter-genuine.png")
    verify.code.clear()
    qtbot.keyClicks(verify.code, "AAAA-BBBB")
    qtbot.keyClick(verify.code, Qt.Key.Key_Return)
    assert verdict(verify.check) == MISSING and verify.result.property("verdict") == MISSING
    _shot(verify, "verify-letter-missing.png")
    verify.close()

    page.tabs.setCurrentIndex(1)
    register = page.register
    assert register.letters_model.rowCount() == 3
    for row in (0, 2):
        register.table.selectionModel().select(register.table.model().index(row, 0),
                                               QItemSelectionModel.SelectionFlag.Select
                                               | QItemSelectionModel.SelectionFlag.Rows)
    assert register.chosen() == [register.letters_model.row_id(0), register.letters_model.row_id(2)]
    _shot(page, "committee-register.png")
    qtbot.mouseClick(register.print_button, Qt.MouseButton.LeftButton)
    assert _wait_preview(qtbot, register.jobs).page_count == 2


def test_printing_can_be_cancelled(gui_app, qtbot, acting):
    page = CommitteePage(acting)
    qtbot.addWidget(page)
    page.activate()
    page.new_meeting().buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    panel = page.panel
    panel.print_all_summaries()
    assert panel.jobs.busy
    panel.jobs.task.cancel()
    qtbot.waitUntil(lambda: not panel.jobs.busy, timeout=60_000)
    assert panel.jobs.preview is None and not panel.error.isVisibleTo(panel)


def test_an_altered_letter_is_flagged_at_the_front_desk(gui_app, qtbot, services, acting):
    committee_id = acting.committees.committees()[0][0]
    meeting_id = acting.committees.open_meeting(committee_id, TODAY)
    view = acting.committees.meeting(meeting_id)
    acting.committees.set_attendance(meeting_id, {m.id: True for m in view.members})
    acting.committees.record_decision(meeting_id, view.agenda[0].application_id, DecisionInput(
        "accepted", amount=1000, votes_for=3, votes_against=0, votes_abstain=0))
    acting.committees.close_meeting(meeting_id)
    (letter_id,) = acting.letters.issue_for_meeting(meeting_id, issued_on=TODAY)
    with services.db.session() as session:
        letter = session.get(IssuedLetter, letter_id)
        code, letter.addressee = letter.verification_code, "شخص آخر"
    page = FrontDeskPage(acting)
    qtbot.addWidget(page)
    verify = page.verify_letter()
    qtbot.keyClicks(verify.code, code)
    qtbot.keyClick(verify.code, Qt.Key.Key_Return)
    assert verdict(verify.check) == ALTERED and verify.addressee.text() == "شخص آخر"
    _shot(verify, "verify-letter-altered.png")
