"""Building a PDF from flowables: A4, reproducible, with progress and cancelling for batches.

``invariant=1`` fixes the creation date and the document ID, so the same input gives the same bytes
and a reprinted letter is the very document first issued.

A footer that says «صفحة 1 من 3» needs the page count before the first page is written; the canvas
therefore holds every page back and draws the footers when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from charity_desk.documents.fonts import register_fonts

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Footer = Callable[[Canvas, int, int], None]

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


class _NumberedCanvas(Canvas):
    """Keeps each finished page back; on saving, draws ``footer(canvas, page, total)`` on every page."""

    def __init__(self, *args, footer: Footer, **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict] = []

    def showPage(self):
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


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
    footer: Footer | None = None,
) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF.

    ``progress(done, total)`` is called after each ``ItemEnd`` in the story; when ``cancelled()``
    returns true at that point, ``RenderCancelled`` is raised and nothing is returned.
    ``footer(canvas, page, total)``, if given, draws in the bottom margin of every page.
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
    canvasmaker = partial(_NumberedCanvas, footer=footer) if footer is not None else Canvas
    document.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()
