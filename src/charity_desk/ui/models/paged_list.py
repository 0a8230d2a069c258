"""The table model every list that grows with the association uses (ARCHITECTURE rule 4).

A list is a column spec plus a source (``services.list_pages.KeysetList`` or anything with its
``page``/``count``/``one``/``sorted_by``/``comes_before``): the first page is read when the source is
set, more pages as the view scrolls (``canFetchMore``/``fetchMore``), a click on a sortable header
asks the source for that order (SQL sorts), and the total comes from the source's COUNT.  After an
action the screen calls ``refresh(row_id)``: that one row is re-read and changed in place, or
removed when it has left the filter, or inserted where it now belongs; the list is never reset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from charity_desk.domain.numerals import localize_digits
from charity_desk.ui.bidi import ltr

PAGE_SIZE = 100


@dataclass(frozen=True)
class Column:
    """``header``: the English source text, marked with QT_TRANSLATE_NOOP in the model's context (a
    model without a context shows headers already translated);
    ``text``: the cell shown for a row; ``sort``: the source's sort name (None: the header does not
    sort); ``ltr``: digits, dates and codes kept in reading order and centred."""

    header: str
    text: Callable[[Any], object]
    sort: str | None = None
    ltr: bool = False
    #: The text shown on hovering the cell (None: none).
    tooltip: Callable[[Any], str] | None = None


#: A row needing attention: its background colour and the column set in bold.
Attention = Callable[[Any], "tuple[QColor, int] | None"]


class PagedListModel(QAbstractTableModel):
    """Rows of plain read models with their keys; ``row_id(i)`` and ``row(i)`` give them back."""

    #: The number of rows the filter keeps (all pages), after every reset, insertion or removal.
    total_changed = Signal(int)

    def __init__(self, context: str, columns: tuple[Column, ...], source=None, page_size: int = PAGE_SIZE,
                 attention: Attention | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._columns = columns
        self._page_size = page_size
        self._attention = attention
        self._source = None
        self._rows: list[Any] = []
        self._keys: list[tuple] = []
        self._exhausted = True
        self.total = 0
        if source is not None:
            self.set_source(source)

    # The list -------------------------------------------------------------------------------
    def set_source(self, source) -> None:
        """Show another list (a new filter): its first page at once, its count from SQL."""
        self.beginResetModel()
        self._source = source
        self._rows, self._keys, self._exhausted = [], [], source is None
        self._append(self._next_page())
        #: None when the source counts nothing (the rows read so far are all that is known).
        self.total = source.count() if source is not None else 0
        self.endResetModel()
        if self.total is not None:
            self.total_changed.emit(self.total)

    @property
    def page_size(self) -> int:
        return self._page_size

    def sortable(self) -> bool:
        return any(column.sort for column in self._columns)

    def row(self, index: int) -> Any:
        return self._rows[index]

    def row_id(self, index: int) -> Any:
        return self._keys[index][-1] if 0 <= index < len(self._keys) else None

    def find(self, row_id: Any) -> int:
        """The position of row ``row_id`` among the rows read so far, or -1."""
        for position, key in enumerate(self._keys):
            if key[-1] == row_id:
                return position
        return -1

    def refresh(self, row_id: Any) -> int:
        """Re-read one row after an action; returns its position now (-1: not shown)."""
        found = self._source.one(row_id) if self._source is not None else None
        position = self.find(row_id)
        if position >= 0 and found is not None and found[0] == self._keys[position]:
            self._rows[position] = found[1]
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))
            return position
        if position >= 0:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position], self._keys[position]
            self.endRemoveRows()
            self.total -= 1
        if found is not None:
            key, row = found
            place = next((i for i, other in enumerate(self._keys) if self._source.comes_before(key, other)),
                         len(self._keys))
            self.total += 1
            if place < len(self._keys) or self._exhausted:
                self.beginInsertRows(QModelIndex(), place, place)
                self._rows.insert(place, row)
                self._keys.insert(place, key)
                self.endInsertRows()
                position = place
            else:
                position = -1  # it belongs after the rows read so far: it comes with a later page
        else:
            position = -1
        self.total_changed.emit(self.total)
        return position

    def _next_page(self) -> list:
        """The (key, row) pairs after the last row read; a short page means the list is all read."""
        if self._exhausted:
            return []
        page = self._source.page(self._keys[-1] if self._keys else None, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        return page

    def _append(self, page: list) -> None:
        self._keys.extend(key for key, _row in page)
        self._rows.extend(row for _key, row in page)

    # Qt's model interface -------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._append(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.text(self._rows[index.row()])
            text = "" if value is None else localize_digits(str(value))  # the application's digit style
            return ltr(text) if column.ltr else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.ltr:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(self._rows[index.row()])
        if self._attention is not None and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            marked = self._attention(self._rows[index.row()])
            if marked is None:
                return None
            colour, bold_column = marked
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(colour)
            if index.column() == bold_column:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            header = self._columns[section].header
            return QCoreApplication.translate(self._context, header) if self._context else header
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A click on a sortable header: the source reads the list in that order (SQL sorts)."""
        name = self._columns[column].sort if 0 <= column < len(self._columns) else None
        if name is None or self._source is None:
            return
        self.set_source(self._source.sorted_by(name, order == Qt.SortOrder.DescendingOrder))
