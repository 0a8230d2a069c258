"""The Reports page counts duplicate files in its period: pairs found, files merged, pairs dismissed and
merges undone, from the real review queue and merges (read off the GUI thread)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from tests.ui.duplicate_twins import register_twice

from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import generate_demo
from charity_desk.ui.screens.dashboard import DashboardPage


def test_the_reports_show_duplicates_found_merged_dismissed_and_undone(gui_app, qtbot, services, admin):
    generate_demo(services.db, SYSTEM, 40, seed=5)
    pairs = register_twice(services.db, 4)
    acting = services.acting_as(admin)
    acting.duplicates.scan()
    queue = acting.lists.duplicate_pairs("open")
    (first_key, first), (second_key, second) = queue.page(None, 2)
    acting.duplicates.dismiss(first.id)
    merged = acting.merges.merge(second.lower_id, second.higher_id)
    survivor, other = next(p for p in pairs if second.lower_id not in p)
    acting.merges.undo(acting.merges.merge(survivor, other).merge_id)

    page = DashboardPage(acting)
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 90)
    page.show()
    page.activate()
    chart = page.charts["duplicates"]
    qtbot.waitUntil(lambda: page.shown_filter is not None, timeout=20_000)
    assert chart.figures is None  # read only when its tab is opened
    bar = page.sections.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.waitUntil(lambda: chart.figures is not None, timeout=20_000)
    assert chart.title.text() == "الملفات المكررة"
    assert dict(chart.items) == {"أزواج مكررة محتملة اكتُشفت": 4, "ملفات دُمجت": 2,
                                 "تبيّن أنهما ليسا نفس الشخص": 1, "دمج تم التراجع عنه": 1}
    assert merged.merge_id

    # A period before any of it: nothing to show.
    old = date.today() - timedelta(days=400)
    chart.load(acting.merges, old, old + timedelta(days=30))
    qtbot.waitUntil(lambda: chart.figures.start == old, timeout=20_000)
    assert chart.items == [] and chart.stack.currentWidget() is chart.empty
    QThreadPool.globalInstance().waitForDone(10_000)
