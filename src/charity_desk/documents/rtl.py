"""Right-to-left Arabic paragraphs and tables for ReportLab.

ReportLab draws glyphs left to right as given, so each line must be handed over already shaped and in
visual order. Shaping and reordering a whole paragraph would put its first words on the bottom line,
hence the order of work (see shared/ARABIC-PDF.md): break the text into lines in logical order at the
width actually available, then shape each line (arabic-reshaper) and put it in visual order with the
embedding levels that python-bidi resolves.

python-bidi 0.6 reorders but does not mirror brackets: ``(مرحبا)`` would come out as ``)ابحرم(``.
Whether a bracket must be mirrored depends on its resolved level (Unicode rule L4: mirror at odd
levels), which a scan of the output alone cannot tell for a Latin ``(a (b))`` inside Arabic text. So
the levels are taken from python-bidi's documented ``debug`` output, and the line is reordered
(rule L2) and mirrored (rule L4) here, which gives python-bidi's own order with the brackets right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from charity_desk.documents.fonts import register_fonts
from charity_desk.documents.marks import draw_visual_line
from charity_desk.domain.numerals import localize_digits

# Short vowels (harakat) are kept; marks.py places them on their letters.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
# Explicit direction marks take part in resolving the levels but have no glyph to draw.
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _levels(shaped: str) -> list[int]:
    """The embedding level of each character of ``shaped`` in a right-to-left paragraph."""
    info = get_display(shaped, base_dir="R", debug=True)
    # The text itself is printed first in the debug output, so the real fields are the last ones.
    section = info[info.rindex("levels: [") : info.rindex("paragraphs: [")]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    if len(per_byte) != len(shaped.encode("utf-8")):
        raise RuntimeError("python-bidi's debug output has changed format; levels cannot be read")
    levels, offset = [], 0
    for char in shaped:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


@lru_cache(maxsize=8192)
def visual_line(line: str) -> str:
    """One line of text in logical order, shaped and in the order ReportLab must draw it."""
    shaped = _RESHAPER.reshape(line.strip())
    if not shaped:
        return ""
    levels = _levels(shaped)
    items = [
        (level, char.translate(_MIRRORED) if level % 2 else char)
        for level, char in zip(levels, shaped, strict=True)
    ]
    # Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
    for floor in range(max(levels), (min(levels) | 1) - 1, -1):
        start = 0
        while start < len(items):
            if items[start][0] < floor:
                start += 1
                continue
            end = start
            while end < len(items) and items[end][0] >= floor:
                end += 1
            items[start:end] = items[start:end][::-1]
            start = end
    return "".join(char for _, char in items).translate(_BIDI_CONTROLS)


@lru_cache(maxsize=16384)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(_RESHAPER.reshape(text), font, size)


def _cut_word(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line (a long IBAN in a narrow cell) is cut where it must be."""
    if _width(word, font, size) <= width:
        return [word]
    pieces, start = [], 0
    for end in range(2, len(word) + 1):
        if _width(word[start:end], font, size) > width:
            pieces.append(word[start : end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def break_lines(text: str, width: float, font: str, size: float) -> list[tuple[int, str]]:
    """Greedy line breaking in logical order; each line comes with the index of its hard line.

    Words are measured shaped: Arabic letters only join inside a word, so a line's width is the sum
    of its words' widths and its spaces.
    """
    space = _width(" ", font, size)
    lines: list[tuple[int, str]] = []
    for hard_index, hard_line in enumerate(text.split("\n")):
        current: list[str] = []
        current_width = 0.0
        for whole_word in hard_line.split():
            for word in _cut_word(whole_word, width, font, size):
                word_width = _width(word, font, size)
                if current and current_width + space + word_width > width:
                    lines.append((hard_index, " ".join(current)))
                    current, current_width = [], 0.0
                current_width += (space if current else 0.0) + word_width
                current.append(word)
        lines.append((hard_index, " ".join(current)))
    return lines


def _join_lines(lines: Sequence[tuple[int, str]]) -> str:
    """The text of ``lines`` again, with the hard line breaks and without the soft ones."""
    parts: list[str] = []
    previous = None
    for hard_index, line in lines:
        if parts:
            parts.append(" " if hard_index == previous else "\n")
        parts.append(line)
        previous = hard_index
    return "".join(parts)


def rtl_style(
    name: str,
    *,
    size: float = 12,
    bold: bool = False,
    alignment: int = TA_RIGHT,
    leading: float | None = None,
    **extra,
) -> ParagraphStyle:
    """A paragraph style in Amiri with room for its tall ascenders and deep descenders."""
    regular, bold_font = register_fonts()
    return ParagraphStyle(
        name,
        fontName=bold_font if bold else regular,
        fontSize=size,
        leading=leading if leading is not None else size * 1.6,
        alignment=alignment,
        **extra,
    )


class RtlParagraph(Flowable):
    """Plain Arabic (or mixed) text, right-aligned by default; ``style.alignment`` may centre it.

    Uses from ``style``: fontName, fontSize, leading, alignment, textColor, leftIndent, rightIndent,
    spaceBefore, spaceAfter. No inline markup: a bold line is a paragraph with a bold style.
    """

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text = localize_digits(text)  # the association's digit style, as on screen
        self.style = style
        self._lines: list[tuple[int, str]] = []
        self._wrapped_for: float | None = None

    def __repr__(self) -> str:
        return f"RtlParagraph({self.text[:40]!r})"

    @property
    def lines(self) -> list[str]:
        """The lines of the last ``wrap()``, in logical order, top line first."""
        return [line for _, line in self._lines]

    def wrap(self, availWidth, availHeight):
        if self._wrapped_for != availWidth:
            style = self.style
            text_width = availWidth - style.leftIndent - style.rightIndent
            self._lines = break_lines(self.text, text_width, style.fontName, style.fontSize)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fitting = int((availHeight + 1e-6) // self.style.leading)
        if fitting <= 0:
            return []
        if fitting >= len(self._lines):
            return [self]
        return [
            RtlParagraph(_join_lines(self._lines[:fitting]), self.style),
            RtlParagraph(_join_lines(self._lines[fitting:]), self.style),
        ]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        style = self.style
        font, size, leading = style.fontName, style.fontSize, style.leading
        ascent, descent = getAscentDescent(font, size)
        # The baseline sits in each line's box in the proportion of the font's ascent to its descent.
        baseline = self.height - leading * ascent / (ascent - descent)
        canvas = self.canv
        canvas.setFont(font, size)
        canvas.setFillColor(style.textColor)
        right = self.width - style.rightIndent
        for _, line in self._lines:
            visual = visual_line(line)
            line_width = stringWidth(visual, font, size)
            if style.alignment == TA_CENTER:
                x = (style.leftIndent + right - line_width) / 2
            elif style.alignment == TA_LEFT:
                x = style.leftIndent
            else:
                x = right - line_width
            draw_visual_line(canvas, x, baseline, visual, font, size)
            baseline -= leading


def _mirror_command(command: tuple, columns: int) -> tuple:
    """A TableStyle command written in reading order (column 0 = rightmost), for the reversed table."""
    name, start, stop, *rest = command
    first, last = start[0] % columns, stop[0] % columns
    name = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}.get(name, name)
    return (name, (columns - 1 - last, start[1]), (columns - 1 - first, stop[1]), *rest)


def _move_span_contents(data: list[list], commands: Sequence[tuple], columns: int) -> None:
    """ReportLab draws a span's top-left cell; a span written in reading order holds its text on the right."""
    for name, start, stop, *_ in commands:
        if name == "SPAN":
            row = data[start[1] % len(data)]
            holder, drawn = columns - 1 - start[0] % columns, columns - 1 - stop[0] % columns
            row[drawn], row[holder] = row[holder], row[drawn]


def rtl_table(
    rows: Sequence[Sequence[str | Flowable | list[Flowable] | None]],
    col_widths: Sequence[float],
    style: ParagraphStyle,
    *,
    header_rows: int = 0,
    header_style: ParagraphStyle | None = None,
    commands: Sequence[tuple] = (),
    grid: bool = True,
    row_heights: Sequence[float] | None = None,
) -> Table:
    """A table whose first column is on the right; text cells become ``RtlParagraph``, others stay.

    ``rows``, ``col_widths`` and the extra TableStyle ``commands`` are given in reading order (column 0
    is the rightmost). Header rows repeat on each page. Without ``grid`` it serves for layout.
    """
    columns = len(col_widths)
    data = []
    for index, row in enumerate(rows):
        cell_style = header_style if header_style is not None and index < header_rows else style
        cells = [
            RtlParagraph(cell or "", cell_style) if isinstance(cell, str | None) else cell for cell in row
        ]
        data.append(cells[::-1])
    _move_span_contents(data, commands, columns)
    base = [
        # Cells set their style's font even when they hold flowables; keep Helvetica out of the PDF.
        ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        base.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    if header_rows:
        base.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#EEEEEE")))
    table = Table(
        data, colWidths=list(col_widths)[::-1], rowHeights=row_heights, repeatRows=header_rows, hAlign="RIGHT"
    )
    table.setStyle(TableStyle(base + [_mirror_command(command, columns) for command in commands]))
    return table
