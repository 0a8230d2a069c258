"""Which column of an imported file holds each of the application's fields: one combo per field,
with the value of the file's first row beside it so a wrong match shows at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from charity_desk.i18n import render
from charity_desk.services.eform_columns import FIELDS
from charity_desk.services.eform_reader import FORMULA_WITHOUT_VALUE, Sheet
from charity_desk.services.eform_rows import cell_text
from charity_desk.ui.bidi import ltr

NOT_IN_FILE = -1


class ColumnMapping(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(len(FIELDS), 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file"), self.tr("First row")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(1, 260)
        self.combos: dict[str, QComboBox] = {}
        self._sample: tuple = ()
        for row, field in enumerate(FIELDS):
            label = render(field.message) + (" *" if field.required else "")
            self.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _index, r=row, f=field.key: self._show_sample(r, f))
            self.setCellWidget(row, 1, combo)
            self.setItem(row, 2, QTableWidgetItem(""))
            self.combos[field.key] = combo

    def set_sheet(self, sheet: Sheet, proposed: dict[str, int]) -> None:
        """Offer ``sheet``'s columns in every combo, chosen as ``proposed``."""
        self._sample = sheet.rows[0].cells if sheet.rows else ()
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), NOT_IN_FILE)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or self.tr("Column {number}").format(number=index + 1), index)
            combo.setCurrentIndex(max(combo.findData(proposed.get(key, NOT_IN_FILE)), 0))
            combo.blockSignals(False)
        for row, field in enumerate(FIELDS):
            self._show_sample(row, field.key)

    def set_column(self, field: str, index: int) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(combo.findData(index), 0))

    def mark(self, fields: set[str]) -> None:
        """Outline the combos of ``fields`` (a required column not chosen) and show the first."""
        for field in FIELDS:
            combo = self.combos[field.key]
            combo.setProperty("invalid", field.key in fields)
            combo.style().unpolish(combo)
            combo.style().polish(combo)
        rows = [row for row, field in enumerate(FIELDS) if field.key in fields]
        if rows:
            self.scrollToItem(self.item(rows[0], 0))

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData() not in (None, NOT_IN_FILE)}

    def _show_sample(self, row: int, field: str) -> None:
        index = self.combos[field].currentData()
        value = self._sample[index] if index not in (None, NOT_IN_FILE) and index < len(self._sample) else None
        text = "" if value is FORMULA_WITHOUT_VALUE else cell_text(value)[:80]
        # IDs, phones and dates read left to right; names keep their own direction.
        self.item(row, 2).setText(text if any(ch.isalpha() for ch in text) else ltr(text))
