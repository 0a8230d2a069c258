"""The front desk's results: the first page of the search, then the next ones as the list scrolls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex

from charity_desk.services.beneficiaries import SearchPage
from charity_desk.ui.models.beneficiary_table import BeneficiaryTableModel

#: ``fetch(after, limit)``: the page of the current query after the key ``after``.
FetchSearchPage = Callable[[object, int], SearchPage]


class SearchResultsModel(BeneficiaryTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._fetch: FetchSearchPage | None = None
        self._after = None
        self._page_size = 0

    def show_page(self, first: SearchPage, fetch: FetchSearchPage | None, page_size: int) -> None:
        """Show a new query's first page; ``fetch`` gives the following ones."""
        self.set_rows(first.rows)
        self._fetch, self._after, self._page_size = fetch, first.after, page_size

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._fetch is not None and self._after is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self._after, self._page_size)
        self._after = page.after
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
