"""A key figure on the dashboard: the value large, what it measures under it, and a detail line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from charity_desk.ui.bidi import ltr

NO_FIGURE = "—"


class FigureCard(QFrame):
    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value = QLabel("—")
        self.value.setObjectName("figureValue")
        self.label = QLabel(label)
        self.label.setObjectName("figureLabel")
        self.label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("figureDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for widget in (self.value, self.label, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(widget)
        layout.addStretch()

    def show_figure(self, value: str, detail: str = "") -> None:
        """``value`` is kept left to right, so «121,150.00» or «67%» never comes out reversed; a figure
        with nothing to measure in the period («—») says so rather than leaving the card blank."""
        if value in ("", NO_FIGURE):
            self.value.setText(NO_FIGURE)
            self.detail.setText(self.tr("No data in this period."))
            return
        self.value.setText(ltr(value))
        self.detail.setText(detail)
