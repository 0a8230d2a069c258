"""Every state of the real window a person can see, one after another, for the tests that check what
is on screen: each navigation page and each of its tabs (with the first row of its lists chosen), each
tab of a beneficiary's file, and every dialog of the catalogue."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableWidget, QTabWidget, QWidget
from screen_catalogue import every_dialog


def settle(qtbot, page=None) -> None:
    QApplication.processEvents()
    if page is not None and hasattr(page, "busy"):
        qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    qtbot.wait(20)


def choose_first_rows(root) -> None:
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and view.model() is not None and view.model().rowCount() > 0:
            if isinstance(view, QTableWidget):
                view.setCurrentCell(0, 0)
            else:
                view.setCurrentIndex(view.model().index(0, 0))


def _tabs_of(qtbot, window, label: str) -> Iterator[tuple[str, QWidget]]:
    yield label, window
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(qtbot)
            choose_first_rows(tabs.currentWidget())
            settle(qtbot)
            yield f"{label} › {tabs.tabText(index)}", window


def every_screen(qtbot, window, demo, services) -> Iterator[tuple[str, QWidget]]:
    """(where, the widget to read) for every page, tab, file tab and dialog; ``window`` is shown."""
    for key, page in window.pages.items():
        window.show_page(key)
        settle(qtbot, page)
        choose_first_rows(page)
        settle(qtbot, page)
        yield from _tabs_of(qtbot, window, f"page {key}")
    window.open_file(demo.beneficiaries.page(None, 1)[0].id)
    settle(qtbot)
    yield from _tabs_of(qtbot, window, "file")
    for name, dialog in every_dialog(demo, services, window):
        dialog.show()
        settle(qtbot)
        yield f"dialog {name}", dialog
        dialog.reject()
