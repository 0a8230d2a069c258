"""The Retention tab at 1366x768, with holds, a check's flags and destruction records in it: every
category's period shows without scrolling, a screenful of flags can be reviewed, and no column of
any of its tables is cut: each is as wide as its contents, and a table wider than its box scrolls
sideways to the last column."""

from datetime import date

from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from charity_desk.services.demo import generate_demo
from charity_desk.ui.main_window import MainWindow
from charity_desk.ui.screens.privacy_retention import RetentionTab


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def test_retention_tables_fit_at_1366x768(gui_app, qtbot, services, admin, admin_password):
    generate_demo(services.db, admin, 30, seed=5)
    acting = services.acting_as(admin)
    for person in acting.beneficiaries.page(None, 3):
        acting.retention.place_hold(person.national_id, "نزاع قضائي قائم حول المساعدة المقدمة للأسرة")
    acting.retention.approve(acting.retention.find_past_retention(today=date(2045, 1, 1)).id, admin_password)
    acting.retention.find_past_retention(today=date(2046, 6, 1))

    window = MainWindow(services, acting, services.setup.association_name(), "ar", 3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("privacy")
    tabs = window.pages["privacy"].findChild(QTabWidget)
    tab = window.pages["privacy"].retention  # a tab is built when first asked for or opened
    assert isinstance(tab, RetentionTab) and tabs.indexOf(tab) >= 0
    tabs.setCurrentWidget(tab)
    _settle(qtbot)

    assert tab.rules.rowCount() >= 7 and tab.rules.verticalScrollBar().maximum() == 0  # every category shows
    assert tab.flags_model.rowCount() > 0 and tab.destructions_model.rowCount() > 0 and tab.holds_model.rowCount()
    row_height = tab.flags.verticalHeader().defaultSectionSize()
    assert tab.flags.viewport().height() >= 6 * row_height  # a screenful of flags to review
    for table in tab.findChildren(QTableView):
        header = table.horizontalHeader()
        widths = [table.columnWidth(c) for c in range(header.count())]
        for column, width in enumerate(widths):
            needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert width >= needed - 2, (type(table).__name__, column, width, needed)
        if sum(widths) > table.viewport().width():
            assert table.horizontalScrollBar().maximum() > 0 and table.horizontalScrollBarPolicy() != 1
