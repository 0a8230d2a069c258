"""The mouse wheel scrolls the form, never the value of a field the user is not in.

Turning the wheel over a long form passes over drop-downs, spin boxes and date fields; Qt lets each
one take the wheel and change its value on the way (a walk-in's «قناة الحضور» changed while
scrolling).  One filter on the application hands the wheel of such a field that does not have the
keyboard focus to the scroll area around it, which scrolls instead; a field the user has clicked or
tabbed into still takes the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_NAME = "wheelGuard"


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox))
                and not watched.hasFocus()):
            area = _scroll_area_around(watched)
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def install_wheel_guard(app: QApplication) -> None:
    """Install the guard once for the whole application."""
    if app.findChild(WheelGuard, _NAME) is None:
        guard = WheelGuard(app)
        guard.setObjectName(_NAME)
        app.installEventFilter(guard)
