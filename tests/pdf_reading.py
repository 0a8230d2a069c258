"""Reading PDFs back for the document tests, with Python libraries only (no system program): the text
of each page in reading order and the drawn lines with their positions (pypdf), and a page's pixels
(pypdfium2)."""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict

import pypdfium2
from bidi import get_display
from PIL import Image
from pypdf import PdfReader

_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_NOT_COMPARED = re.compile("[()\u064b-\u065f\u0670]")
_PIECE = re.compile(r"\d(?:[\d,./:%]*\d)?%?|[^\W\d_]+(?:\s+[^\W\d_]+)*")


def plain(text: str) -> str:
    """Shaped presentation forms back to ordinary letters, direction marks removed."""
    return _DIRECTION_MARKS.sub("", unicodedata.normalize("NFKC", text))


def squash(text: str) -> str:
    """Without spaces: rebuilding the reading order moves spaces around digits and colons."""
    return re.sub(r"\s+", "", text)


def comparable(text: str) -> str:
    """The text read back and the expected text made comparable: squashed, without brackets (not
    mirrored back when a right-to-left line is put back in reading order) and without short
    vowels (drawn apart from their letters, so extracted apart)."""
    return _NOT_COMPARED.sub("", squash(text))


def missing_pieces(expected: str, text: str) -> list[str]:
    """The runs of words and the numbers of ``expected`` that are not in ``text``.

    Where a line mixes directions, the reading keeps each run of words and each number intact but may
    move them, and the punctuation between them, around each other; so a mixed line is checked piece
    by piece.
    """
    have = comparable(text)
    return [
        piece for piece in map(comparable, _PIECE.findall(_HARAKAT.sub("", expected))) if piece not in have
    ]


_ARABIC = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SAME_LINE = 2.0  # points between baselines of strings read as one line


def _page_lines(page) -> list[str]:
    """The page's lines, top first, each in reading order, as a reader of the printed page gets them.

    pypdf hands over each drawn string in runs of one direction, in the order drawn (left to right),
    turning each right-to-left run into reading order. The runs are put back as drawn; a string with
    Arabic (one line of a paragraph, or one table cell, each laid out on its own) is read with the
    Unicode bidirectional algorithm from its right (python-bidi, as the documents were written with);
    a line with Arabic is read from its rightmost string.
    """
    strings: dict[tuple[float, float], list[str]] = defaultdict(list)

    def visit(text, cm, tm, font, size):
        run = text.replace("\n", "")
        if run:
            strings[(cm[5] + tm[5], cm[4] + tm[4])].append(run[::-1] if _ARABIC.search(run) else run)

    page.extract_text(visitor_text=visit)
    lines: list[list[tuple[float, str]]] = []
    last_y = None
    for (y, x), runs in sorted(strings.items(), key=lambda item: -item[0][0]):
        if last_y is None or last_y - y > _SAME_LINE:
            lines.append([])
        last_y = y
        drawn = "".join(runs).strip()
        if drawn:
            lines[-1].append((x, get_display(drawn, base_dir="R") if _ARABIC.search(drawn) else drawn))
    text_lines = []
    for line in lines:
        rtl = any(_ARABIC.search(text) for _, text in line)
        text_lines.append(" ".join(text for _, text in sorted(line, reverse=rtl)))
    return text_lines


def pdf_text(pdf: bytes, *, page: int | None = None) -> str:
    """The text of the whole document, or of one ``page`` (counted from 1), a line per drawn line."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = reader.pages if page is None else [reader.pages[page - 1]]
    return plain("\n".join(line for p in pages for line in _page_lines(p)))


def drawn_lines(pdf: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """(y, x, text) of each piece of text drawn on ``page``, top of the page first.

    pypdf may hand one drawn string over in several pieces; pieces at the same position are joined.
    """
    pieces: dict[tuple[float, float], list[str]] = defaultdict(list)

    def visit(text, cm, tm, font, size):
        if text.strip():
            pieces[(round(cm[5] + tm[5], 1), round(cm[4] + tm[4], 1))].append(text.strip("\n"))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return sorted(
        ((y, x, "".join(parts)) for (y, x), parts in pieces.items()), key=lambda item: (-item[0], item[1])
    )


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, first page first."""
    return [pdf_text(pdf, page=number) for number in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1)]


def page_image(pdf: bytes, page: int = 0, dpi: float = 72) -> Image.Image:
    """``page`` (counted from 0) rendered to RGB pixels; at 72 dpi a pixel is a point."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()
