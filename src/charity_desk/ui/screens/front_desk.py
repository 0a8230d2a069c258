"""The front desk: one search box that finds a person by name, national ID or phone as you type.

The keyboard stays in the search box: Up/Down (and Page Up/Down) move through the results, Enter
opens the selected person, Escape clears the search.  The best matches come first; more load as
the list scrolls, and the status line says how many match in all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charity_desk.services.beneficiaries import SearchPage
from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.verify_letter import VerifyLetterDialog
from charity_desk.ui.formatting import counted, show_number
from charity_desk.ui.models.search_results import SearchResultsModel

DEBOUNCE_MS = 250
PAGE_SIZE = 50
_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class FrontDeskPage(QWidget):
    #: A person was chosen (Enter or double-click): carries the beneficiary's id.
    open_requested = Signal(int)
    new_walk_in_requested = Signal()

    def __init__(self, services: ActorServices, parent=None):
        super().__init__(parent)
        self._services = services
        self.search_box = QLineEdit()
        self.search_box.setObjectName("frontDeskSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, national ID or mobile number"))
        self.search_box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.model = SearchResultsModel(self)
        self._total = 0
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._open_current)
        self.search_box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.model.rowsInserted.connect(self._show_count)

        new_walk_in = QPushButton(self.tr("New walk-in (Ctrl+N)"))
        new_walk_in.clicked.connect(self.new_walk_in_requested)
        # Ctrl+N opens the form at once (a button's own shortcut would wait for its click animation).
        walk_in_keys = QShortcut(QKeySequence("Ctrl+N"), self)
        walk_in_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        walk_in_keys.activated.connect(self.new_walk_in_requested)
        verify_letter = QPushButton(self.tr("Verify a letter…"))
        verify_letter.clicked.connect(self.verify_letter)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(new_walk_in)
        search_row.addWidget(verify_letter)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Front desk"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(search_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        QWidget.setTabOrder(self.search_box, self.table)
        QWidget.setTabOrder(self.table, new_walk_in)
        QWidget.setTabOrder(new_walk_in, verify_letter)

    def activate(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def verify_letter(self) -> VerifyLetterDialog:
        """A letter brought back to the desk, or a caller asking whether one is genuine."""
        self.verify_dialog = VerifyLetterDialog(self._services.letters, self)
        self.verify_dialog.open()
        return self.verify_dialog

    def run_search(self) -> None:
        self._debounce.stop()
        query = self.search_box.text()
        people = self._services.beneficiaries
        if not query.strip():
            self.model.show_page(SearchPage([], None), None, PAGE_SIZE)
            self._total = 0
        else:
            first = people.search_page(query, None, PAGE_SIZE)
            self._total = people.search_count(query) if first.after is not None else len(first.rows)
            self.model.show_page(first, lambda after, limit: people.search_page(query, after, limit), PAGE_SIZE)
        if self.model.rowCount():
            self._select(0)
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if not self.search_box.text().strip():
            self.status.setText("")
        elif not shown:
            self.status.setText(self.tr("No one matches. Check the spelling, or register a new walk-in."))
        elif shown < self._total:
            self.status.setText(self.tr("{shown} of {total} — add another part of the name or the ID number")
                                .format(shown=show_number(shown), total=show_number(self._total)))
        else:
            self.status.setText(self.tr("Found: {people}").format(people=counted(shown, "person")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and watched in (self.search_box, self.table):
            if event.key() in _MOVES and watched is self.search_box:
                self._move(_MOVES[event.key()])
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                self.search_box.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is self.table:
                self._open_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        """Select another result while the cursor stays in the search box."""
        if self._debounce.isActive():
            self.run_search()
        row = self.table.currentIndex().row() + step
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount():
            self._select(max(0, min(row, self.model.rowCount() - 1)))

    def _select(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _open_current(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        if self.model.rowCount():
            self._open(max(self.table.currentIndex().row(), 0))

    def _open(self, row: int) -> None:
        self.open_requested.emit(self.model.summary(row).id)
