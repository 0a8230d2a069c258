"""A BackgroundTask watched through a cancellable progress dialog (ARCHITECTURE rule 5).

The dialog is window-modal, so the person cannot start the same batch twice, and appears only
when the work takes long enough to be worth watching.  A failure that follows a cancel is the
work stopping as asked, and is reported as ``cancelled`` rather than as an error.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from charity_desk.ui.background_task import BackgroundTask, Work

SHOW_AFTER_MS = 300


class ProgressTask(QObject):
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, label: str, work: Work):
        super().__init__(parent)
        self._cancel_requested = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(parent.window().windowTitle())
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._task = BackgroundTask(work)
        self._task.signals.progress.connect(self._progressed)
        self._task.signals.finished.connect(self._finished)
        self._task.signals.failed.connect(self._failed)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        self._task.start()

    def cancel(self) -> None:
        self._cancel_requested = True
        self._task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finished(self, result: object) -> None:
        self._stop()
        if self._cancel_requested:
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._stop()
        if self._cancel_requested:
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _stop(self) -> None:
        # hide(), not close(): closing a progress dialog emits ``canceled``.
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()
