"""An average answer on the 1-5 scale, drawn as a labelled bar in one calm colour.

One colour on purpose: the bars show where the service can improve, not a pass or fail (clause 3-5).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

STEPS = 100  # the bar moves in hundredths of a point


class ScoreBar(QWidget):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(260)
        self.bar = QProgressBar()
        self.bar.setRange(0, 5 * STEPS)
        self.bar.setMinimumWidth(240)
        self.bar.setStyleSheet("QProgressBar { border: 1px solid #cbd2d9; border-radius: 4px; background: #ffffff;"
                               " text-align: center; min-height: 20px; }"
                               " QProgressBar::chunk { background: #7fb8bc; border-radius: 3px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.bar, 2)

    def set_average(self, average: float | None) -> None:
        """``None`` when nobody answered the question in the chosen period."""
        self.bar.setValue(0 if average is None else round(average * STEPS))
        self.bar.setFormat("—" if average is None else self.tr("{average} of 5").format(average=f"{average:.2f}"))
