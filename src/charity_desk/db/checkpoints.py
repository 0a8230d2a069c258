"""The write-ahead log folded into the SQLite file on a thread of its own, never on the window's.

SQLite folds its log into the database file (a checkpoint) by itself when a commit finds the log over
1,000 pages: that commit then copies the pages and syncs the database file, on whatever thread
committed.  At 200,000 people the commit of a sign-out did it and the window waited 0.9-1.1 s (the
sync also waited for the file's other unwritten pages).  Here a connection folds the log on commit only
past ``BACKSTOP_PAGES`` (a bulk write that nobody waits for in the window: a migration, an import); after
each unit of work a background thread folds it, once the commits of a burst are over.  A passive
checkpoint never blocks a reader or a writer, and SQLite still folds and removes the log when the last
connection closes.
"""

from __future__ import annotations

import atexit
import threading
import weakref

from sqlalchemy import Engine

#: Pages a commit lets the log grow to before it folds the log itself (4 KiB each: 40 MiB).
BACKSTOP_PAGES = 10_000
#: Seconds the background thread lets a burst of commits finish before it folds the log.
SETTLE_S = 0.5

_running: weakref.WeakSet[BackgroundCheckpoints] = weakref.WeakSet()


class BackgroundCheckpoints:
    """A thread that folds ``engine``'s log after commits; ``stop`` before the file is closed or replaced."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoints", daemon=True)
        self._thread.start()
        _running.add(self)

    def committed(self) -> None:
        """A unit of work committed: fold the log once the burst is over."""
        self._wake.set()

    def stop(self) -> None:
        """Fold nothing more; returns once a checkpoint under way has finished."""
        self._stopping.set()
        self._wake.set()
        self._thread.join()
        _running.discard(self)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if self._stopping.wait(SETTLE_S):
                return
            self._wake.clear()
            try:
                with self._engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            except Exception:  # noqa: BLE001 - the file busy or gone: the next commit, or closing it, folds the log
                continue


@atexit.register
def _stop_all() -> None:
    """No checkpoint left running while the interpreter shuts down."""
    for checkpoints in list(_running):
        checkpoints.stop()
