"""Python's cycle collector, run on the GUI thread only, and never at length while the person works.

Left automatic, the collector runs in whichever thread happens to allocate, a pool thread of a
background task included.  When it frees a cycle holding a widget there, Qt destroys the widget
off the GUI thread and the process crashes.  So automatic collection is turned off and a timer on
the GUI thread collects whenever enough new objects have piled up, as the automatic one would.

A collection looks at every object of its generations: the window's own (its pages, their widgets
and models, tens of thousands of objects) would make one take 40-60 ms, a pause felt when it lands
in a keystroke or a click.  So what is built to stay (a page at its first visit, the file screen
prepared ahead) is marked long-lived (``mark_long_lived``, Python's ``gc.freeze``), and so is any
burst of new objects (the modules loaded at start-up, a dialog or a tab built): the collections during
work look only at what was made since, and stay short.  The long-lived objects are looked at
again, in one full collection (80-200 ms), when the application is quiet (for 5 s it has used almost
no processor time and no key or click reached its windows: the person is reading, nothing is computed)
and their number has grown by a quarter
since the last full collection (Python's own rule for its oldest generation); what survives is
marked long-lived anew.  Cycles among them (a closed window's, say) are therefore freed too, only later.
At exit nothing stays marked: the interpreter's last collection frees (and closes) what they hold, the
database connections included, so SQLite checkpoints its write-ahead log and removes it.
"""

from __future__ import annotations

import atexit
import gc
import time

from PySide6.QtCore import QEvent, QObject, QTimer

#: Input that says a person is at work (key presses and clicks reach the window before its widgets).
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})

CHECK_EVERY_MS = 500
#: The application is quiet when, over each of this many checks in a row (5 s: longer than a pause
#: between two keys or clicks, as long as a person reading), it used under QUIET_SHARE of the time on the
#: processor (all its threads) and no key or mouse button was pressed in its windows.
QUIET_CHECKS = 10
QUIET_SHARE = 0.1

#: So many new objects since the last check are a build (modules, a page, a dialog), most of them kept:
#: marked long-lived rather than looked at on the spot (that would take 20-130 ms).
BURST = 10_000
#: A full collection is due once the long-lived objects are this much more than its survivors were.
LONG_LIVED_GROWTH = 1.25

#: How many objects survived the last full collection (all of them then marked long-lived).
_survivors = 0


def mark_long_lived() -> None:
    """What exists now stays (a page just built, the window): the collections during work leave it alone."""
    global _survivors
    gc.freeze()
    if not _survivors:  # the first ones, the modules loaded at start-up: the measure of growth from now on
        _survivors = gc.get_freeze_count()


def _full_collection_due() -> bool:
    return gc.get_freeze_count() > _survivors * LONG_LIVED_GROWTH


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._quiet_checks = 0
        self._last_check = (time.perf_counter(), time.process_time())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)
        # The windows, not the whole application: its filter would see every event a page's widgets send.
        if hasattr(parent, "focusWindowChanged"):
            parent.focusWindowChanged.connect(self._watch)
            self._watch(parent.focusWindow())

    def _watch(self, window) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing it again on the same window changes nothing

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self._quiet_checks = 0
        return False

    def check(self) -> None:
        """When quiet and the long-lived objects have grown enough, one full collection; otherwise a burst
        of new objects marked long-lived, or the generations whose counts passed their thresholds, oldest
        due first (the long-lived left out)."""
        self._count_quiet()
        if self._quiet_checks >= QUIET_CHECKS and _full_collection_due():
            self.collect_all()
            return
        counts = gc.get_count()
        if counts[0] > BURST:
            mark_long_lived()
            return
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def collect_all(self) -> None:
        """Every object, the long-lived ones included; the survivors are marked long-lived again."""
        global _survivors
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _survivors = gc.get_freeze_count()
        self._quiet_checks = 0
        self._last_check = (time.perf_counter(), time.process_time())  # the collection's own time is not work

    def _count_quiet(self) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        busy = (cpu - self._last_check[1]) / max(wall - self._last_check[0], 1e-3)
        self._last_check = (wall, cpu)
        self._quiet_checks = self._quiet_checks + 1 if busy < QUIET_SHARE else 0


def collect_on_gui_thread(app: QObject) -> None:
    """Install the collector once per application."""
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
        atexit.register(gc.unfreeze)
