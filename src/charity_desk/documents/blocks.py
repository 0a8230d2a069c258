"""Pieces shared by the minutes, the case summaries and the board reports.

Their look follows the official letter (letter.py): Amiri, the association's green for titles and
rules, grey for secondary text. Tables are ``rtl_table``; text is ``RtlParagraph``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

from charity_desk.documents.letter import ACCENT, MUTED
from charity_desk.documents.pdf import BOTTOM_MARGIN, FRAME_WIDTH, MARGIN, Footer
from charity_desk.documents.rtl import RtlParagraph, break_lines, rtl_style, rtl_table

ELLIPSIS = "…"
# Platypus frames keep 6 points of padding on each side: the width text and tables really get.
TEXT_WIDTH = FRAME_WIDTH - 12
LABEL_FILL = colors.HexColor("#F1F5F3")
_PAGE_LABEL_WIDTH = 4 * cm


@cache
def styles() -> dict[str, ParagraphStyle]:
    return {
        "title": rtl_style(
            "DocTitle", size=15, bold=True, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=2
        ),
        "subtitle": rtl_style("DocSubtitle", size=11, alignment=TA_CENTER, textColor=MUTED, spaceAfter=6),
        "heading": rtl_style(
            "DocHeading", size=12.5, bold=True, textColor=ACCENT, spaceBefore=8, spaceAfter=3, keepWithNext=1
        ),
        "body": rtl_style("DocBody", size=11.5, leading=19, spaceAfter=4),
        "label": rtl_style("DocLabel", size=10, bold=True, leading=15),
        "value": rtl_style("DocValue", size=10, leading=15),
        "cell": rtl_style("DocCell", size=9.5, leading=14),
        "cell_bold": rtl_style("DocCellBold", size=9.5, bold=True, leading=14),
        "cell_small": rtl_style("DocCellSmall", size=8, leading=12, textColor=MUTED),
        "footer": rtl_style("DocFooter", size=8, leading=11, textColor=MUTED),
        "page": rtl_style("DocPage", size=8.5, leading=11, alignment=TA_LEFT, textColor=MUTED),
    }


def heading(text: str) -> RtlParagraph:
    """A section heading; it stays on the page of what follows it."""
    return RtlParagraph(text, styles()["heading"])


def widths(*ratios: float) -> list[float]:
    """Column widths in proportion to ``ratios`` that fill the text width."""
    total = sum(ratios)
    return [TEXT_WIDTH * ratio / total for ratio in ratios]


def info_grid(pairs: Sequence[tuple[str, str]], *, per_row: int = 2, label_width: float = 2.8 * cm) -> Table:
    """Label/value pairs, ``per_row`` pairs a row, labels shaded: the data block at the top of a form."""
    style = styles()
    value_width = TEXT_WIDTH / per_row - label_width
    rows = []
    for start in range(0, len(pairs), per_row):
        row: list[RtlParagraph | str] = []
        for label, value in pairs[start : start + per_row]:
            row += [RtlParagraph(label, style["label"]), RtlParagraph(value, style["value"])]
        rows.append(row + [""] * (2 * per_row - len(row)))
    commands = [("BACKGROUND", (2 * n, 0), (2 * n, -1), LABEL_FILL) for n in range(per_row)]
    if len(pairs) % per_row:  # the last value takes the rest of its row
        last = len(pairs) % per_row * 2 - 1
        commands += [("SPAN", (last, -1), (-1, -1)), ("BACKGROUND", (last, -1), (-1, -1), colors.white)]
    commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#B9C4BF")))
    return rtl_table(rows, [label_width, value_width] * per_row, style["value"], commands=commands)


def truncate(text: str, width: float, style: ParagraphStyle, max_lines: int) -> str:
    """``text`` cut to ``max_lines`` lines at ``width``, ending with «…» where something was left out.

    Hard line breaks are kept (each line of the result is one drawn line), so the result occupies
    exactly the lines counted here when drawn as an ``RtlParagraph`` of the same width and style.
    """
    lines = break_lines(text, width, style.fontName, style.fontSize)
    if len(lines) <= max_lines:
        return text
    kept = [line for _, line in lines[:max_lines]]
    words = kept[-1].split()
    while words:
        candidate = " ".join(words) + " " + ELLIPSIS
        if len(break_lines(candidate, width, style.fontName, style.fontSize)) == 1:
            break
        words.pop()
    kept[-1] = " ".join(words) + " " + ELLIPSIS if words else ELLIPSIS
    return "\n".join(kept)


def page_footer(lines: Sequence[str]) -> Footer:
    """A footer: a thin rule, ``lines`` on the right and «صفحة 1 من 3» on the left of every page."""
    style = styles()
    text = "\n".join(line for line in lines if line)

    def draw(canvas: Canvas, page: int, total: int) -> None:
        top = BOTTOM_MARGIN - 0.1 * cm
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top, MARGIN + FRAME_WIDTH, top)
        if text:
            note = RtlParagraph(text, style["footer"])
            _, height = note.wrapOn(canvas, FRAME_WIDTH - _PAGE_LABEL_WIDTH, top)
            note.drawOn(canvas, MARGIN + _PAGE_LABEL_WIDTH, top - 2 - height)
        number = RtlParagraph(f"صفحة {page} من {total}", style["page"])
        _, height = number.wrapOn(canvas, _PAGE_LABEL_WIDTH, top)
        number.drawOn(canvas, MARGIN, top - 2 - height)
        canvas.restoreState()

    return draw
