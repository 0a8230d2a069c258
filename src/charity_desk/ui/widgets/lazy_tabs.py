"""Tabs whose pages are built the first time they are shown or asked for.

A page with several registers builds only the tab in front when it is first visited; each other tab
is built when the user opens it (a few tens of milliseconds then, instead of all of them up front).
Until then the tab holds an empty placeholder, which the built page replaces at the same place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        # Connected first, so the page is built before any other handler of the change looks at it.
        self.currentChanged.connect(self._build_current)

    def add_lazy(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        self._builders[key] = build
        self._placeholders[key] = placeholder
        self.addTab(placeholder, title)
        if self.count() == 1:
            self.tab(key)

    def has(self, key: str) -> bool:
        return key in self._builders

    def is_built(self, key: str) -> bool:
        return key in self._built

    def tab(self, key: str) -> QWidget:
        """The tab's page, built (and put in its placeholder's place) if it was not yet."""
        if key not in self._built:
            placeholder = self._placeholders.pop(key)
            page = self._builders[key]()
            index, current = self.indexOf(placeholder), self.currentIndex()
            title = self.tabText(index)
            blocked = self.blockSignals(True)
            try:
                self.removeTab(index)
                self.insertTab(index, page, title)
                self.setCurrentIndex(current)
            finally:
                self.blockSignals(blocked)
            placeholder.deleteLater()
            self._built[key] = page
        return self._built[key]

    def _build_current(self, index: int) -> None:
        placeholder = self.widget(index)
        for key, waiting in self._placeholders.items():
            if waiting is placeholder:
                self.tab(key)
                return
