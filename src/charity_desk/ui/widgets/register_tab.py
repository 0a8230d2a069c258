"""The shape shared by the registers followed to closure (complaints and suggestions, data-subject
requests, breaches): an optional status filter and a count above the list, the rows that need
attention coloured, and below it the chosen entry's details, its actions and any error.

A register subclasses ``RegisterTab``, adds its action widgets to ``self.actions``, and implements
``source``, ``cells``, ``attention`` and ``show_entry``.  The list is read a page at a time, filtered
in SQL; after an action only the entry it touched is read again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
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
from charity_desk.ui.formatting import show_number
from charity_desk.ui.models.paged_list import Column, PagedListModel
from charity_desk.ui.widgets.form_error import FormError
from charity_desk.ui.widgets.paged_table import PagedTable

OVERDUE_BACKGROUND = QColor("#fdebc8")  # amber: needs attention, without blaming anyone
#: The status filter's choices, in order; a register without a filter shows every entry.  (PySide's
#: ``tr`` looks the text up in each class of the object in turn, so the base's own words are found.)
FILTERS = {
    "all": QT_TRANSLATE_NOOP("RegisterTab", "All"),
    "open": QT_TRANSLATE_NOOP("RegisterTab", "Open"),
    "overdue": QT_TRANSLATE_NOOP("RegisterTab", "Overdue"),
    "closed": QT_TRANSLATE_NOOP("RegisterTab", "Closed"),
}


class RegisterTab(QWidget):
    def __init__(self, headers: list[str], new_label: str, with_filter: bool = True, parent=None):
        super().__init__(parent)
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
        columns = tuple(Column(header, lambda entry, i=i: self.cells(entry)[i]) for i, header in enumerate(headers))
        self.entries_model = PagedListModel("", columns, attention=self.attention, parent=self)
        self.entries_model.total_changed.connect(
            lambda total: self.count.setText(self.tr("Shown: {count}").format(count=show_number(total))))
        self.table = PagedTable(self.entries_model)
        self.table.current_changed.connect(lambda _id: self._show_selected())
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
    def source(self, wanted: str):
        """The list for the filter's choice (``"all"`` without a filter), from ``services.lists``."""
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
        """Read the list again from its first page, keeping the chosen entry chosen."""
        self.entries_model.set_source(self.source(self.status_filter.currentData() if self.status_filter else "all"))
        self._show_selected()

    def selected(self):
        return self.table.current_row()

    def entry_changed(self, entry_id: int) -> None:
        """Read one entry again after an action on it (it may leave the filter) and show it."""
        self.table.refresh(entry_id)
        self._show_selected()

    def entry_added(self, entry_id: int) -> None:
        """Show a new entry where it belongs and choose it."""
        self.table.refresh(entry_id)
        self.table.choose(entry_id)
        self._show_selected()

    def run_dialog(self, dialog) -> None:
        """Show a form for the chosen entry (None: nothing to do) and read that entry again when saved."""
        chosen = self.table.current_id()
        if dialog is not None and dialog.exec() and chosen is not None:
            self.entry_changed(chosen)

    def _show_selected(self) -> None:
        self.error.clear_message()
        entry = self.selected()
        if entry is None:
            self.details.clear()
        self.show_entry(entry)
