"""The audit entries matching a search, newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.audit_search import AuditPageKey, AuditRow
from charity_desk.ui.audit_sentences import action_text, details_text, record_text, user_text
from charity_desk.ui.formatting import show_moment
from charity_desk.ui.models.keyset_pages import FunctionPages
from charity_desk.ui.models.paged_list import Column, PagedListModel

CONTEXT = "AuditTable"
# The trail's codes and JSON are read as words (ui.audit_sentences): names, records, details as sentences.
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AuditTable", "Time"), lambda row: show_moment(row.at), ltr=True),
    Column(QT_TRANSLATE_NOOP("AuditTable", "User"), user_text),
    Column(QT_TRANSLATE_NOOP("AuditTable", "Action"), action_text),
    Column(QT_TRANSLATE_NOOP("AuditTable", "Record"), record_text),
    Column(QT_TRANSLATE_NOOP("AuditTable", "Details"), details_text, tooltip=details_text),
)

FetchAuditPage = Callable[[AuditPageKey | None, int], list[AuditRow]]


def _pages(fetch_page: FetchAuditPage) -> FunctionPages:
    return FunctionPages(fetch_page, lambda row: AuditPageKey(row.at, row.id), lambda row: row.id)


class PagedAuditModel(PagedListModel):
    """``fetch_page(after, limit)`` gives the next rows; ``reload()`` starts again from the newest."""

    def __init__(self, fetch_page: FetchAuditPage, page_size: int = 100, parent=None):
        super().__init__(CONTEXT, COLUMNS, _pages(fetch_page), page_size=page_size, parent=parent)
        self._fetch_page = fetch_page

    def entry(self, row: int) -> AuditRow:
        return self.row(row)

    def reload(self, fetch_page: FetchAuditPage | None = None) -> None:
        """Start again (with a new search when ``fetch_page`` is given) from the newest entries."""
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self.set_source(_pages(self._fetch_page))
