"""Lists fetched a page at a time as the view scrolls (ARCHITECTURE rule 4), by keyset paging: each
page starts after the key of the last row already shown, so page 1,000 costs what page 1 costs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

FetchPage = Callable[[Any, int], list]


class KeysetPages:
    """Mixed into a QAbstractTableModel that keeps its rows in ``self._rows``.

    ``fetch_page(after, limit)`` gives up to ``limit`` rows after the key ``after`` (None: from the
    start); ``key_of(row)`` is the key a row is found by.
    """

    def _page_with(self, fetch_page: FetchPage, key_of: Callable[[Any], Any], page_size: int,
                   exhausted: bool = False) -> None:
        self._fetch_page, self._key_of, self._page_size = fetch_page, key_of, page_size
        self._exhausted = exhausted

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._exhausted:
            return
        after = self._key_of(self._rows[-1]) if self._rows else None
        page = self._fetch_page(after, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _start_again(self) -> None:
        """Empty the list; the view then fetches the first page."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
