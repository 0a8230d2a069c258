"""The audit entries matching a search, newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.audit_search import AuditPageKey, AuditRow
from charity_desk.ui.audit_sentences import action_text, details_text, record_text, user_text
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_moment
from charity_desk.ui.models.keyset_pages import KeysetPages

CONTEXT = "AuditTable"
_HEADERS = (
    QT_TRANSLATE_NOOP("AuditTable", "Time"),
    QT_TRANSLATE_NOOP("AuditTable", "User"),
    QT_TRANSLATE_NOOP("AuditTable", "Action"),
    QT_TRANSLATE_NOOP("AuditTable", "Record"),
    QT_TRANSLATE_NOOP("AuditTable", "Details"),
)


def _cell(row: AuditRow, column: int) -> str:
    if column == 0:
        return ltr(show_moment(row.at))
    if column == 1:
        return user_text(row)
    if column == 2:
        return action_text(row)
    if column == 3:
        return record_text(row)
    return details_text(row)


class PagedAuditModel(KeysetPages, QAbstractTableModel):
    """``fetch_page(after, limit)`` gives the next rows; ``reload()`` starts again from the newest."""

    def __init__(
        self,
        fetch_page: Callable[[AuditPageKey | None, int], list[AuditRow]],
        page_size: int = 100,
        parent=None,
    ):
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._page_with(fetch_page, lambda row: AuditPageKey(row.at, row.id), page_size, exhausted=True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return details_text(self._rows[index.row()])
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, _HEADERS[section])
        return None

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def reload(self, fetch_page: Callable[[AuditPageKey | None, int], list[AuditRow]] | None = None) -> None:
        """Start again (with a new search when ``fetch_page`` is given); the view fetches the first page."""
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self._start_again()
