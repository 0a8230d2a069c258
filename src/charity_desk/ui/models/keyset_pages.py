"""List sources for a ``PagedListModel`` that are not a ``KeysetList``: one page-reading function of
a service that pages by keyset itself and counts nothing (the audit trail: millions of entries, read
from the newest for as long as the administrator scrolls), and rows already in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FetchPage = Callable[[Any, int], list]


class FunctionPages:
    """``fetch_page(after, limit)`` gives up to ``limit`` rows after the service's key ``after`` (None:
    from the start); ``key_of(row)`` is that key for a row, ``id_of(row)`` the row's id."""

    def __init__(self, fetch_page: FetchPage, key_of: Callable[[Any], Any], id_of: Callable[[Any], Any]):
        self._fetch_page = fetch_page
        self._key_of = key_of
        self._id_of = id_of

    def page(self, after: tuple | None, limit: int) -> list[tuple[tuple, Any]]:
        """(key, row) pairs, the key being (the service's key, the row's id)."""
        rows = self._fetch_page(None if after is None else after[0], limit)
        return [((self._key_of(row), self._id_of(row)), row) for row in rows]

    def count(self) -> None:
        """Not counted: the model knows only the rows read so far."""
        return None


class ListPages:
    """Rows already in memory (a file's rejected rows) served a page at a time, so thousands of them
    never fill a table cell by cell; a row's key is its position."""

    def __init__(self, rows: list):
        self._rows = list(rows)

    def page(self, after: tuple | None, limit: int) -> list[tuple[tuple, Any]]:
        start = 0 if after is None else after[-1] + 1
        return [((index,), row) for index, row in enumerate(self._rows[start:start + limit], start=start)]

    def count(self) -> int:
        return len(self._rows)
