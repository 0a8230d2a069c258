"""Multi-line text boxes follow the interface: right-aligned and right to left in Arabic from the first
line (even a line that starts with a number), left to right in English — one rule for every box."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from charity_desk.ui.app import create_application


def _shown(qtbot, box):
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box.document().defaultTextOption()


def test_text_boxes_are_right_to_left_in_arabic(gui_app, qtbot, type_text):
    for kind in (QPlainTextEdit, QTextEdit):
        box = kind()
        option = _shown(qtbot, box)
        assert option.textDirection() == Qt.LayoutDirection.RightToLeft
        assert option.alignment() & Qt.AlignmentFlag.AlignRight
        type_text(box, "2 سلة غذائية")
        block = box.document().firstBlock()
        assert block.layout().lineAt(0).naturalTextRect().right() > box.viewport().width() * 0.8


def test_text_boxes_stay_left_to_right_in_english(qapp, qtbot):
    create_application("en")
    try:
        option = _shown(qtbot, QPlainTextEdit())
        assert not option.alignment() & Qt.AlignmentFlag.AlignRight
    finally:
        create_application("ar")
