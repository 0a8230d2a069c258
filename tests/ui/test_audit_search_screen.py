"""The Audit page's search: pick a person by name, a user, a period; the table pages as it scrolls."""

from datetime import date

from PySide6.QtCore import Qt

from charity_desk.db.models import Beneficiary
from charity_desk.domain.roles import Role
from charity_desk.services import audit
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.ui.screens.audit import AuditPage


def _person(services) -> int:
    with services.db.session() as session:
        person = Beneficiary(
            first_name="فاطمة",
            family_name="العتيبي",
            full_name=join_name("فاطمة", "العتيبي"),
            national_id="1058529940",
            gender="female",
        )
        fill_search_text(person)
        session.add(person)
        session.flush()
        return person.id


def _page(qtbot, services, admin) -> AuditPage:
    page = AuditPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.activate()
    return page


def test_person_found_by_name_then_their_entries_listed(gui_app, qtbot, services, admin):
    person_id = _person(services)
    services.acting_as(admin).files.open(person_id)
    page = _page(qtbot, services, admin)
    panel = page.search
    qtbot.keyClicks(panel.person_query, "1058529940")
    qtbot.keyClick(panel.person_query, Qt.Key.Key_Return)
    assert panel.person.currentData() == person_id
    qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    entry = panel.model.entry(0)
    assert (entry.action, entry.entity_id) == ("beneficiary.viewed", str(person_id))


def test_user_and_period_filters(gui_app, qtbot, services, admin):
    clerk_id = services.acting_as(admin).users.create("clerk", "موظف", Role.FRONT_DESK, "front desk 1").id
    services.auth.login("clerk", "front desk 1")
    page = _page(qtbot, services, admin)
    panel = page.search
    panel.user.setCurrentIndex(panel.user.findData(clerk_id))
    panel.search()
    assert [panel.model.entry(r).action for r in range(panel.model.rowCount())] == ["login"]
    panel.start.calendar.setCurrentIndex(1)
    panel.end.calendar.setCurrentIndex(1)
    panel.start.set_value(date(2020, 1, 1))
    panel.end.set_value(date(2020, 12, 31))
    panel.search()
    assert panel.model.rowCount() == 0
    panel.end.set_value(date(2019, 1, 1))
    panel.search()
    assert panel.error.isVisibleTo(page)


def test_the_table_fetches_more_as_it_is_scrolled(gui_app, qtbot, services, admin):
    with services.db.session() as session:
        for n in range(250):
            audit.record(session, admin, "beneficiary.viewed", "beneficiary", 7, n=n)
    page = _page(qtbot, services, admin)
    panel = page.search
    panel.search()
    assert panel.model.rowCount() == 100
    assert panel.model.canFetchMore()
    page.show()
    qtbot.waitExposed(page)
    for _ in range(5):
        panel.table.scrollToBottom()
        qtbot.wait(20)
    assert panel.model.rowCount() > 200
    ids = [panel.model.entry(r).id for r in range(panel.model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)


def test_the_page_opens_on_the_newest_entries_with_arabic_actions(gui_app, qtbot, services, admin):
    page = _page(qtbot, services, admin)
    model = page.search.model
    assert model.rowCount() >= 1
    shown = {model.entry(r).action: model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown["login"] == "تسجيل الدخول"
