"""The front desk: one search box that finds a person by name, national ID or phone as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
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

from charity_desk.services.registry import ActorServices
from charity_desk.ui.dialogs.verify_letter import VerifyLetterDialog
from charity_desk.ui.models.beneficiary_table import BeneficiaryTableModel

DEBOUNCE_MS = 250


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
        self.model = BeneficiaryTableModel(self)
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

        new_walk_in = QPushButton(self.tr("New walk-in (Ctrl+N)"))
        new_walk_in.setShortcut(QKeySequence("Ctrl+N"))
        new_walk_in.clicked.connect(self.new_walk_in_requested)
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
        results = self._services.beneficiaries.search(query) if query.strip() else []
        self.model.set_rows(results)
        if results:
            self.table.selectRow(0)
        if not query.strip():
            self.status.setText("")
        elif results:
            self.status.setText(self.tr("%n person(s) found", "", len(results)))
        else:
            self.status.setText(self.tr("No one matches. Check the spelling, or register a new walk-in."))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Up/Down move through the results while the cursor stays in the search box.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            row = self.table.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.table.selectRow(max(0, min(row, self.model.rowCount() - 1)))
            return
        super().keyPressEvent(event)

    def _open_current(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        if self.model.rowCount():
            self._open(max(self.table.currentIndex().row(), 0))

    def _open(self, row: int) -> None:
        self.open_requested.emit(self.model.summary(row).id)
