"""Income and expenses are entered in the order they are read, right to left: amount, description, then
the kind and its «Add» button; Tab walks that order and Space adds."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from charity_desk.services.person_input import PersonInput
from charity_desk.ui.screens.file_tab_household import MoneyTab


def test_amount_and_description_come_before_add(gui_app, qtbot, services, admin, type_text):
    acting = services.acting_as(admin)
    person = acting.registration.register(PersonInput(
        first_name="سلمى", father_name="فهد", grandfather_name="علي", family_name="الشهري",
        national_id="1012345672", gender="female", birth_date=date(1980, 1, 1), mobile="0551234567"),
        today=date(2026, 11, 25))
    tab = MoneyTab(acting)
    qtbot.addWidget(tab)
    tab.changed.connect(lambda: tab.load(acting.files.open(person)))
    tab.load(acting.files.open(person))
    tab.resize(1100, 500)
    tab.show()
    qtbot.waitExposed(tab)
    def top(widget) -> int:
        return widget.mapTo(tab, widget.rect().topLeft()).y()

    assert top(tab.amount) == top(tab.description) < top(tab.income_category)  # what and how much first

    tab.amount.setFocus()
    qtbot.waitUntil(tab.amount.hasFocus)
    type_text(tab.amount, "١٥٠٠")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.description
    type_text(tab.description, "راتب تقاعد")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.income_category
    qtbot.keyClick(tab.income_category, Qt.Key.Key_Down)  # the first kind of income
    assert tab.income_category.code()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    add_income = QApplication.focusWidget()
    assert add_income.text() == "إضافة دخل"
    with qtbot.waitSignal(tab.changed, timeout=5_000):
        qtbot.keyClick(add_income, Qt.Key.Key_Space)
    items = acting.files.open(person).money.items
    assert [(i.direction, i.monthly_amount, i.description) for i in items] == [
        ("income", Decimal("1500.00"), "راتب تقاعد")]
