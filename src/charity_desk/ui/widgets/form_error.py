"""A red line under a form that says what to fix; empty and hidden when all is well."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from charity_desk.i18n import render


class FormError(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message) -> None:
        self.setText(render(message))
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()
