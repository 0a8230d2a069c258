"""A combo box over a list from data/ (choices or channels), labelled in the current language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from charity_desk.i18n import current_language
from charity_desk.reference import Choice


class ChoiceCombo(QComboBox):
    def __init__(self, options: tuple[Choice, ...], allow_empty: bool = True, parent=None):
        super().__init__(parent)
        if allow_empty:
            self.addItem("", "")
        for option in options:
            self.addItem(option.label(current_language()), option.code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))
