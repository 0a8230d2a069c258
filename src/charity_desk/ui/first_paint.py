"""Running something once a window has been drawn for the first time.

Work that can wait (the daily backup, which loads the backup and crypto modules) starts only when
the sign-in window is on the screen, so it does not delay it; the start-up benchmark reads the same
moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # once this paint has been drawn
        return False


def call_after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)
