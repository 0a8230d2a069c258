"""The dashboard's filter: a period typed in Hijri or Gregorian (or a quick choice), a program, a region.

Typing a date changes the filter at every key, so ``changed`` waits until typing pauses; a quick
choice or a combo changes it at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton

from charity_desk.domain.messages import DomainError
from charity_desk.domain.periods import last_twelve_months, this_hijri_year, this_month
from charity_desk.i18n import render
from charity_desk.reference import regions
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.ui.formatting import show_text
from charity_desk.ui.widgets.date_input import DateInput

TYPING_PAUSE_MS = 500


class PeriodFilter(QFrame):
    changed = Signal()

    def __init__(self, programs: list[tuple[int, str]], today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._today = today
        self.start = DateInput()
        self.end = DateInput()
        self.this_month = QPushButton(self.tr("This month"))
        self.this_hijri_year = QPushButton(self.tr("This Hijri year"))
        self.last_twelve_months = QPushButton(show_text(self.tr("Last 12 months")))
        for button, period in ((self.this_month, this_month), (self.this_hijri_year, this_hijri_year),
                               (self.last_twelve_months, last_twelve_months)):
            button.setObjectName("quickPeriod")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, period=period: self.set_period(*period(self._today)))
        self.program = QComboBox()
        self.program.addItem(self.tr("All programs"), None)
        for program_id, name in programs:
            self.program.addItem(name, program_id)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        for region in regions():
            self.region.addItem(region, region)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.start.changed.connect(self._typing.start)
        self.end.changed.connect(self._typing.start)
        self.program.currentIndexChanged.connect(self._changed_now)
        self.region.currentIndexChanged.connect(self._changed_now)

        quick = QHBoxLayout()
        quick.setSpacing(6)
        for button in (self.this_month, self.this_hijri_year, self.last_twelve_months):
            quick.addWidget(button)
        quick.addStretch()
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.addWidget(QLabel(self.tr("From")), 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        grid.addWidget(self.end, 0, 3)
        grid.addLayout(quick, 0, 4)
        grid.addWidget(QLabel(self.tr("Program")), 1, 0)
        grid.addWidget(self.program, 1, 1)
        grid.addWidget(QLabel(self.tr("Region")), 1, 2)
        grid.addWidget(self.region, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 3)

    def set_period(self, start: date, end: date) -> None:
        self.start.set_value(start)
        self.end.set_value(end)
        self._changed_now()

    def _changed_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def read(self) -> tuple[DashboardFilter | None, str]:
        """The filter, or None and what to fix in it."""
        try:
            start, end = self.start.value(), self.end.value()
        except DomainError as error:
            return None, render(error.message)
        if start is None or end is None:
            return None, self.tr("Enter the first and the last day of the period.")
        if end < start:
            return None, self.tr("The period ends before it starts: check the two dates.")
        return DashboardFilter(start, end, self.program.currentData(), self.region.currentData()), ""
