"""The reports' chart of households in the period: households served (a file alone is its own
household), households where more than one file was served, and the double-benefit overrides
supervisors approved (services.household_reports), read off the GUI thread."""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.ui.background_task import BackgroundTask
from charity_desk.ui.widgets.count_chart import CountChart

CONTEXT = "HouseholdFiguresChart"
BARS = (
    QT_TRANSLATE_NOOP("HouseholdFiguresChart", "Households served"),
    QT_TRANSLATE_NOOP("HouseholdFiguresChart", "Households with more than one file served"),
    QT_TRANSLATE_NOOP("HouseholdFiguresChart", "Second benefits approved by a supervisor"),
)


class HouseholdFiguresChart(CountChart):
    def __init__(self, parent=None):
        super().__init__(translate(CONTEXT, QT_TRANSLATE_NOOP("HouseholdFiguresChart", "Households")), parent=parent)
        self._task: BackgroundTask | None = None
        #: The counts shown, in the order of ``BARS`` (None until the first ones arrive).
        self.counts: tuple[int, int, int] | None = None

    def load(self, reports, f: DashboardFilter) -> None:
        """Count the period's figures through ``reports`` (the household report service), shown when they come."""

        def count(_progress, _cancelled) -> tuple[int, int, int]:
            served = reports.households_served(f.start, f.end, f.program_id, f.region)
            overrides = reports.overrides(f.start, f.end, f.program_id, f.region)
            return served.households, served.several_served, overrides.count

        self._task = BackgroundTask(count)
        self._task.signals.finished.connect(self._show)
        self._task.start()

    def _show(self, counts: tuple[int, int, int]) -> None:
        self._task = None
        self.counts = counts
        shown = [(translate(CONTEXT, label), count) for label, count in zip(BARS, counts, strict=True)]
        self.set_counts(shown if any(counts) else [])
