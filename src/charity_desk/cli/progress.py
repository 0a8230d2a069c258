"""A progress bar on standard error for long commands, drawn only when a person is watching (a
terminal): a script reading the output, or a log file, gets none."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 30


class ProgressBar:
    """Call it with (done, total) as the work goes; ``close()`` ends the line."""

    def __init__(self, label: str, stream: TextIO | None = None):
        self._stream = stream or sys.stderr
        self._label = label
        self._shown = self._stream.isatty()
        self._percent = -1

    def __call__(self, done: int, total: int) -> None:
        if not self._shown or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent == self._percent:
            return
        self._percent = percent
        filled = WIDTH * percent // 100
        bar = "█" * filled + "░" * (WIDTH - filled)
        self._stream.write(f"\r{bar} {percent:3d}%  {done}/{total}  {self._label}")
        self._stream.flush()

    def close(self) -> None:
        if self._shown and self._percent >= 0:
            self._stream.write("\n")
            self._stream.flush()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class Working:
    """For work that cannot count its steps (a backup, a restore): one line saying what is being
    done, shown on a terminal and cleared when the work ends."""

    def __init__(self, label: str, stream: TextIO | None = None):
        self._stream = stream or sys.stderr
        self._label = label
        self._shown = self._stream.isatty()

    def __enter__(self) -> Working:
        if self._shown:
            self._stream.write(f"… {self._label}")
            self._stream.flush()
        return self

    def __exit__(self, *_exc) -> None:
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()
