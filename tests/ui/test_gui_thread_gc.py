"""Cycles are collected on the GUI thread, never on a pool thread of a background task."""

import gc
import threading

from charity_desk.ui.background_task import BackgroundTask


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
