"""A screen's action run off the GUI thread while the screen takes no input.

A click made while the window waits must never be replayed onto the state the action leaves: the
GUI thread stays free (so the click is delivered at once, not queued behind the work) and the
screen's widgets are disabled (so the delivered click does nothing).  ``work`` calls services only;
``done`` and ``failed`` run on the GUI thread once the widgets take input again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from charity_desk.ui.background_task import BackgroundTask


def run_while_busy(
    widgets: Sequence[QWidget],
    work: Callable[[], object],
    done: Callable[[object], None],
    failed: Callable[[Exception], None],
) -> BackgroundTask:
    focused = QApplication.focusWidget()
    for widget in widgets:
        widget.setEnabled(False)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    task = BackgroundTask(lambda _progress, _cancelled: work())

    def take_input_again() -> None:
        QApplication.restoreOverrideCursor()
        for widget in widgets:
            if isValid(widget):
                widget.setEnabled(True)
        if focused is not None and isValid(focused) and focused.isEnabled() and focused.isVisible():
            focused.setFocus()

    def finished(result: object) -> None:
        take_input_again()
        done(result)

    def failure(error: Exception) -> None:
        take_input_again()
        failed(error)

    task.signals.finished.connect(finished)
    task.signals.failed.connect(failure)
    task.start()
    return task
