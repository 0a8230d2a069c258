"""The pool thread must hold nothing of a task's work when it reports.

The GUI thread frees a finished task as soon as its report arrives; if the pool thread still held
the work (whose closure often holds a widget) it would drop the last reference afterwards and the
widget would be destroyed off the GUI thread, corrupting memory.
"""

from __future__ import annotations

import weakref

from charity_desk.ui.background_task import _execute


class Widgetish:
    """Stands for a widget captured by a screen's work closure."""


def _alive_when_reported(make_work) -> list[bool]:
    captured = Widgetish()
    watch = weakref.ref(captured)
    handed = [make_work(captured)]
    del captured
    seen: list[bool] = []
    _execute(lambda _number, kind, _payload: seen.append(watch() is not None) if kind != "progress" else None,
             1, handed, lambda: False)
    return seen


def test_finished_work_is_let_go_before_the_report():
    assert _alive_when_reported(lambda captured: lambda progress, cancelled: captured and 42) == [False]


def test_failed_work_and_its_frames_are_let_go_before_the_report():
    def make_work(captured):
        def work(progress, cancelled):
            held_in_a_frame = captured  # noqa: F841 - a local the traceback's frame would keep alive
            raise ValueError("the service refused")
        return work

    assert _alive_when_reported(make_work) == [False]
