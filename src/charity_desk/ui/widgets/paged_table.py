"""The view of a ``PagedListModel``: read-only rows chosen one at a time, headers that sort in SQL,
and the chosen row kept by its id when the list is read again.

Column widths are fitted once, to the first rows of the first list that has any (a screenful, never
per cell), after the event that filled it; sorting, scrolling and reading the list again keep them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from charity_desk.ui.models.paged_list import PagedListModel

#: Rows measured when fitting the columns: the first screenful is enough.
MEASURED_ROWS = 40
#: Column widths before any row is fitted: six columns fit a half-screen box at 1366 pixels.
DEFAULT_WIDTH, MINIMUM_WIDTH = 90, 48


class PagedTable(QTableView):
    #: The id of the chosen row (None: nothing chosen).
    current_changed = Signal(object)

    def __init__(self, model: PagedListModel, parent=None):
        super().__init__(parent)
        self._chosen: Any = None
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setMinimumSectionSize(MINIMUM_WIDTH)
        header.setDefaultSectionSize(DEFAULT_WIDTH)
        if model.sortable():
            header.setSectionsClickable(True)
            header.setSortIndicatorShown(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.sortIndicatorChanged.connect(model.sort)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelAboutToBeReset.connect(self._remember_choice)
        model.modelReset.connect(self._after_reset)
        self._fitted = False

    def list_model(self) -> PagedListModel:
        return self.model()

    def current_id(self) -> Any:
        row = self.currentIndex().row()
        return self.model().row_id(row) if row >= 0 else None

    def current_row(self) -> Any:
        """The read model of the chosen row, or None."""
        row = self.currentIndex().row()
        return self.model().row(row) if row >= 0 else None

    def choose(self, row_id: Any) -> bool:
        """Make the row ``row_id`` the chosen one, when it has been read; returns whether it was."""
        position = self.model().find(row_id)
        if position < 0:
            return False
        self.selectionModel().setCurrentIndex(
            self.model().index(position, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def refresh(self, row_id: Any) -> None:
        """Read one row again after an action (``PagedListModel.refresh``) without choosing another:
        the row stays chosen where it still belongs to the list, and nothing is chosen when it left."""
        chosen = self._chosen
        self.blockSignals(True)
        self.model().refresh(row_id)
        if chosen is not None and not self.choose(chosen):
            self.selectionModel().clear()
        self.blockSignals(False)
        self._chosen = self.current_id()

    def _row_changed(self, current, _previous) -> None:
        row_id = self.model().row_id(current.row()) if current.isValid() else None
        if row_id != self._chosen:
            self._chosen = row_id
            self.current_changed.emit(row_id)

    def _fit_columns(self) -> None:
        self.resizeColumnsToContents()
        self.horizontalHeader().resizeSections()  # the stretched columns take the room left again

    def _remember_choice(self) -> None:
        self._kept = self._chosen

    def _after_reset(self) -> None:
        if not self._fitted and self.model().rowCount():
            # Not now: a header click that sorted is still being handled by the header.
            self._fitted = True
            QTimer.singleShot(0, self, self._fit_columns)
        kept = getattr(self, "_kept", None)
        self.blockSignals(True)
        found = kept is not None and self.choose(kept)
        self.blockSignals(False)
        # A chosen row not among the rows read again is no longer chosen, but nothing is announced:
        # the screen keeps showing what it showed (an application opened from a file stays open).
        self._chosen = kept if found else None
