"""Two files side by side, field by field: a row per field either file fills, the rows that differ
highlighted (tinted, the field's name in bold), then how many records each file carries.

Bounded by nature (some twenty fields of two files), so a small table filled at once.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from charity_desk.services.merge_compare import FileComparison
from charity_desk.ui.formatting import show_number
from charity_desk.ui.merge_labels import RECORDS, field_label, record_label, value_text

#: The tint of a field the two files hold differently.
DIFFERENT = QColor("#fde2c8")


class FileComparisonTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setObjectName("fileComparison")
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First file"), self.tr("Second file")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the actions
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        #: The fields shown, row by row (None for a row of records), and which of them differ.
        self.fields: list[str | None] = []
        self.differing: list[str] = []

    def show_comparison(self, comparison: FileComparison | None) -> None:
        self.setUpdatesEnabled(False)
        self.setRowCount(0)
        self.fields, self.differing = [], []
        if comparison is not None:
            self.setHorizontalHeaderLabels([
                self.tr("Field"),
                self.tr("File no. {id}").format(id=show_number(comparison.first.id)),
                self.tr("File no. {id}").format(id=show_number(comparison.second.id)),
            ])
            for compared in comparison.fields:
                if not compared.first and not compared.second:
                    continue
                self._add(field_label(compared.field), value_text(compared.field, compared.first),
                          value_text(compared.field, compared.second), compared.differs)
                self.fields.append(compared.field)
                if compared.differs:
                    self.differing.append(compared.field)
            for table in RECORDS:
                first, second = comparison.first.records.get(table, 0), comparison.second.records.get(table, 0)
                if first or second:
                    self._add(record_label(table), show_number(first), show_number(second), False)
                    self.fields.append(None)
        self.setUpdatesEnabled(True)

    def _add(self, label: str, first: str, second: str, differs: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate((label, first, second)):
            item = QTableWidgetItem(text)
            if differs:
                item.setBackground(QBrush(DIFFERENT))
                if column == 0:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                item.setToolTip(self.tr("The two files differ here"))
            self.setItem(row, column, item)
