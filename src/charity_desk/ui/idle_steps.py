"""Work done ahead of time on the GUI thread in short steps, the keyboard and mouse served between them.

Building widgets must happen on the GUI thread, so work such as preparing a screen before it is
first shown cannot move to a background task.  Split into steps (a generator that yields after each
short piece of work), it runs one step per turn of the event loop: a key pressed meanwhile waits at
most for the step under way, never for the whole work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal


class IdleSteps(QObject):
    #: Emitted after each step, with the number of steps done so far.
    stepped = Signal(int)
    finished = Signal()

    def __init__(self, steps: Iterator[object], parent: QObject, after_step: Callable[[], None] | None = None):
        super().__init__(parent)
        self._steps = steps
        self._after_step = after_step
        self.done = 0
        self.running = False

    def start(self) -> None:
        if not self.running:
            self.running = True
            self._schedule()

    def _schedule(self) -> None:
        # A zero-timer fires once the events already waiting (input included) have been handled.
        QTimer.singleShot(0, self, self._step)

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self.running = False
            self.finished.emit()
            return
        self.done += 1
        if self._after_step is not None:
            self._after_step()
        self.stepped.emit(self.done)
        self._schedule()
