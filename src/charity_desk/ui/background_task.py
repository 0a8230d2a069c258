"""Long work off the GUI thread (ARCHITECTURE rule 5), reporting back through Qt signals.

The work is a plain function ``work(progress, cancelled)`` that calls services only: it never
touches a widget.  Each task's ``signals`` are emitted on the GUI thread, where the dialog updates
its widgets.

The pool thread never holds a task or its signals: it reports through one long-lived relay that
lives on the GUI thread, which hands each report to its task there.  So a task and its QObject are
only ever created, used and freed on the GUI thread, whenever the owner lets go of them; a QObject
freed on the pool thread while Qt delivers its signal corrupts memory.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Relay(QObject):
    """Carries (task number, kind, payload) from the pool threads to the GUI thread."""

    report = Signal(int, str, object)

    def __init__(self):
        super().__init__()
        self.running: dict[int, BackgroundTask] = {}
        self.report.connect(self._deliver)

    def _deliver(self, number: int, kind: str, payload: object) -> None:
        task = self.running.get(number)
        if task is None:
            return
        if kind == "progress":
            task.signals.progress.emit(*payload)
            return
        del self.running[number]
        (task.signals.finished if kind == "finished" else task.signals.failed).emit(payload)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def tasks_running() -> int:
    """How many started tasks have not yet reported their outcome on the GUI thread (for a caller that
    waits until the window is idle, such as the window benchmark)."""
    return len(_relay.running) if _relay is not None else 0


def _execute(report: Callable[[int, str, object], None], number: int, handed: list[Work],
             cancelled: Callable[[], bool]) -> None:
    """Run the work handed over in ``handed`` and report its outcome.

    The pool thread lets go of everything the work holds before it reports: the work's closure often
    holds a widget, and were the pool thread to drop the last reference to one (the GUI thread may
    free its task the moment the report arrives) the widget would be destroyed off the GUI thread.
    """
    work = handed.pop()
    try:
        result = work(lambda done, total: report(number, "progress", (done, total)), cancelled)
    except Exception as error:  # every failure goes back to the GUI thread to be shown
        del work
        _let_go_of_frames(error)
        report(number, "failed", error)
        return
    del work
    report(number, "finished", result)


def _let_go_of_frames(error: BaseException) -> None:
    """Keep the traceback as text and drop its frames, which hold the work's locals and function."""
    error.add_note("".join(traceback.format_exception(error)))
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__


class BackgroundTask:
    """One run of ``work`` on the global thread pool; create and start it on the GUI thread."""

    def __init__(self, work: Work):
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._cancel.set()

    def start(self) -> None:
        relay = _the_relay()
        number = next(_numbers)
        relay.running[number] = self  # kept until its last report reaches the GUI thread
        report = relay.report.emit
        handed, cancelled = [self._work], self._cancel.is_set
        QThreadPool.globalInstance().start(lambda: _execute(report, number, handed, cancelled))
