"""Tabs whose pages are built the first time they are shown or asked for.

A page with several registers builds only the tab in front when it is first visited; each other tab
is built when the user opens it (a few tens of milliseconds then, instead of all of them up front).
Until then the tab holds an empty placeholder, which the built page replaces at the same place.
A tab can be taken off the bar and put back (``show_only``), built or not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QTabWidget):
    def __init__(self, parent=None, build_first: bool = True):
        """``build_first=False`` leaves even the first tab unbuilt until it is asked for (``tab``, ``current_key``)."""
        super().__init__(parent)
        self._build_first = build_first
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._titles: dict[str, str] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        # Connected first, so the page is built before any other handler of the change looks at it.
        self.currentChanged.connect(self._build_current)

    def add_lazy(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        placeholder = QWidget()
        self._builders[key] = build
        self._titles[key] = title
        self._placeholders[key] = placeholder
        blocked = self.blockSignals(not self._build_first or self.signalsBlocked())  # the first tab comes to the front
        try:
            self.addTab(placeholder, title)
        finally:
            self.blockSignals(blocked)
        if self.count() == 1 and self._build_first:
            self.tab(key)

    def has(self, key: str) -> bool:
        return key in self._builders

    def is_built(self, key: str) -> bool:
        return key in self._built

    def key_of(self, widget: QWidget | None) -> str | None:
        """The key of the tab that holds ``widget`` (a built page or a placeholder)."""
        for key in self._builders:
            if self._built.get(key) is widget or self._placeholders.get(key) is widget:
                return key
        return None

    def current_key(self) -> str | None:
        """The key of the tab in front, built if it was not yet."""
        key = self.key_of(self.currentWidget())
        if key is not None:
            self.tab(key)
        return key

    def tab(self, key: str) -> QWidget:
        """The tab's page, built (and put in its placeholder's place) if it was not yet."""
        if key not in self._built:
            placeholder = self._placeholders.pop(key)
            page = self._builders[key]()
            index, current = self.indexOf(placeholder), self.currentIndex()
            blocked = self.blockSignals(True)
            try:
                if index >= 0:  # on the bar now; otherwise it takes its place when shown again
                    self.removeTab(index)
                    self.insertTab(index, page, self._titles[key])
                    self.setCurrentIndex(current)
            finally:
                self.blockSignals(blocked)
            placeholder.deleteLater()
            self._built[key] = page
        return self._built[key]

    def show_only(self, keys: Iterable[str]) -> None:
        """Show the tabs ``keys`` on the bar, in the order they were added, and take the others off;
        the tab in front stays in front if it is still shown (else the first one comes to the front)."""
        wanted = set(keys)
        shown = [key for key in self._builders if key in wanted]
        widgets = [self._built.get(key) or self._placeholders[key] for key in shown]
        if [self.widget(i) for i in range(self.count())] == widgets:
            return
        current = self.currentWidget()
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for key, widget in zip(shown, widgets, strict=True):
                self.addTab(widget, self._titles[key])
            if current is not None and self.indexOf(current) >= 0:
                self.setCurrentWidget(current)
        finally:
            self.blockSignals(blocked)

    def _build_current(self, index: int) -> None:
        placeholder = self.widget(index)
        for key, waiting in self._placeholders.items():
            if waiting is placeholder:
                self.tab(key)
                return
