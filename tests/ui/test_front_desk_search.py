"""The front desk finds people as you type, from the index; the list loads lazily."""

from pathlib import Path

from PySide6.QtCore import Qt

from charity_desk.services.demo import generate_demo
from charity_desk.ui.screens.beneficiaries import BeneficiariesPage
from charity_desk.ui.screens.front_desk import FrontDeskPage

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_results_appear_as_you_type_and_enter_opens(gui_app, qtbot, services, admin, type_text):
    generate_demo(services.db, admin, 300, seed=4)
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activate()
    assert page.focusWidget() is page.search_box

    type_text(page.search_box, "محمد")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    assert all("محمد" in page.model.summary(r).full_name for r in range(page.model.rowCount()))
    assert "٪" not in page.status.text() and page.status.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "front-desk-search.png"))

    first = page.model.summary(0)
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened.args == [first.id]


def test_search_by_arabic_indic_id(gui_app, qtbot, services, admin, type_text):
    generate_demo(services.db, admin, 50, seed=8)
    person = services.acting_as(admin).beneficiaries.page(None, 1)[0]
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    arabic_digits = person.national_id.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    type_text(page.search_box, arabic_digits)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.summary(0).id == person.id


def test_unknown_name_says_so(gui_app, qtbot, services, admin, type_text):
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    type_text(page.search_box, "زكريا")
    qtbot.waitUntil(lambda: bool(page.status.text()), timeout=3000)
    assert page.model.rowCount() == 0
    assert "لا توجد نتائج" in page.status.text()


def test_beneficiary_list_fetches_pages_not_the_whole_table(gui_app, qtbot, services, admin):
    generate_demo(services.db, admin, 700, seed=2)
    page = BeneficiariesPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.model.rowCount() < 700
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 700
    page.grab().save(str(SCREENSHOTS / "beneficiaries-list.png"))
