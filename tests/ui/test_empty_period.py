"""A period with nothing in it: every figure card that has nothing to measure says «لا بيانات في هذه
الفترة», on the Reports page and in the board report PDF, instead of staying blank."""

from datetime import date

from PySide6.QtCore import QThreadPool

from charity_desk.services.dashboard import DashboardFilter
from charity_desk.ui.screens.dashboard import DashboardPage
from pdf_reading import pdf_text, plain

NO_DATA = "لا بيانات في هذه الفترة"


def test_cards_without_data_say_so(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    page = DashboardPage(acting)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy and page.figures is not None, timeout=20_000)
    empty = [key for key, card in page.cards.items() if card.value.text() == "—"]
    assert {"acceptance", "median_days", "satisfied"} <= set(empty)
    for key in empty:
        assert page.cards[key].detail.text().startswith(NO_DATA), key
    assert all(card.detail.text() for card in page.cards.values())  # no card left with nothing under it
    QThreadPool.globalInstance().waitForDone(30_000)

    pdf = acting.board_reports.pdf("board", DashboardFilter(date(2001, 1, 1), date(2001, 2, 1)))
    text = plain(pdf_text(pdf))
    assert text.count(NO_DATA) >= len(empty)
