"""The new application, home visit report and delivery dialogs filled and saved with real keys only:
Tab and Shift+Tab through every field (multi-line boxes included, never a tab character typed),
Ctrl+Enter saves, Escape asks first once something was typed, and a failed save lists every error at
once as a link and puts the keyboard in the first invalid field."""

from datetime import date

import pytest
from delivery_data import accepted_applications
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_form_keyboard import answer_next_question, open_dialog, tab_to

from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput
from charity_desk.ui.dialogs.new_application import NewApplicationDialog
from charity_desk.ui.dialogs.record_delivery import RecordDeliveryDialog
from charity_desk.ui.dialogs.visit_report import VisitReportDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _save_by_keys(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, CTRL)


def _errors_listed(dialog) -> list:
    """The fields the error list links to, after checking each is a link in the list."""
    fields = dialog.error.invalid_fields()
    assert dialog.error.text().count("<a ") == len(fields), dialog.error.text()
    return fields


def _escape_asks_then_closes(qtbot, dialog, box, text: str, type_text) -> None:
    box.setFocus()
    type_text(box, text)
    asked = answer_next_question(qtbot)  # Escape in the question: back to the form, nothing lost
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and text in box.toPlainText()
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()


def _tab_leaves_the_box(qtbot, dialog, box) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert "\t" not in box.toPlainText() and dialog.focusWidget() is not box
    tab_to(qtbot, dialog, box, backwards=True)  # Shift+Tab comes back into it


@pytest.fixture
def person(services, admin):
    acting = services.acting_as(admin)
    acting.programs.save(ProgramInput(code="AID", name="مساعدة نقدية", kind="cash", instructions="يحضر المستفيد الهوية"))
    person_id = acting.registration.register(PersonInput("سعد", "محمد", "علي", "الحربي", "1012345672", "male",
                                                         date(1980, 1, 1), "0551234567"))
    return acting, person_id


def test_a_new_application_by_keyboard(gui_app, qtbot, person):
    acting, person_id = person
    dialog = open_dialog(qtbot, NewApplicationDialog(acting, person_id))
    tab_to(qtbot, dialog, dialog.guardian_id)
    qtbot.keyClicks(dialog.guardian_id, "123")  # a guardian's ID too short, and the instructions not accepted
    _save_by_keys(qtbot, dialog.guardian_id)  # every error listed at once
    assert dialog.application_id is None and dialog.isVisible()
    fields = _errors_listed(dialog)
    assert set(fields) == {dialog.guardian_id, dialog.accepted}, dialog.error.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is fields[0])

    tab_to(qtbot, dialog, dialog.guardian_id)
    dialog.guardian_id.selectAll()
    qtbot.keyClick(dialog.guardian_id, Qt.Key.Key_Delete)
    tab_to(qtbot, dialog, dialog.channel, backwards=True)  # Shift+Tab back up the form
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.instructions)  # the read-only instructions are read by keyboard too
    qtbot.keyClick(dialog.instructions, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.instructions
    tab_to(qtbot, dialog, dialog.accepted)
    qtbot.keyClick(dialog.accepted, Qt.Key.Key_Space)
    assert dialog.accepted.isChecked()
    tab_to(qtbot, dialog, dialog.program, backwards=True)
    _save_by_keys(qtbot, dialog.program)
    assert dialog.application_id is not None and not dialog.isVisible(), dialog.error.text()
    assert [a.id for a in acting.applications.for_beneficiary(person_id)] == [dialog.application_id]


def test_a_new_application_escape_asks_first(gui_app, qtbot, person):
    acting, person_id = person
    dialog = open_dialog(qtbot, NewApplicationDialog(acting, person_id))
    dialog.guardian_name.setFocus()
    qtbot.keyClicks(dialog.guardian_name, "x")
    asked = answer_next_question(qtbot)
    qtbot.keyClick(dialog.guardian_name, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.guardian_name.text() == "x"
    untouched = open_dialog(qtbot, NewApplicationDialog(acting, person_id))
    untouched.program.setFocus()
    qtbot.keyClick(untouched.program, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


@pytest.fixture
def visit(services, admin, person):
    acting, person_id = person
    visit_id = acting.visits.schedule(person_id, admin.user_id, date.today())
    version = next(v for v in acting.visits.my_visits() if v.id == visit_id).version
    return acting, visit_id, version


def test_a_visit_report_by_keyboard(gui_app, qtbot, visit, type_text):
    acting, visit_id, version = visit
    dialog = open_dialog(qtbot, VisitReportDialog(acting, visit_id, version))
    dialog.visited_on.text.setFocus()
    dialog.visited_on.text.selectAll()
    qtbot.keyClicks(dialog.visited_on.text, "40/13/2026")  # not a date
    _save_by_keys(qtbot, dialog.visited_on.text)
    fields = _errors_listed(dialog)
    assert {dialog.visited_on, dialog.findings, dialog.condition} <= set(fields), dialog.error.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is fields[0])

    tab_to(qtbot, dialog, dialog.visited_on)
    dialog.visited_on.text.selectAll()
    qtbot.keyClicks(dialog.visited_on.text, date.today().strftime("%d/%m/%Y"))
    tab_to(qtbot, dialog, dialog.findings)
    type_text(dialog.findings, "المنزل مستأجر والأسرة ستة أفراد")
    _tab_leaves_the_box(qtbot, dialog, dialog.findings)
    tab_to(qtbot, dialog, dialog.condition)
    qtbot.keyClick(dialog.condition, Qt.Key.Key_Down)
    tab_to(qtbot, dialog, dialog.recommendation)
    type_text(dialog.recommendation, "يوصى بالمساعدة")
    _tab_leaves_the_box(qtbot, dialog, dialog.recommendation)
    _save_by_keys(qtbot, dialog.recommendation)
    assert not dialog.isVisible(), dialog.error.text()
    done = [v for v in acting.visits.my_visits(include_done=True) if v.id == visit_id]
    assert done and done[0].status == "done"


def test_a_visit_report_escape_asks_first(gui_app, qtbot, visit, type_text):
    acting, visit_id, version = visit
    dialog = open_dialog(qtbot, VisitReportDialog(acting, visit_id, version))
    _escape_asks_then_closes(qtbot, dialog, dialog.findings, "ملاحظة", type_text)


@pytest.fixture
def enrolled(services, admin):
    acting = services.acting_as(admin)
    accepted = accepted_applications(acting, count=1)
    (person_id, app_id), = accepted.applications
    session = acting.delivery.open_session(accepted.program_id, "الدفعة الأولى", date.today())
    acting.delivery.enrol(app_id, session)
    return acting, person_id


def test_a_delivery_by_keyboard(gui_app, qtbot, enrolled, type_text):
    acting, person_id = enrolled
    dialog = open_dialog(qtbot, RecordDeliveryDialog(acting, person_id))
    dialog.delivered_on.text.setFocus()
    dialog.delivered_on.text.selectAll()
    qtbot.keyClicks(dialog.delivered_on.text, "40/13/2026")  # not a date, and no amount for cash
    _save_by_keys(qtbot, dialog.delivered_on.text)
    fields = _errors_listed(dialog)
    assert {dialog.delivered_on, dialog.amount} <= set(fields), dialog.error.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is fields[0])

    tab_to(qtbot, dialog, dialog.delivered_on)
    dialog.delivered_on.text.selectAll()
    qtbot.keyClicks(dialog.delivered_on.text, date.today().strftime("%d/%m/%Y"))
    tab_to(qtbot, dialog, dialog.amount)
    qtbot.keyClicks(dialog.amount, "500")
    tab_to(qtbot, dialog, dialog.notes)
    type_text(dialog.notes, "استلمها بنفسه")
    _tab_leaves_the_box(qtbot, dialog, dialog.notes)
    _save_by_keys(qtbot, dialog.notes)
    assert dialog.delivery_id is not None and not dialog.isVisible(), dialog.error.text()
    assert [row.amount for row in acting.delivery.deliveries(person_id)] == [500]


def test_a_delivery_escape_asks_first(gui_app, qtbot, enrolled, type_text):
    acting, person_id = enrolled
    dialog = open_dialog(qtbot, RecordDeliveryDialog(acting, person_id))
    _escape_asks_then_closes(qtbot, dialog, dialog.notes, "ملاحظة", type_text)


@pytest.fixture
def owed_survey(services, admin):
    from decimal import Decimal

    from charity_desk.services.delivery import DeliveryInput

    acting = services.acting_as(admin)
    accepted = accepted_applications(acting, count=1)
    (_person_id, app_id), = accepted.applications
    session = acting.delivery.open_session(accepted.program_id, "الدفعة الأولى", date.today())
    enrolment = acting.delivery.enrol(app_id, session)
    acting.delivery.deliver(enrolment, DeliveryInput("cash", date.today(), Decimal("300")))
    acting.delivery.end_session(session, date.today())
    return acting, acting.surveys.pending()[0]


def test_a_survey_by_keyboard(gui_app, qtbot, owed_survey, type_text):
    from charity_desk.ui.dialogs.survey_form import SurveyFormDialog

    acting, survey = owed_survey
    dialog = open_dialog(qtbot, SurveyFormDialog(acting, survey))
    dialog.channel.setFocus()
    _save_by_keys(qtbot, dialog.channel)  # no answer yet: every question listed at once
    fields = _errors_listed(dialog)
    assert len(fields) == len(dialog.likert), dialog.error.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None and fields[0].isAncestorOf(dialog.focusWidget()))

    for choice in dialog.likert.values():
        tab_to(qtbot, dialog, choice)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # the point the keyboard is on
        assert choice.value() is not None and choice not in dialog.error.invalid_fields()
    box = next(iter(dialog.texts.values()))
    tab_to(qtbot, dialog, box)
    type_text(box, "الخدمة ممتازة")
    _tab_leaves_the_box(qtbot, dialog, box)
    _save_by_keys(qtbot, box)
    assert not dialog.isVisible(), dialog.error.text()
    assert acting.surveys.pending() == []


def test_a_referral_by_keyboard(gui_app, qtbot, person, type_text):
    from charity_desk.services.referral_views import PartnerInput
    from charity_desk.ui.dialogs.referral import ReferralDialog

    acting, person_id = person
    acting.referrals.save_partner(PartnerInput("جمعية الإسكان الخيري", "ترميم المنازل", "الرياض"))
    dialog = open_dialog(qtbot, ReferralDialog(acting, person_id))
    dialog.partner.setFocus()
    _save_by_keys(qtbot, dialog.partner)  # no reason, not told: both listed at once
    fields = _errors_listed(dialog)
    assert {dialog.reason, dialog.informed} <= set(fields), dialog.error.text()
    qtbot.waitUntil(lambda: dialog.focusWidget() is fields[0])

    tab_to(qtbot, dialog, dialog.reason)
    type_text(dialog.reason, "تحتاج الأسرة إلى ترميم المنزل")
    _tab_leaves_the_box(qtbot, dialog, dialog.reason)
    tab_to(qtbot, dialog, dialog.informed)
    qtbot.keyClick(dialog.informed, Qt.Key.Key_Space)
    _save_by_keys(qtbot, dialog.informed)
    assert dialog.referral is not None, dialog.error.text()
    assert [r.id for r in acting.referrals.for_beneficiary(person_id)] == [dialog.referral.id]
