"""The Privacy page through its real dialogs: a data request and a breach typed in, the overdue and
72-hour marks, a new notice version; and the walk-in that cannot be saved without the notice acknowledged."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from list_cells import background, cell, choose_row, is_bold, row_count
from PySide6.QtWidgets import QApplication
from test_walk_in import fill

from charity_desk.domain.roles import Role
from charity_desk.services.breaches import BreachInput
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.ui.dialogs.walk_in import WalkInDialog
from charity_desk.ui.screens.privacy import PrivacyPage
from charity_desk.ui.screens.privacy_breaches import LATE_BACKGROUND
from charity_desk.ui.widgets.register_tab import OVERDUE_BACKGROUND

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def make_page(qtbot, services, admin) -> PrivacyPage:
    page = PrivacyPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activate()
    return page


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SCREENSHOTS / name))


def test_data_request_typed_in_the_dialog(gui_app, qtbot, services, admin, type_text):
    page = make_page(qtbot, services, admin)
    dialog = page.requests.new_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # nothing chosen: refused at each field
    assert dialog.isVisible() and dialog.form._errors["kind"].isVisibleTo(dialog)
    assert dialog.form._errors["person"].isVisibleTo(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("copy"))
    type_text(dialog.person_name, "سارة علي الحربي")
    dialog.received_on.text.clear()
    type_text(dialog.received_on.text, "01/11/2026")
    assert "01/12/2026" in dialog.due.text()
    type_text(dialog.identity_how, "بطاقة الهوية الأصلية")
    dialog.save()
    assert dialog.request_id is not None and not dialog.isVisible()

    page.activate()
    assert row_count(page.requests.table) == 1
    assert cell(page.requests.table, 0, 2) == "سارة علي الحربي"
    assert page.requests.count.text() == "المعروض: 1"
    (request,) = services.acting_as(admin).data_requests.list()
    assert request.due_on == date(2026, 12, 1) and request.identity_how == "بطاقة الهوية الأصلية"
    if date.today() > request.due_on:
        assert background(page.requests.table, 0, 0) == OVERDUE_BACKGROUND

    choose_row(page.requests.table, 0)
    extend = page.requests.extend_dialog()
    qtbot.addWidget(extend)
    extend.days.setValue(10)
    extend.save()  # no reason
    assert extend.form._errors["reason"].isVisibleTo(extend)
    type_text(extend.reason, "الملفات في الأرشيف")
    extend.save()
    page.activate()
    choose_row(page.requests.table, 0)
    assert services.acting_as(admin).data_requests.list()[0].due_on == date(2026, 12, 11)
    assert not page.requests.extend_button.isEnabled()  # only one extension
    shot(page, "privacy-requests.png")


def test_overdue_request_is_highlighted(gui_app, qtbot, services, admin):
    received = date.today() - timedelta(days=40)
    services.acting_as(admin).data_requests.receive(DataRequestInput("access", received, person_name="خالد"))
    page = make_page(qtbot, services, admin)
    assert background(page.requests.table, 0, 0) == OVERDUE_BACKGROUND
    assert is_bold(page.requests.table, 0, 4)


def test_breach_typed_in_the_dialog_shows_its_countdown(gui_app, qtbot, services, admin, type_text):
    page = make_page(qtbot, services, admin)
    page.tabs.setCurrentWidget(page.breaches)
    dialog = page.breaches.new_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.form._errors["description"].isVisibleTo(dialog)
    assert dialog.form._errors["categories"].isVisibleTo(dialog)
    type_text(dialog.description, "أرسل كشف المستفيدين بالبريد إلى جهة خاطئة")
    dialog.discovered_at.set_value(datetime.now(UTC) - timedelta(hours=2, minutes=30))
    dialog.records_affected.setValue(35)
    dialog.categories["identity"].setChecked(True)
    dialog.categories["contact"].setChecked(True)
    dialog.save()
    assert dialog.breach_id is not None and not dialog.isVisible()

    page.activate()
    (breach,) = services.acting_as(admin).breaches.list()
    assert breach.records_affected == 35 and breach.categories == ("contact", "identity")
    assert row_count(page.breaches.table) == 1
    assert "69" in cell(page.breaches.table, 0, 3)  # 72 hours less the 2½ already gone
    choose_row(page.breaches.table, 0)
    report = page.breaches.report_dialog()
    qtbot.addWidget(report)
    type_text(report.reference, "NDMO-2026-77")
    report.save()
    page.activate()
    assert services.acting_as(admin).breaches.list()[0].report_reference == "NDMO-2026-77"
    shot(page, "privacy-breaches.png")


def test_breach_past_72_hours_is_marked(gui_app, qtbot, services, admin):
    discovered = datetime.now(UTC) - timedelta(hours=80)
    services.acting_as(admin).breaches.record(BreachInput("فقد جهاز", discovered, 3, ("health",)))
    page = make_page(qtbot, services, admin)
    page.tabs.setCurrentWidget(page.breaches)
    assert background(page.breaches.table, 0, 0) == LATE_BACKGROUND
    assert "8" in cell(page.breaches.table, 0, 3)


def test_new_notice_version_from_the_tab(gui_app, qtbot, services, admin, type_text):
    page = make_page(qtbot, services, admin)
    page.tabs.setCurrentWidget(page.notice)
    assert "1" in page.notice.current.text()
    page.notice.record()  # unchanged text
    assert page.notice.form._errors["text"].isVisibleTo(page)
    type_text(page.notice.text, " وللجمعية موقع إلكتروني.")
    page.notice.record()
    assert services.acting_as(admin).privacy_notice.current().version == 2
    assert page.notice.history.rowCount() == 2
    shot(page, "privacy-notice.png")


def test_walk_in_is_not_saved_without_the_notice(gui_app, qtbot, services, admin, type_text):
    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password")
    desk = services.auth.login("desk", "desk password")
    dialog = WalkInDialog(services, services.acting_as(desk))
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, type_text)
    dialog.notice_acknowledged.setChecked(False)
    dialog.save()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.privacy_form._errors["privacy_notice"].isVisibleTo(dialog)
    assert services.acting_as(admin).beneficiaries.count() == 0
    notice = dialog.show_privacy_notice()
    qtbot.addWidget(notice)
    assert "حماية البيانات" in notice.text.toPlainText()
    notice.close()
    dialog.notice_method.setCurrentIndex(dialog.notice_method.findData("verbal"))
    dialog.notice_acknowledged.setChecked(True)
    dialog.save()
    assert dialog.saved_id is not None
    (ack,) = services.acting_as(admin).privacy_notice.acknowledgements(dialog.saved_id)
    assert (ack.version, ack.method, ack.staff) == (1, "verbal", "موظف الاستقبال")


def test_only_administrators_see_the_page(gui_app, qtbot, services, admin):
    from charity_desk.ui.main_window import MainWindow

    services.acting_as(admin).users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password")
    desk = services.auth.login("desk", "desk password")
    for actor, shown in ((admin, True), (desk, False)):
        window = MainWindow(services, services.acting_as(actor), "جمعية", "ar", 600_000)
        qtbot.addWidget(window)
        assert ("privacy" in window.pages) is shown
