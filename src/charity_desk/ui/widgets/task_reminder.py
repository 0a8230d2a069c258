"""The reminder of what is due: a line across the top of the main window, never a dialog.

It appears at sign-in and at every hourly check when something is due today or overdue, says how
much, and offers to show the tasks.  Its buttons are in the window's Tab order; Escape (or the close
button) hides it until the next check.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from charity_desk.ui.formatting import counted

#: How often the reminder is checked while the window is open.
REMINDER_INTERVAL_MS = 60 * 60 * 1000


class TaskReminder(QWidget):
    #: «Show my tasks»: the page of one's tasks, on the overdue group when any is overdue.
    show_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("taskReminder")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#taskReminder { background: #fff4e5; border: 1px solid #f5c27a; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.show_button = QPushButton(self.tr("Show my tasks"))
        self.show_button.clicked.connect(self._show_tasks)
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.setToolTip(self.tr("Hide this reminder until the next check (Escape)"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self._group = "today"
        self.hide()

    def remind(self, overdue: int, due_today: int) -> None:
        """Show what is due (hidden when nothing is due today and nothing is overdue)."""
        if not overdue and not due_today:
            self.hide()
            return
        parts = []
        if due_today:
            parts.append(self.tr("Due today: {count}.").format(count=counted(due_today, "task")))
        if overdue:
            parts.append(self.tr("Overdue: {count}.").format(count=counted(overdue, "task")))
        self.text.setText(" ".join(parts))
        self._group = "overdue" if overdue else "today"
        self.show()

    def _show_tasks(self) -> None:
        self.show_requested.emit(self._group)
        self.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)
