"""The «Surveys and feedback» page driven like a person would: surveys taken (anonymously and not),
results on known answers, a complaint received and closed, reach figures imported, and files
re-verified."""

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from delivery_data import MEETING_DAY, accepted_applications
from list_cells import background, cell, row_count
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from charity_desk.db.models import SurveyResponse
from charity_desk.services.complaints import ComplaintInput
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.person_input import PersonInput
from charity_desk.ui.screens.surveys import SurveysPage
from charity_desk.ui.widgets.register_tab import OVERDUE_BACKGROUND

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ANSWERS = [{"overall": 5, "speed": 4, "clarity": 5, "respect": 5, "staff": 5},
           {"overall": 2, "speed": 1, "clarity": 3, "respect": 4, "staff": 3}]


def shot(widget, name: str) -> None:
    """Save what the widget shows once its layout has settled."""
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


@pytest.fixture
def page(qtbot, services, admin):
    page = SurveysPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def select_key(table, key) -> None:
    if hasattr(table, "choose"):  # a paged list
        assert table.choose(key), f"{key} is not listed"
        return
    for row in range(table.rowCount()):
        table.setCurrentCell(row, 0)  # selectRow() misses the first column right to left
        if table.current_key() == key:
            return
    raise AssertionError(f"{key} is not listed")


def show_tab(page, tab) -> None:
    page.tabs.setCurrentWidget(tab)
    tab.activate()


def serve_and_end_session(acting) -> int:
    """Two people served in a session that has now ended: two surveys are owed."""
    accepted = accepted_applications(acting)
    session_id = acting.delivery.open_session(accepted.program_id, "الدفعة الأولى", MEETING_DAY)
    for _person, app_id in accepted.applications:
        enrolment = acting.delivery.enrol(app_id, session_id)
        acting.delivery.deliver(enrolment, DeliveryInput("cash", date.today(), Decimal("300")))
    acting.delivery.end_session(session_id, date.today())
    return accepted.program_id


def test_surveys_taken_anonymously_and_not_then_results(gui_app, qtbot, services, admin, page, type_text):
    acting = services.acting_as(admin)
    program_id = serve_and_end_session(acting)
    show_tab(page, page.pending)
    assert row_count(page.pending.table) == 2
    shot(page, "surveys-pending.png")

    form = page.pending.open_form()
    qtbot.addWidget(form)
    form.show()
    assert "حق" in form.intro.text()  # evaluation is the beneficiary's right
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    assert all(form.form._errors[code].isVisibleTo(form) for code in ANSWERS[0])
    shot(form, "survey-form-errors.png")
    for code, point in ANSWERS[0].items():
        form.likert[code].set_value(point)
    type_text(form.texts["comment"], "شكرًا على حسن التعامل")
    form.anonymous.setChecked(True)
    assert not any(form.form._errors[code].isVisibleTo(form) for code in ANSWERS[0])  # cleared when answered
    form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
    shot(form, "survey-form-filled.png")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    page.pending.activate()
    assert row_count(page.pending.table) == 1

    named = page.pending.open_form()
    qtbot.addWidget(named)
    for code, point in ANSWERS[1].items():
        named.likert[code].set_value(point)
    named.channel.setCurrentIndex(named.channel.findData("phone"))
    named.save()
    assert named.result() == QDialog.DialogCode.Accepted
    with services.db.read_session() as session:
        responses = {r.channel: r for r in session.scalars(select(SurveyResponse))}
    assert responses["desk"].beneficiary_id is None and responses["phone"].beneficiary_id is not None
    assert json.loads(responses["desk"].answers)["comment"] == "شكرًا على حسن التعامل"

    results = page.results
    show_tab(page, results)
    results.program.setCurrentIndex(results.program.findData(program_id))
    results.refresh()
    assert "100%" in results.response_rate.text() and "(2 " in results.response_rate.text()
    assert "50%" in results.satisfied.text()
    assert {code: bar.bar.value() for code, bar in results.bars.items()} == {
        "overall": 350, "speed": 250, "clarity": 400, "respect": 450, "staff": 400}
    assert results.bars["overall"].bar.text().startswith("3.50")
    assert [cell(results.comments, r, 1) for r in range(row_count(results.comments))] == ["شكرًا على حسن التعامل"]
    assert results.staff.count() == 2  # «all staff» and the administrator who served
    shot(page, "surveys-results.png")


def test_pending_survey_declined(gui_app, qtbot, services, admin, page):
    serve_and_end_session(services.acting_as(admin))
    show_tab(page, page.pending)
    page.pending.decline()
    assert row_count(page.pending.table) == 1


def test_complaint_with_field_errors_then_closed(gui_app, qtbot, services, admin, page, type_text):
    complaints = services.acting_as(admin).complaints
    late = complaints.receive(ComplaintInput("complaint", "phone_letter", "treatment", "لم يرد أحد على اتصالي"),
                              received_on=date.today() - timedelta(days=20))
    show_tab(page, page.complaints)
    tab = page.complaints
    assert row_count(tab.table) == 1 and background(tab.table, 0, 0) == OVERDUE_BACKGROUND

    dialog = tab.new_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.phone, "0112345678")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert all(dialog.form._errors[name].isVisibleTo(dialog) for name in ("kind", "channel", "category", "details"))
    shot(dialog, "complaint-new-errors.png")
    dialog.kind.setCurrentIndex(dialog.kind.findData("suggestion"))
    dialog.channel.set_code("website")
    dialog.category.set_code("suggestion")
    type_text(dialog.details, "توفير مواعيد مسائية للمراجعين")
    dialog.save()
    assert dialog.form._errors["phone"].isVisibleTo(dialog) and not dialog.form._errors["kind"].isVisibleTo(dialog)
    dialog.phone.clear()
    type_text(dialog.phone, "0551234567")
    type_text(dialog.person_name, "منى القرني")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    tab.entry_added(dialog.complaint_id)
    assert row_count(tab.table) == 2
    select_key(tab.table, dialog.complaint_id)
    type_text(tab.action, "عُرض المقترح على المدير التنفيذي")
    tab.add_action()
    assert "عُرض المقترح" in tab.details.toPlainText()
    shot(page, "complaints-list.png")

    close = tab.close_dialog()
    qtbot.addWidget(close)
    close.show()
    close.save()
    assert close.form._errors["reply"].isVisibleTo(close)
    type_text(close.reply, "سيبدأ الاستقبال المسائي الشهر القادم")
    close.satisfied.button(1).setChecked(True)
    shot(close, "complaint-close.png")
    close.save()
    assert close.result() == QDialog.DialogCode.Accepted
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("closed"))
    assert row_count(tab.table) == 1
    closed = {c.id: c for c in complaints.list()}
    assert closed[dialog.complaint_id].person_satisfied is True and closed[late].status == "open"


def test_reach_import_rejects_the_whole_file_with_reasons(gui_app, qtbot, services, admin, page, tmp_path):
    tab = page.reach
    show_tab(page, tab)
    bad = tmp_path / "reach.csv"
    bad.write_text("channel,metric,start,end,value\nwebsite,visits,2026-10-01,2026-10-31,1200\n"
                   "fax,visits,2026-10-01,2026-09-01,5\nx,followers,someday,2026-10-31,10\n", encoding="utf-8")
    with qtbot.waitSignal(tab.import_finished, timeout=10_000) as outcome:
        tab.import_file(bad)
    assert outcome.args == [False]
    reasons = {(tab.rejected.item(r, 0).text().strip("\u2066\u2069"), tab.rejected.item(r, 1).text())
               for r in range(tab.rejected.rowCount())}
    assert {row for row, _column in reasons} == {"3", "4"} and tab.rejected.rowCount() == 3
    assert services.acting_as(admin).reach.totals(date(2026, 1, 1), date(2026, 12, 31)) == {}
    shot(page, "reach-import-rejected.png")

    good = tmp_path / "good.csv"
    good.write_text("channel,metric,start,end,value\nwebsite,visits,2026-10-01,2026-10-31,1200\n"
                    "x,followers,01/10/2026,31/10/2026,٣٤٠٠\n", encoding="utf-8")
    with qtbot.waitSignal(tab.import_finished, timeout=10_000) as outcome:
        tab.import_file(good)
    assert outcome.args == [True] and not tab.rejected.isVisibleTo(tab)
    tab.channel.setCurrentIndex(tab.channel.findData("publications"))
    tab.metric.setCurrentIndex(tab.metric.findData("distributed"))
    tab.period_start.set_value(date(2026, 10, 1))
    tab.add()
    assert tab.form._errors["period_end"].isVisibleTo(tab)
    tab.period_end.set_value(date(2026, 10, 31))
    tab.value.setValue(500)
    tab.add()
    assert not tab.error.isVisibleTo(tab)
    tab.totals_start.set_value(date(2026, 10, 1))
    tab.totals_end.set_value(date(2026, 10, 31))
    tab.show_totals()
    assert tab.totals.rowCount() == 3
    assert sorted(tab.totals.item(r, 2).text().strip("\u2066\u2069") for r in range(3)) == ["1,200", "3,400", "500"]
    shot(page, "reach-totals.png")


def test_reverification_confirms_and_suspends(gui_app, qtbot, services, admin, page):
    acting = services.acting_as(admin)
    long_ago = date.today() - timedelta(days=400)
    old = acting.registration.register(PersonInput("قديم", "محمد", "", "العمري", "1012345672", "male",
                                                   date(1970, 1, 1), "0551234567"), today=long_ago)
    acting.registration.register(PersonInput("سابق", "محمد", "", "العمري", "1058529940", "male",
                                             date(1971, 1, 1), "0501112233"), today=long_ago)
    tab = page.reverification
    show_tab(page, tab)
    assert row_count(tab.table) == 2 and tab.period.value() == 365
    shot(page, "reverification.png")
    select_key(tab.table, old)
    tab.confirm_selected()
    assert row_count(tab.table) == 1
    select_key(tab.table, tab.due_model.row_id(0))
    tab.suspend_selected("")
    assert tab.error.isVisibleTo(tab) and row_count(tab.table) == 1
    tab.suspend_selected("لم يحدّث بياناته رغم التواصل")
    assert row_count(tab.table) == 0
    tab.period.setValue(20)
    assert tab.period.value() == 30  # the spin box keeps to the allowed range
    tab.period.setValue(180)
    tab.save_period()
    assert acting.reverification.period_days() == 180
