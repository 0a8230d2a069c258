"""Reading PDFs back for the document tests: pdftotext's text and the drawn lines with their positions."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from collections import defaultdict

from pypdf import PdfReader

_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_NOT_COMPARED = re.compile("[()\u064b-\u065f\u0670]")
_PIECE = re.compile(r"\d(?:[\d,./:%]*\d)?%?|[^\W\d_]+(?:\s+[^\W\d_]+)*")


def plain(text: str) -> str:
    """Shaped presentation forms back to ordinary letters, pdftotext's direction marks removed."""
    return _DIRECTION_MARKS.sub("", unicodedata.normalize("NFKC", text))


def squash(text: str) -> str:
    """Without spaces: pdftotext, rebuilding the reading order, moves spaces around digits and colons."""
    return re.sub(r"\s+", "", text)


def comparable(text: str) -> str:
    """pdftotext's text and the expected text made comparable: squashed, without brackets (pdftotext
    does not mirror them when it puts a right-to-left line back in reading order) and without short
    vowels (drawn apart from their letters, so extracted apart)."""
    return _NOT_COMPARED.sub("", squash(text))


def missing_pieces(expected: str, text: str) -> list[str]:
    """The runs of words and the numbers of ``expected`` that are not in ``text``.

    Where a line mixes directions, pdftotext keeps each run of words and each number intact but may
    move them, and the punctuation between them, around each other; so a mixed line is checked piece
    by piece.
    """
    have = comparable(text)
    return [
        piece for piece in map(comparable, _PIECE.findall(_HARAKAT.sub("", expected))) if piece not in have
    ]


def pdftotext(pdf: bytes, *, layout: bool = False, page: int | None = None) -> str:
    """The text of the whole document, or of one ``page`` (counted from 1)."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    command = ["pdftotext", *(["-layout"] if layout else []), *pages, "-", "-"]
    result = subprocess.run(command, input=pdf, capture_output=True, check=True)
    return plain(result.stdout.decode("utf-8"))


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
    """pdftotext's text of each page, first page first."""
    return [pdftotext(pdf, page=number) for number in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1)]
