"""A small read-only table for lists bounded by nature: one family's members, one application's
checklist, one file's documents or recent contacts, a form's rejected rows.

Never for a list that grows with the association (a work queue, a register, a log): those are a
``PagedListModel`` in a ``PagedTable``, read a page at a time.  The header's resize modes are set
once here; filling the rows never resizes the columns cell by cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from charity_desk.domain.numerals import localize_digits
from charity_desk.ui.bidi import ltr


class SimpleTable(QTableWidget):
    def __init__(self, headers: list[str], ltr_columns: frozenset[int] = frozenset(), parent=None):
        super().__init__(0, len(headers), parent)
        self._ltr_columns = ltr_columns
        self._keys: list[object] = []
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)

    def set_rows(self, rows: list[tuple], keys: list[object] | None = None) -> None:
        """``keys`` (one per row, any Python value) come back from ``current_key()``."""
        self._keys = list(keys) if keys is not None else []
        self.setUpdatesEnabled(False)  # one layout and paint for the whole fill, not one per cell
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = "" if value is None else localize_digits(str(value))  # the application's digit style
                self.setItem(r, c, QTableWidgetItem(ltr(text) if c in self._ltr_columns else text))
        self.setUpdatesEnabled(True)

    def current_key(self):
        row = self.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def selected_keys(self) -> list:
        """Keys of the selected rows, top to bottom (for tables that allow choosing several)."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._keys[row] for row in rows if row < len(self._keys)]


def fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Share the table's width: the ``stretch`` columns (free text) take what the others leave.

    Sized to their contents, a long note or name pushes the last columns out of sight behind a
    horizontal scroll bar on a 1366-pixel screen; long text is elided instead."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
