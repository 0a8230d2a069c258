"""Cycles are collected on the GUI thread, never on a pool thread of a background task; what is marked
long-lived is left out of the collections while the application works, and collected when it is quiet."""

import gc
import threading
import time
import weakref

from PySide6.QtCore import QTimer

from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.gui_thread_gc import CHECK_EVERY_MS, LONG_LIVED_GROWTH, QUIET_CHECKS, mark_long_lived


class _Cycle:
    freed_on: list[str] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cycle.freed_on.append(threading.current_thread().name)


def test_collection_is_left_to_the_gui_thread(gui_app, qtbot):
    assert not gc.isenabled()
    gc.collect()
    _Cycle.freed_on.clear()
    for _ in range(50):
        _Cycle()

    def allocate_a_lot(_progress, _cancelled):
        return [[n] for n in range(20_000)]  # kept: far past the collector's threshold

    task = BackgroundTask(allocate_a_lot)
    with qtbot.waitSignal(task.signals.finished, timeout=10_000) as finished:
        task.start()
    kept = finished.args  # noqa: F841 - the allocations stay, as a real result would
    # The pool thread's allocations did not collect (the GUI thread's timer may have, on a slow machine).
    assert set(_Cycle.freed_on) <= {threading.main_thread().name}
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=5_000)
    assert set(_Cycle.freed_on) == {threading.main_thread().name}


class _Held:
    """A cycle (it refers to itself), so only the cycle collector can free it; with it, as many objects
    as a page holds (enough for a full collection to be due)."""

    def __init__(self):
        self.me = self
        self.widgets = [[n] for n in range(int(gc.get_freeze_count() * LONG_LIVED_GROWTH) + 50_000)]


def _long_lived_garbage() -> weakref.ref:
    held = _Held()
    mark_long_lived()  # as after a page's first build: the collections during work leave it alone
    return weakref.ref(held)


def test_what_is_marked_long_lived_is_left_out_of_collections_during_work_and_freed_when_quiet(gui_app, qtbot):
    garbage = _long_lived_garbage()
    gc.collect(2)  # the oldest generation, as a collection during work: the long-lived are not looked at
    assert garbage() is not None
    qtbot.waitUntil(lambda: garbage() is None, timeout=15_000)  # the application is quiet: everything is looked at


def test_no_collection_of_everything_while_the_application_works(gui_app, qtbot):
    garbage = _long_lived_garbage()

    def work() -> None:  # the GUI thread busy most of the time, as while a person works
        until = time.process_time() + 0.015
        while time.process_time() < until:
            pass

    busy = QTimer()
    busy.timeout.connect(work)
    busy.start(20)
    qtbot.wait(QUIET_CHECKS * CHECK_EVERY_MS * 3)
    assert garbage() is not None
    busy.stop()
    qtbot.waitUntil(lambda: garbage() is None, timeout=15_000)
