"""The reports' chart of duplicate files in the period: pairs found, files merged, pairs dismissed
(«ليسا نفس الشخص») and merges undone (services.duplicate_figures), read off the GUI thread."""

from __future__ import annotations

from datetime import date

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate
from charity_desk.services.duplicate_figures import DuplicateFigures
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.widgets.count_chart import CountChart

CONTEXT = "DuplicateFiguresChart"
BARS = (
    ("found", QT_TRANSLATE_NOOP("DuplicateFiguresChart", "Suspected pairs found")),
    ("merged", QT_TRANSLATE_NOOP("DuplicateFiguresChart", "Files merged")),
    ("dismissed", QT_TRANSLATE_NOOP("DuplicateFiguresChart", "Found not the same person")),
    ("undone", QT_TRANSLATE_NOOP("DuplicateFiguresChart", "Merges undone")),
)


class DuplicateFiguresChart(CountChart):
    def __init__(self, parent=None):
        super().__init__(translate(CONTEXT, QT_TRANSLATE_NOOP("DuplicateFiguresChart", "Duplicate files")), parent=parent)
        self._task: BackgroundTask | None = None
        #: The figures shown (None until the first ones arrive).
        self.figures: DuplicateFigures | None = None

    def load(self, merges, start: date, end: date) -> None:
        """Count the period's figures through ``merges`` (the merge service) and show them when they come."""
        self._task = BackgroundTask(lambda _progress, _cancelled: merges.figures(start, end))
        self._task.signals.finished.connect(self._show)
        self._task.start()

    def _show(self, figures: DuplicateFigures) -> None:
        self._task = None
        self.figures = figures
        counts = [(translate(CONTEXT, label), getattr(figures, key)) for key, label in BARS]
        self.set_counts(counts if any(count for _label, count in counts) else [])
