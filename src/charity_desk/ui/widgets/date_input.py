"""A date typed in the Hijri or the Gregorian calendar, showing the other calendar as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from charity_desk.domain.dates import format_gregorian, format_hijri, format_hijri_numeric, parse_date
from charity_desk.domain.messages import DomainError
from charity_desk.domain.numerals import localize_digits

HIJRI, GREGORIAN = "hijri", "gregorian"


class DateInput(QWidget):
    changed = Signal()

    def __init__(self, calendar: str = HIJRI, parent=None):
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("day/month/year"))
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(130)
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Hijri"), HIJRI)
        self.calendar.addItem(self.tr("Gregorian"), GREGORIAN)
        self.calendar.setCurrentIndex(self.calendar.findData(calendar))
        self.equivalent = QLabel()
        self.equivalent.setObjectName("dateEquivalent")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.calendar)
        layout.addWidget(self.equivalent, 1)
        self.text.textChanged.connect(self._refresh)
        self.calendar.currentIndexChanged.connect(self._refresh)

    def value(self) -> date | None:
        """The date entered, or None when empty; raises DomainError when it cannot be read."""
        if not self.text.text().strip():
            return None
        return parse_date(self.text.text(), self.calendar.currentData())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.text.clear()
            return
        self.text.setText(localize_digits(format_hijri_numeric(value) if self.calendar.currentData() == HIJRI
                                          else format_gregorian(value)))

    def _refresh(self) -> None:
        try:
            value = self.value()
        except DomainError:
            self.equivalent.setText("")
        else:
            if value is None:
                self.equivalent.setText("")
            elif self.calendar.currentData() == HIJRI:
                self.equivalent.setText(self.tr("= {date} AD").format(date=localize_digits(format_gregorian(value))))
            else:
                self.equivalent.setText(self.tr("= {date}").format(date=localize_digits(format_hijri(value))))
        self.changed.emit()
