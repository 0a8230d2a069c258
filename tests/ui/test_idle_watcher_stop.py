"""The idle lock's watcher is stopped by the main window's close, which Qt may deliver more than once."""

from PySide6.QtWidgets import QApplication

from charity_desk.ui.idle_lock import IdleWatcher


def test_stopping_twice_is_stopping_once(qapp):
    watcher = IdleWatcher(QApplication.instance(), 60_000)
    watcher.stop()
    watcher.stop()  # the second close of a window: disconnecting again raised and broke the close
    assert not watcher._timer.isActive()
