"""One rule for multi-line text boxes: in a right-to-left interface they are right-aligned and
right-to-left from the first line, whatever the box and whoever made it.

A ``QPlainTextEdit`` does not follow the layout direction: Arabic typed into it runs right to left
but sits against the left edge, and a line starting with a number starts on the left.  Rather than
each form fixing its own boxes, the application's style sets every box's text option as it is
polished (once per widget, before it is first shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QProxyStyle, QTextEdit


class TextDirectionStyle(QProxyStyle):
    def polish(self, target):
        if isinstance(target, QPalette):
            return super().polish(target)
        if isinstance(target, QPlainTextEdit | QTextEdit):
            follow_layout_direction(target)
        return super().polish(target)


def follow_layout_direction(box: QPlainTextEdit | QTextEdit) -> None:
    """Right-aligned, right-to-left paragraphs in a right-to-left interface; the default otherwise."""
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return
    document = box.document()
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)
