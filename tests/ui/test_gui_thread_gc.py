"""Cycles are collected on the GUI thread, never on a pool thread of a background task; what is marked
long-lived is left out of the collections while the application works, collected when it is quiet, and
freed at exit."""

import gc
import os
import shutil
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import text

from charity_desk.db.engine import Database
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.gui_thread_gc import (
    BURST,
    CHECK_EVERY_MS,
    LONG_LIVED_GROWTH,
    QUIET_CHECKS,
    mark_long_lived,
)


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
        return [[n] for n in range(3_000)]  # kept: past the collector's threshold, short of a burst

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
    mark_long_lived()  # what start-up loaded, marked first in the application too
    held = _Held()
    mark_long_lived()  # as after a page's first build: the collections during work leave it alone
    return weakref.ref(held)


def test_what_is_marked_long_lived_is_left_out_of_collections_during_work_and_freed_when_quiet(gui_app, qtbot):
    garbage = _long_lived_garbage()
    gc.collect(2)  # the oldest generation, as a collection during work: the long-lived are not looked at
    assert garbage() is not None
    qtbot.waitUntil(lambda: garbage() is None, timeout=15_000)  # the application is quiet: everything is looked at


def _work() -> None:
    until = time.process_time() + 0.015
    while time.process_time() < until:
        pass


def _busy() -> QTimer:
    """The GUI thread busy most of the time, as while a person works."""
    busy = QTimer()
    busy.timeout.connect(_work)
    busy.start(20)
    return busy


def test_no_collection_of_everything_while_the_application_works(gui_app, qtbot):
    garbage = _long_lived_garbage()
    busy = _busy()
    qtbot.wait(int(QUIET_CHECKS * CHECK_EVERY_MS * 1.5))
    assert garbage() is not None
    busy.stop()
    qtbot.waitUntil(lambda: garbage() is None, timeout=15_000)


def test_no_collection_of_everything_while_a_person_types(gui_app, qtbot):
    """Typing costs the processor little; the keys pressed in the window say a person is at work."""
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is box.windowHandle())
    garbage = _long_lived_garbage()
    typing = QTimer()
    typing.timeout.connect(lambda: [QApplication.sendEvent(box.windowHandle(), QKeyEvent(
        kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")) for kind in (QEvent.Type.KeyPress,
                                                                               QEvent.Type.KeyRelease)])
    typing.start(300)
    qtbot.wait(int(QUIET_CHECKS * CHECK_EVERY_MS * 1.5))
    assert garbage() is not None and box.text().startswith("aaa")
    typing.stop()
    qtbot.waitUntil(lambda: garbage() is None, timeout=15_000)


def test_a_burst_of_new_objects_is_marked_long_lived_not_looked_at_during_work(gui_app, qtbot):
    busy = _busy()
    frozen = gc.get_freeze_count()
    built = [[n] for n in range(BURST * 3)]  # a page's worth of widgets and models, built and kept
    qtbot.waitUntil(lambda: gc.get_freeze_count() >= frozen + len(built), timeout=10_000)
    busy.stop()
    assert gc.get_count()[0] < BURST


EXIT_WITH_AN_OPEN_DATABASE = """
import sys
from charity_desk.ui.app import create_application
from charity_desk.db.engine import Database
from charity_desk.ui.gui_thread_gc import mark_long_lived

app = create_application("ar")

class Screen:  # a page holding the services in a cycle, as a page and its handlers do
    def __init__(self):
        self.me = self
        self.db = Database(sys.argv[1])
        with self.db.session() as session:
            session.execute(__import__("sqlalchemy").text("CREATE TABLE written_at_exit (n INTEGER)"))

Screen()
mark_long_lived()
"""


def test_a_database_held_by_long_lived_objects_is_closed_at_exit(sqlite_database, tmp_path):
    """Marked long-lived, the objects would outlive the interpreter's last collection: the connection
    left open keeps SQLite's write-ahead log beside the file, and a copy of the file alone misses it."""
    path = sqlite_database.url.removeprefix("sqlite:///")
    sqlite_database.dispose()
    subprocess.run([sys.executable, "-c", EXIT_WITH_AN_OPEN_DATABASE, sqlite_database.url], check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert not Path(f"{path}-wal").exists()
    copy = tmp_path / "copied.sqlite3"  # the file alone, as a person copying it would take it
    shutil.copyfile(path, copy)
    for suffix in (".audit-key", ".keys"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    with Database(f"sqlite:///{copy.as_posix()}").session() as session:  # the last write is in it
        assert session.execute(text("SELECT count(*) FROM written_at_exit")).scalar() == 0
