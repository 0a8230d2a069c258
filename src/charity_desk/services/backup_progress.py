"""One progress report (done of 100) across the steps of a backup or a restore.

Each step reports in its own units -- pages copied, bytes sealed, audit entries checked -- and is
given a share of the whole, so the person sees one bar move forward from the copy to the seal.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
WHOLE = 100


class Steps:
    """``Steps(progress, copy=4, seal=4)``; ``steps.of("copy")`` is the copy's own reporter."""

    def __init__(self, progress: Progress | None, **shares: int):
        self._progress = progress
        self._shares = shares
        self._sum = sum(shares.values()) or 1
        self._reached = 0

    def of(self, step: str) -> Progress | None:
        """The reporter of ``step``, or None when nobody is watching."""
        if self._progress is None:
            return None
        names = list(self._shares)
        before = sum(self._shares[name] for name in names[: names.index(step)])
        share = self._shares[step]

        def report(done: int, total: int) -> None:
            part = min(done, total) / total if total > 0 else 1
            self._report((before + share * part) * WHOLE // self._sum)

        return report

    def finished(self, step: str) -> None:
        """``step`` is done (for a step that cannot count its work)."""
        if (report := self.of(step)) is not None:
            report(1, 1)

    def _report(self, value: float) -> None:
        value = int(value)
        if value > self._reached:  # never backwards
            self._reached = value
            self._progress(value, WHOLE)
