"""The mouse wheel scrolls a form; it changes a drop-down, spin box or date only when it has focus."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget


def wheel(widget, steps: int = -1) -> None:
    """A real wheel turn over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_unfocused_fields_scrolls_the_form_instead(gui_app, qtbot):
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    content = QWidget()
    column = QVBoxLayout(content)
    combo, spin, date = QComboBox(), QSpinBox(), QDateEdit()
    combo.addItems(["مقابلة شخصية", "اتصال هاتفي", "الموقع الإلكتروني للجمعية"])
    spin.setValue(5)
    first_date = date.date()
    for widget in (combo, spin, date):
        column.addWidget(widget)
        column.addSpacing(600)
    scroll.setWidget(content)
    scroll.resize(400, 300)
    scroll.show()
    qtbot.waitExposed(scroll)
    for widget in (combo, spin, date):
        wheel(widget)
    assert (combo.currentIndex(), spin.value(), date.date()) == (0, 5, first_date)
    assert scroll.verticalScrollBar().value() > 0  # the form scrolled

    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, 1)
    assert spin.value() == 6  # the field the user is in still takes the wheel
