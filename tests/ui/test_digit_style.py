"""One digit style everywhere: Western by default (spin boxes included, which used to show Arabic-Indic
digits under the Arabic locale), Arabic-Indic when the association chooses it in Settings."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QVBoxLayout, QWidget

from charity_desk.ui.formatting import apply_digit_style, counted, show_amount, show_short_date
from charity_desk.ui.screens.settings import SettingsPage
from charity_desk.ui.widgets.count_spin_box import CountSpinBox
from charity_desk.ui.widgets.date_input import DateInput
from charity_desk.ui.widgets.simple_table import SimpleTable


@pytest.fixture
def western_afterwards():
    yield
    apply_digit_style("western")


def test_spin_boxes_tables_and_counts_share_western_digits_by_default(gui_app, qtbot, type_text):
    box = QSpinBox()
    box.setRange(0, 5000)
    box.setValue(1234)
    qtbot.addWidget(box)
    assert box.text() == "1234" and show_amount(1500) == "1,500.00"
    form = QWidget()
    qtbot.addWidget(form)
    months, after = CountSpinBox("month", 0, 120), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(months)
    layout.addWidget(after)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    months.setFocus()
    qtbot.waitUntil(months.hasFocus)
    months.selectAll()
    type_text(months.lineEdit(), "١٢")  # typed on an Arabic keyboard
    qtbot.keyClick(months, Qt.Key.Key_Tab)
    assert months.value() == 12 and months.text() == "12 شهرًا"
    assert after.hasFocus()
    months.setFocus()
    qtbot.keyClick(months, Qt.Key.Key_Down)
    assert months.text() == "11 شهرًا"
    months.setValue(2)
    assert months.text() == "شهران"
    months.setValue(6)
    assert months.text() == "6 أشهر" and counted(10, "minute") == "10 دقائق"


def test_arabic_indic_chosen_in_settings_reaches_spin_boxes_and_tables(gui_app, qtbot, services, admin,
                                                                       western_afterwards):
    page = SettingsPage(services, services.acting_as(admin), "ar")
    qtbot.addWidget(page)
    page.show()
    page.activate()
    with qtbot.waitSignal(page.language_changed, timeout=5_000):  # the window is rebuilt in the new style
        page.digits.setFocus()
        qtbot.keyClick(page.digits, Qt.Key.Key_Down)  # a closed drop-down takes the next item on Down
    assert services.settings.digit_style() == "arabic_indic"
    box = QSpinBox()
    box.setValue(42)
    qtbot.addWidget(box)
    assert box.text() == "٤٢"
    assert counted(11, "month") == "١١ شهرًا" and show_amount(1500) == "١٬٥٠٠٫٠٠"
    assert show_short_date(date(2026, 11, 24)).endswith("٢٤/١١/٢٠٢٦م")
    table = SimpleTable(["الرقم", "المبلغ"])
    qtbot.addWidget(table)
    table.set_rows([("1448-000024", show_amount(250))])
    assert table.item(0, 0).text() == "١٤٤٨\u200e-\u200e٠٠٠٠٢٤" and table.item(0, 1).text() == "٢٥٠٫٠٠"
    field = DateInput()
    qtbot.addWidget(field)
    field.set_value(date(2026, 11, 24))
    assert field.text.text() == "١٤/٠٦/١٤٤٨" and "٢٤/١١/٢٠٢٦" in field.equivalent.text()
    assert field.value() == date(2026, 11, 24)  # read back whatever the digits
