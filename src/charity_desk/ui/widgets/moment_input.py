"""A date and time typed in this computer's local time and handed to the services in UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit

from charity_desk.i18n import number_locale


class MomentInput(QDateTimeEdit):
    def __init__(self, parent=None):
        super().__init__(QDateTime.currentDateTime(), parent)
        self.setCalendarPopup(True)
        # The application's digits, laid out left to right like every other date typed in it: in a
        # right-to-left field the sections of the date come out reversed (2026/12/01).
        self.setLocale(number_locale())
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("dd/MM/yyyy HH:mm")

    def value(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), UTC)

    def set_value(self, moment: datetime) -> None:
        self.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
