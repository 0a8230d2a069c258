"""Guards against a Qt binding release that would crash the application."""

import sys

from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    fired = Signal(object)


def test_emitting_a_signal_keeps_its_references(qapp):
    """PySide6 6.12.0 dropped one reference to ``True`` on every ``emit()``; after a day's work the
    interpreter freed ``True`` itself and crashed.  pyproject.toml excludes that release; this
    fails on any release with the same fault."""
    source = _Source()
    source.fired.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        source.fired.emit(None)
    assert abs(sys.getrefcount(True) - before) < 50
