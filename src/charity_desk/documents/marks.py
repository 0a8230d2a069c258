"""Drawing a visual line with its Arabic short vowels (harakat) over or under the right letters.

ReportLab draws glyphs one after another without the font's mark positioning (OpenType GPOS), so a
zero-width vowel would land on the edge between two letters and a fatha would sit on its shadda.
Here the letters are drawn as one string and each mark separately: centred on the ink of its letter
and just clear of it, above or below, stacked when a letter carries a shadda and a vowel. The glyph
boxes come from the font's ``glyf`` table, read through ReportLab's parsed face.
"""

from __future__ import annotations

import re
import struct
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

ARABIC_MARK = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)
SHADDA = "\u0651"
_GAP = 40  # thousandths of an em between a letter and its mark, and between stacked marks

Box = tuple[float, float, float, float]


@lru_cache(maxsize=4096)
def glyph_box(font: str, char: str) -> Box:
    """(x_min, y_min, x_max, y_max) of the glyph's ink in thousandths of an em; zeros if it has none."""
    face = getFont(font).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None or face.glyphPos[glyph] == face.glyphPos[glyph + 1]:
        return (0.0, 0.0, 0.0, 0.0)
    offset = face.get_table_pos("glyf")[0] + face.glyphPos[glyph]
    # A glyph record starts with numberOfContours, then its bounding box: four signed 16-bit numbers.
    x_min, y_min, x_max, y_max = struct.unpack(">4h", face.get_chunk(offset + 2, 8))
    scale = 1000 / face.unitsPerEm
    return (x_min * scale, y_min * scale, x_max * scale, y_max * scale)


def _draw_marks(canvas: Canvas, marks: list[str], base: str, x: float, y: float, font: str, size: float):
    """``marks`` (in logical order) of the letter ``base`` drawn at ``x``, on baseline ``y``."""
    scale = size / 1000
    base_box = glyph_box(font, base)
    centre = (base_box[0] + base_box[2]) / 2
    above, below = base_box[3] + _GAP, base_box[1] - _GAP
    for mark in sorted(marks, key=lambda mark: mark != SHADDA):
        x_min, y_min, x_max, y_max = glyph_box(font, mark)
        if y_min + y_max >= 0:
            lift, above = above - y_min, above + (y_max - y_min) + _GAP
        else:
            lift, below = below - y_max, below - (y_max - y_min) - _GAP
        canvas.drawString(x + (centre - (x_min + x_max) / 2) * scale, y + lift * scale, mark)


def draw_visual_line(canvas: Canvas, x: float, y: float, visual: str, font: str, size: float) -> None:
    """Draw ``visual`` (shaped, in visual order) with its left end at ``x`` on baseline ``y``.

    In visual order a letter's marks come just before it (the line was reversed), so marks are
    gathered until the next letter and placed on it.
    """
    if not ARABIC_MARK.search(visual):
        canvas.drawString(x, y, visual)
        return
    canvas.drawString(x, y, ARABIC_MARK.sub("", visual))
    pending: list[str] = []
    for char in visual:
        if ARABIC_MARK.match(char):
            pending.append(char)
            continue
        if pending:
            _draw_marks(canvas, pending[::-1], char, x, y, font, size)
            pending = []
        x += stringWidth(char, font, size)
    for mark in pending:  # marks with no letter after them (a stray vowel typed at the start)
        canvas.drawString(x, y, mark)
