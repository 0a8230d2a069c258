"""Locking the screen after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the application has seen no input for ``timeout_ms``."""

    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int, parent=None):
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        # Input reaches the window that has the focus (a dialog included) before its widgets: watching the
        # windows, not the whole application, keeps this filter out of the thousands of events a page's
        # widgets send one another while it is built.
        app.focusWindowChanged.connect(self._watch)
        self._watching = True
        self._watch(app.focusWindow())
        self._timer.start()

    def _watch(self, window) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing it again on the same window changes nothing

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def restart(self) -> None:
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        """Stop watching for good; a window closed twice (by its owner, then at shutdown) stops once."""
        self._timer.stop()
        if not self._watching:
            return
        self._watching = False
        self._app.focusWindowChanged.disconnect(self._watch)
        for window in self._app.topLevelWindows():
            window.removeEventFilter(self)
