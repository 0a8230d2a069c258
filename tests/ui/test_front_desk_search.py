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


def _people_named(services, count: int, first: str, father: str, start: int) -> list[int]:
    from charity_desk.db.models import Beneficiary
    from charity_desk.domain.national_id import complete_with_check_digit
    from charity_desk.services.beneficiaries import fill_search_text, join_name

    made = []
    with services.db.session() as session:
        for n in range(start, start + count):
            person = Beneficiary(first_name=first, father_name=father, family_name="الحربي", gender="male",
                                 full_name=join_name(first, father, "الحربي"),
                                 national_id=complete_with_check_digit(f"1{n:08d}"))
            fill_search_text(person)
            session.add(person)
            session.flush()
            made.append(person.id)
    return made


def test_the_true_count_shows_and_more_load_as_the_list_scrolls(gui_app, qtbot, services, admin, type_text):
    first_names = _people_named(services, 4, "أحمد", "خالد", 10000)
    _people_named(services, 116, "سالم", "أحمد", 20000)  # registered later: newer, but the father is أحمد
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    type_text(page.search_box, "احمد")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    assert page.model.rowCount() == 50
    assert page.status.text().startswith("50 من 120")
    assert "أضف جزءًا آخر من الاسم أو رقم الهوية" in page.status.text()
    assert {page.model.summary(r).id for r in range(4)} == set(first_names)  # the first name first
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 50, timeout=3000)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 120
    assert "120" in page.status.text() and "من" not in page.status.text()


def test_down_and_enter_open_the_second_result_and_escape_clears(gui_app, qtbot, services, admin, type_text):
    _people_named(services, 3, "فهد", "سعد", 30000)
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    type_text(page.search_box, "فهد")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    second = page.model.summary(1).id
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Up)
    assert page.search_box.hasFocus()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert opened.args == [second]
    qtbot.keyClick(page.search_box, Qt.Key.Key_Tab)
    assert page.table.hasFocus()  # Tab goes to the results, not to the buttons
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert page.search_box.text() == "" and page.search_box.hasFocus()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)


def test_compound_names_and_phone_forms_at_the_desk(gui_app, qtbot, services, admin, type_text):
    (wanted,) = _people_named(services, 1, "عبد الرحمن", "سعد", 40000)
    page = FrontDeskPage(services.acting_as(admin))
    qtbot.addWidget(page)
    type_text(page.search_box, "عبدالرحمن سعد")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.summary(0).id == wanted


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
