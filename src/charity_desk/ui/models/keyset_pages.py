"""A list source made of one page-reading function, for a ``PagedListModel`` over a service that
pages by keyset itself and counts nothing (the audit trail: millions of entries, read from the
newest for as long as the administrator scrolls).

``fetch_page(after, limit)`` gives up to ``limit`` rows after the service's key ``after`` (None:
from the start); ``key_of(row)`` is that key for a row, ``id_of(row)`` the row's id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FetchPage = Callable[[Any, int], list]


class FunctionPages:
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
