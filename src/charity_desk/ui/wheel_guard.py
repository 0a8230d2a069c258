"""The mouse wheel scrolls the form, never the value of a field the user is not in.

Turning the wheel over a long form passes over drop-downs, spin boxes and date fields; Qt lets each
one take the wheel and change its value on the way (a walk-in's «قناة الحضور» changed while
scrolling).  One filter on the application hands the wheel of such a field that does not have the
keyboard focus to the scroll area around it, which scrolls instead; a field the user has clicked or
tabbed into still takes the wheel.

The guard watches only those fields: the application's style hands it each one as the field is
polished (once, before it is first shown), so the rest of the window's events never pass through it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

from charity_desk.ui.text_direction import TextDirectionStyle

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


class WheelGuardStyle(TextDirectionStyle):
    """The application's style (``TextDirectionStyle``), which also puts the guard on each drop-down
    and spin box it polishes."""

    def __init__(self, base: str, guard: WheelGuard):
        super().__init__(base)
        self._guard = guard

    def polish(self, target):
        if isinstance(target, (QComboBox, QAbstractSpinBox)):
            target.installEventFilter(self._guard)
        return super().polish(target)


def install_wheel_guard(app: QApplication, base: str = "Fusion") -> None:
    """Give the application its style, over Qt's ``base`` style, with the guard; once for the application."""
    if app.findChild(WheelGuard, _NAME) is None:
        guard = WheelGuard(app)
        guard.setObjectName(_NAME)
        app.setStyle(WheelGuardStyle(base, guard))
