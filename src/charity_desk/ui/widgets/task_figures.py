"""The reports' tables of how the work was done in the period (services.tasks.reports): tasks done per
colleague and kind, the share done by their due date and the average days they took; and each staff
member's appointments booked, kept and missed.  Read off the GUI thread; the rows are bounded by the
staff and the kinds of task."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from shiboken6 import isValid

from charity_desk.domain.numerals import format_percent
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.formatting import show_number

if TYPE_CHECKING:
    from charity_desk.services.tasks.reports import TaskReport

#: Rows shown before the table scrolls.
VISIBLE_ROWS = 8


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + VISIBLE_ROWS * 26)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], text_columns: int) -> None:
    """The rows; the columns after the first ``text_columns`` hold figures, centred."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column >= text_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)


class TaskFiguresTable(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("taskFigures")
        self._task: BackgroundTask | None = None
        #: The report shown (None until the first one arrives).
        self.report: TaskReport | None = None
        title = QLabel(self.tr("Tasks done in the period"))
        title.setObjectName("sectionTitle")
        self.done = _table([self.tr("Colleague"), self.tr("Kind of task"), self.tr("Done"), self.tr("On time"),
                            self.tr("Average days")])
        kept_title = QLabel(self.tr("Appointments"))
        kept_title.setObjectName("sectionTitle")
        self.kept = _table([self.tr("Colleague"), self.tr("Booked"), self.tr("Kept"), self.tr("Missed")])
        self.empty = QLabel(self.tr("No task was done in this period."))
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.done)
        layout.addWidget(kept_title)
        layout.addWidget(self.kept)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def load(self, reports, start: date, end: date) -> None:
        """Read the period's report through ``reports`` (the task report service); shown when it comes."""
        self._task = BackgroundTask(lambda _progress, _cancelled: reports.report(start, end))
        self._task.signals.finished.connect(self._show)
        self._task.signals.failed.connect(self._failed)
        self._task.start()

    def _failed(self, error: Exception) -> None:
        self._task = None
        if not isValid(self):
            return
        self.empty.setText(self.tr("The figures could not be calculated: {details}").format(details=str(error)))
        self.empty.show()

    def _show(self, report: TaskReport) -> None:
        self._task = None
        if not isValid(self):
            return
        self.report = report
        nobody = self.tr("(nobody assigned)")
        _fill(self.done, [(f.full_name or nobody, QCoreApplication.translate("Tasks", f.label), show_number(f.done),
                           f"{show_number(f.on_time)} ({format_percent(f.on_time_share)})",
                           "—" if f.average_days is None else show_number(f.average_days, 1))
                          for f in report.done], 2)
        _fill(self.kept, [(f.full_name or nobody, show_number(f.booked), show_number(f.kept), show_number(f.no_shows))
                          for f in report.appointments], 1)
        self.empty.setVisible(not report.done)
