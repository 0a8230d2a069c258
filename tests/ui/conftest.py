"""GUI fixtures: the real application object with bundled fonts, Arabic catalogue and style sheet."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from charity_desk.ui.app import create_application


@pytest.fixture
def gui_app(qapp):
    """The QApplication set up exactly as at start-up, in Arabic, right to left."""
    return create_application("ar")


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp):
    """Free every top-level widget a test leaves behind while the application still runs: PySide
    frees leftovers in no particular order when the interpreter exits, which can crash the run."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def type_text(qtbot):
    """Type text into a widget key by key, Arabic included (QTest's keyClicks handles ASCII only)."""

    def type_into(widget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )

    return type_into
