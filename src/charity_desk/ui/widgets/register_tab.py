"""The shape shared by the registers followed to closure (complaints and suggestions, data-subject
requests, breaches): an optional status filter and a count above the list, the rows that need
attention coloured, and below it the chosen entry's details, its actions and any error.

A register subclasses ``RegisterTab``, adds its action widgets to ``self.actions``, and implements
``entries``, ``cells``, ``attention`` and ``show_entry``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.simple_table import SimpleTable

OVERDUE_BACKGROUND = QColor("#fdebc8")  # amber: needs attention, without blaming anyone
#: The status filter's choices, in order; a register without a filter shows every entry.  (PySide's
#: ``tr`` looks the text up in each class of the object in turn, so the base's own words are found.)
FILTERS = {
    "all": QT_TRANSLATE_NOOP("RegisterTab", "All"),
    "open": QT_TRANSLATE_NOOP("RegisterTab", "Open"),
    "overdue": QT_TRANSLATE_NOOP("RegisterTab", "Overdue"),
    "closed": QT_TRANSLATE_NOOP("RegisterTab", "Closed"),
}


def by_status(entries: list, wanted: str, today: date) -> list:
    """The entries the filter's choice keeps; each has a ``status`` and ``overdue(today)``."""
    return [e for e in entries if wanted in ("all", e.status) or (wanted == "overdue" and e.overdue(today))]


class RegisterTab(QWidget):
    def __init__(self, headers: list[str], new_label: str, with_filter: bool = True, parent=None):
        super().__init__(parent)
        self._entries: dict[int, object] = {}
        self.status_filter: QComboBox | None = None
        self.new_button = QPushButton(new_label)
        self.new_button.clicked.connect(self.new)
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        if with_filter:
            self.status_filter = QComboBox()
            for key, text in FILTERS.items():
                self.status_filter.addItem(self.tr(text), key)
            self.status_filter.setCurrentIndex(list(FILTERS).index("open"))
            self.status_filter.currentIndexChanged.connect(self.activate)
            top.addWidget(QLabel(self.tr("Show")))
            top.addWidget(self.status_filter)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.new_button)
        self.table = SimpleTable(headers)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.actions = QHBoxLayout()
        self.error = FormError()
        selected = QWidget()
        selected_layout = QVBoxLayout(selected)
        selected_layout.setContentsMargins(0, 0, 0, 0)
        selected_layout.addWidget(self.details, 1)
        selected_layout.addLayout(self.actions)
        selected_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(selected)
        splitter.setSizes([320, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # What a register tells ------------------------------------------------------------------
    def entries(self, wanted: str) -> list:
        """The entries to list for the filter's choice (``"all"`` without a filter); each has an ``id``."""
        raise NotImplementedError

    def cells(self, entry) -> tuple:
        raise NotImplementedError

    def attention(self, entry) -> tuple[QColor, int] | None:
        """The colour of a row that needs attention and the column to set in bold; None: a plain row."""
        raise NotImplementedError

    def show_entry(self, entry) -> None:
        """Fill ``details`` and enable the actions for the chosen entry (None: nothing chosen)."""
        raise NotImplementedError

    def new(self) -> None:
        raise NotImplementedError

    # Shared behaviour -----------------------------------------------------------------------
    def activate(self, *_args) -> None:
        """Reload the list, keeping the chosen entry chosen."""
        chosen = self.table.current_key()
        rows = self.entries(self.status_filter.currentData() if self.status_filter else "all")
        self._entries = {entry.id: entry for entry in rows}
        self.table.blockSignals(True)
        self.table.set_rows([self.cells(entry) for entry in rows], keys=[entry.id for entry in rows])
        bold = QFont()
        bold.setBold(True)
        for row, entry in enumerate(rows):
            if (marked := self.attention(entry)) is not None:
                colour, bold_column = marked
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setBackground(QBrush(colour))
                self.table.item(row, bold_column).setFont(bold)
            if entry.id == chosen:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.count.setText(self.tr("Shown: {count}").format(count=len(rows)))
        self._show_selected()

    def selected(self):
        return self._entries.get(self.table.current_key())

    def run_dialog(self, dialog) -> None:
        """Show a form for the chosen entry (None: nothing to do) and reload when it was saved."""
        if dialog is not None and dialog.exec():
            self.activate()

    def _show_selected(self) -> None:
        self.error.clear_message()
        entry = self.selected()
        if entry is None:
            self.details.clear()
        self.show_entry(entry)
