"""Building a PDF from flowables: A4, reproducible, with progress and cancelling for batches.

``invariant=1`` fixes the creation date and the document ID, so the same input gives the same bytes
and a reprinted letter is the very document first issued.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, SimpleDocTemplate

from charity_desk.documents.fonts import register_fonts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

PAGE_SIZE = A4
MARGIN = 2 * cm
TOP_MARGIN = 1.5 * cm
BOTTOM_MARGIN = 1.5 * cm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


class RenderCancelled(Exception):
    """The user cancelled a batch; no document was produced."""


class ItemEnd(Flowable):
    """Marks the end of one item (a letter) in a batch, so progress is counted as pages are laid out."""

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass


class _Document(SimpleDocTemplate):
    def __init__(self, buffer, *, total: int, progress: Progress | None, cancelled: Cancelled | None, **kw):
        super().__init__(buffer, **kw)
        self._total, self._done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def afterFlowable(self, flowable):
        if not isinstance(flowable, ItemEnd):
            return
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, self._total)
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled()


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF.

    ``progress(done, total)`` is called after each ``ItemEnd`` in the story; when ``cancelled()``
    returns true at that point, ``RenderCancelled`` is raised and nothing is returned.
    """
    if cancelled is not None and cancelled():
        raise RenderCancelled()
    buffer = io.BytesIO()
    document = _Document(
        buffer,
        total=sum(isinstance(flowable, ItemEnd) for flowable in story),
        progress=progress,
        cancelled=cancelled,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        creator="Charity Desk",
        lang="ar",
        # Otherwise every page names Helvetica, a font that is not embedded, as its starting font.
        initialFontName=register_fonts()[0],
        invariant=1,
    )
    document.build(list(story))
    return buffer.getvalue()
