"""A small read-only table for a file's short lists (family, documents, recent contacts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from charity_desk.ui.bidi import ltr


class SimpleTable(QTableWidget):
    def __init__(self, headers: list[str], ltr_columns: frozenset[int] = frozenset(), parent=None):
        super().__init__(0, len(headers), parent)
        self._ltr_columns = ltr_columns
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)

    def set_rows(self, rows: list[tuple], keys: list[object] | None = None) -> None:
        """``keys`` (one per row) come back from ``current_key()``."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = "" if value is None else str(value)
                item = QTableWidgetItem(ltr(text) if c in self._ltr_columns else text)
                if keys is not None:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, c, item)

    def current_key(self):
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None
