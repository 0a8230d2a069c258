"""Long work off the GUI thread (ARCHITECTURE rule 5), reporting back through Qt signals.

The work is a plain function ``work(progress, cancelled)`` that calls services only: it never
touches a widget.  Its signals belong to an object created on the GUI thread, so Qt delivers
``progress``, ``finished`` and ``failed`` there (queued), where the dialog updates its widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    def __init__(self, work: Work):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until ``finished`` or ``failed`` arrives
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._cancel.set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # every failure goes back to the GUI thread to be shown
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)
