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
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def restart(self) -> None:
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
