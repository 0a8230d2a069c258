"""A spin box for a count of something («٦ أشهر», «شهران», «١٢ شهرًا») whose noun agrees with the number.

A fixed suffix cannot agree in Arabic («6 شهر» is wrong), so the whole phrase is the spin box's text;
typing a number (in either digit style) still works, and the phrase is written out when the field is
left.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from charity_desk.domain.counting import NOUNS
from charity_desk.domain.digits import to_western_digits
from charity_desk.ui.formatting import counted

_NUMBER = re.compile(r"\d+")


class CountSpinBox(QSpinBox):
    def __init__(self, noun: str, minimum: int = 0, maximum: int = 99, parent=None):
        super().__init__(parent)
        self._noun = noun
        self.setRange(minimum, maximum)
        self.editingFinished.connect(self._write_out)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return counted(value, self._noun)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        value = self._parse(text)
        return self.value() if value is None else value

    def validate(self, text: str, position: int):
        value = self._parse(text)
        if value is None:
            return QValidator.State.Intermediate, text, position
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, position
        return QValidator.State.Intermediate, text, position

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    def _write_out(self) -> None:
        """The typed number becomes the phrase («12» → «12 شهرًا») once the field is left."""
        special = self.specialValueText() if self.value() == self.minimum() else ""
        self.lineEdit().setText(special or self.textFromValue(self.value()))

    def _parse(self, text: str) -> int | None:
        """The count in ``text``: its digits, or 1 or 2 for a phrase written without a number."""
        match = _NUMBER.search(to_western_digits(text.replace("\u066c", "").replace(",", "")))
        if match:
            return int(match.group())
        forms = NOUNS[self._noun]
        if forms.dual in text or forms.dual_oblique in text:
            return 2
        if forms.singular in text or forms.english in text:
            return 1
        return None
