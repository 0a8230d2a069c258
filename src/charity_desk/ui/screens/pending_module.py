"""A navigation page for a module that this version does not have yet; says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PendingModulePage(QWidget):
    def __init__(self, title: str, purpose: str, parent=None):
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(purpose + "\n\n" + self.tr("This module is not available in this version yet."))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch()

    def activate(self) -> None:
        pass
