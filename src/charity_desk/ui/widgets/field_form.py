"""A form whose fields can each show what is wrong with them, right under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from charity_desk.domain.messages import Message
from charity_desk.i18n import render


class FieldForm(QFormLayout):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.addRow(label, holder)
        self.widgets[name] = widget
        self._errors[name] = error
        return widget

    def show_errors(self, errors: dict[str, Message]) -> list[str]:
        """Mark each named field; returns the names that are not fields of this form."""
        self.clear_errors()
        unknown = []
        for name, message in errors.items():
            if name not in self._errors:
                unknown.append(name)
                continue
            self._errors[name].setText(render(message))
            self._errors[name].show()
            self.widgets[name].setProperty("invalid", True)
            self.widgets[name].style().polish(self.widgets[name])
        first = next((self.widgets[n] for n in self.widgets if n in errors), None)
        if first is not None:
            first.setFocus()
        return unknown

    def clear_errors(self) -> None:
        for name in self._errors:
            self.clear_error(name)

    def clear_error(self, name: str) -> None:
        """Unmark one field, for example as soon as the person corrects it."""
        self._errors[name].hide()
        if self.widgets[name].property("invalid"):
            self.widgets[name].setProperty("invalid", False)
            self.widgets[name].style().polish(self.widgets[name])
