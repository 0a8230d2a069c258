"""Driving the real window as a person does, and timing each interaction until the window is idle.

Input goes in as real events (QTest mouse clicks and key presses on the widgets), never through a
screen's own methods.  An interaction ends when the event loop is idle: every posted event delivered,
no background task of the application's relay still running, no short single-shot timer (a search's
typing pause) still pending, and a zero-timer has fired after all of that.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QTabWidget,
    QWidget,
)

from charity_desk.ui import background_task

#: Timers at least this long are the window's own clocks (idle lock, autosave), not pending work.
_SHORT_TIMER_MS = 1_000


def relay_busy() -> bool:
    """Whether a background task started through the application's relay has not reported back yet."""
    return background_task.tasks_running() > 0


def _short_timers_pending() -> bool:
    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            if timer.isActive() and timer.isSingleShot() and timer.interval() < _SHORT_TIMER_MS:
                return True
    return False


#: While work is awaited, how often the loop looks whether it has ended (the most it adds to a time).
_LOOK_AGAIN_MS = 2


def settle(timeout_s: float = 60.0, wait_tasks: bool = True, wait_timers: bool = True) -> bool:
    """Run the event loop until it is idle (see the module's docstring); False when ``timeout_s`` passed.

    ``wait_tasks=False`` does not wait for background tasks, ``wait_timers=False`` for short timers
    (a keystroke is over once it is drawn, before the typing pause runs out)."""
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()

    def busy() -> bool:
        return (wait_tasks and relay_busy()) or (wait_timers and _short_timers_pending())

    while True:
        # A zero-timer fires only once the events posted before it have been handled.
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        if busy():
            if time.perf_counter() > deadline:
                return False
            # Run the loop, sleeping between events as the application's own loop does, and look again in
            # a moment; spinning here would take the processor from the work awaited.
            QTimer.singleShot(_LOOK_AGAIN_MS, loop.quit)
            loop.exec()
            continue
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        if not busy():
            return True


@dataclass
class Interaction:
    name: str
    target_ms: float
    samples: list[float] = field(default_factory=list)
    #: The processor time the process spent in each (all its threads): the sample without other programs' load.
    cpu: list[float] = field(default_factory=list)
    failure: str = ""


class Recorder:
    """Times interactions by name; stops repeating one that has grown far over its budget."""

    def __init__(self, timeout_s: float, verbose: bool = False, out: Path | None = None):
        self.timeout_s = timeout_s
        self.verbose = verbose
        self.interactions: dict[str, Interaction] = {}
        self._out = out

    def save(self) -> None:
        """Write what was timed so far (a crash later in the day keeps it)."""
        if self._out is not None:
            self._out.write_text(json.dumps({name: {"target": i.target_ms, "samples": i.samples, "cpu": i.cpu, "failure": i.failure}
                                             for name, i in self.interactions.items()}, ensure_ascii=False),
                                 encoding="utf-8")

    def entry(self, name: str, target_ms: float) -> Interaction:
        return self.interactions.setdefault(name, Interaction(name, target_ms))

    def too_slow(self, name: str) -> bool:
        """An interaction that already took over the time-out once is not repeated (the run must end)."""
        entry = self.interactions.get(name)
        return entry is not None and any(s > self.timeout_s * 1000 for s in entry.samples)

    def time(self, name: str, target_ms: float, action: Callable[[], object], wait_tasks: bool = True,
             wait_timers: bool = True) -> object:
        entry = self.entry(name, target_ms)
        if self.too_slow(name):
            return None
        if self.verbose:
            print(f"  {name}", file=sys.stderr, flush=True)
        started, cpu = time.perf_counter(), time.process_time()
        result = action()
        settled = settle(self.timeout_s, wait_tasks, wait_timers)
        entry.samples.append((time.perf_counter() - started) * 1000)
        entry.cpu.append((time.process_time() - cpu) * 1000)
        if not settled:
            entry.failure = f"still busy after {self.timeout_s:.0f} s"
        if not (wait_tasks and wait_timers):
            settle(self.timeout_s)
        self.save()
        return result

    def add(self, name: str, target_ms: float, milliseconds: float) -> None:
        self.entry(name, target_ms).samples.append(milliseconds)
        self.save()

    def fail(self, name: str, target_ms: float, reason: str) -> None:
        self.entry(name, target_ms).failure = reason
        self.save()


# Input: real events on the widgets.

def click(widget: QWidget, position: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     position if position is not None else widget.rect().center())


def click_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    click(view.viewport(), view.visualRect(index).center())


def click_list_item(view: QListWidget, row: int) -> None:
    click(view.viewport(), view.visualItemRect(view.item(row)).center())


def click_tab(tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    click(bar, bar.tabRect(index).center())


def reveal(widget: QWidget) -> None:
    """Bring to the front every tab that holds ``widget``, clicking each tab as a person would."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    if parent.currentIndex() != index:
                        click_tab(parent, index)
                    break
        parent = parent.parentWidget()


def key(widget: QWidget, key_code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key_code, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for each character; QTest only knows Latin keys, so any other one goes as its text."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def select_all_and_type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(widget, Qt.Key.Key_Delete)
    if text:
        type_text(widget, text)


def step_combo(combo: QComboBox, index: int) -> None:
    """Move a combo box to ``index`` with the arrow keys, as a person with the keyboard does."""
    combo.setFocus()
    while combo.currentIndex() < index:
        key(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > index:
        key(combo, Qt.Key.Key_Up)


def button(parent: QObject, text: str) -> QAbstractButton | None:
    """The visible, enabled button under ``parent`` that says ``text`` (as translated) or has that object name."""
    plain = text.replace("&", "")
    for candidate in parent.findChildren(QAbstractButton):
        named = candidate.objectName() == text or candidate.text().replace("&", "") == plain
        if named and candidate.isVisibleTo(candidate.window()) and candidate.isEnabled():
            return candidate
    return None


def dialog_button(dialog: QDialog, role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.AcceptRole):
    for box in dialog.findChildren(QDialogButtonBox):
        for candidate in box.buttons():
            if box.buttonRole(candidate) == role and candidate.isEnabled():
                return candidate
    return None


class ModalAnswer:
    """Answers the modal dialog an input opens, from inside that dialog's own event loop.

    ``fill(dialog)`` types into the dialog and returns the button to press (or None to cancel with
    Escape).  ``opened_ms`` is the time from the input to the dialog shown and idle; ``closed_at`` the
    moment the closing button was pressed."""

    def __init__(self, fill: Callable[[QDialog], QAbstractButton | None], timeout_s: float = 30.0):
        self._fill = fill
        self._deadline = 0.0
        self._timeout_s = timeout_s
        self.started = 0.0
        self.opened_ms: float | None = None
        self.closed_at: float | None = None

    def arm(self) -> None:
        self.started = time.perf_counter()
        self._deadline = self.started + self._timeout_s
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            if time.perf_counter() < self._deadline:
                QTimer.singleShot(1, self._look)
            return
        self.opened_ms = (time.perf_counter() - self.started) * 1000
        pressed = self._fill(dialog)
        self.closed_at = time.perf_counter()
        if pressed is None:
            key(dialog, Qt.Key.Key_Escape)
        else:
            click(pressed)
        if dialog.isVisible():  # refused (an error shown): give up rather than hang the script
            dialog.reject()
