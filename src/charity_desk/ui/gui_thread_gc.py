"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate, a pool thread of a
background task included.  When it frees a cycle holding a widget there, Qt destroys the widget
off the GUI thread and the process crashes.  So automatic collection is turned off and a timer on
the GUI thread collects whenever enough new objects have piled up, as the automatic one would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> None:
    """Install the collector once per application."""
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
