"""A horizontal bar chart laid out right to left: labels on the right, bars growing to the left.

Drawn with reportlab.graphics, whose ``String`` draws its text as given, so each label is handed over
already shaped and in visual order (``visual_line``). Short vowels are dropped from the labels: a
``String`` cannot place them on their letters as ``RtlParagraph`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from charity_desk.documents.fonts import register_fonts
from charity_desk.documents.letter import ACCENT, MUTED
from charity_desk.documents.marks import ARABIC_MARK
from charity_desk.documents.rtl import visual_line

_FONT_SIZE = 9
_BAR = 12
_ROW = 20
_GAP = 6


def _visual(text: str) -> str:
    return visual_line(ARABIC_MARK.sub("", text))


def bar_chart(bars: Sequence[tuple[str, Decimal, str]], width: float) -> Drawing:
    """One bar per ``(label, value, value_text)``, in the given order from the top; values are ≥ 0."""
    font = register_fonts()[0]
    labels = [_visual(label) for label, _, _ in bars]
    values = [_visual(text) for _, _, text in bars]
    label_width = max(stringWidth(label, font, _FONT_SIZE) for label in labels) + _GAP
    value_width = max(stringWidth(value, font, _FONT_SIZE) for value in values) + _GAP
    axis = width - label_width
    room = axis - value_width
    largest = max((value for _, value, _ in bars), default=Decimal(0)) or Decimal(1)
    height = _ROW * len(bars) + _GAP
    drawing = Drawing(width, height)
    drawing.add(Line(axis, 0, axis, height, strokeColor=MUTED, strokeWidth=0.6))
    for index, ((_, value, _), label, value_text) in enumerate(zip(bars, labels, values, strict=True)):
        top = height - _GAP / 2 - index * _ROW
        bar_y = top - (_ROW + _BAR) / 2
        text_y = bar_y + (_BAR - _FONT_SIZE) / 2 + 1.5
        length = float(value / largest) * room
        drawing.add(String(width, text_y, label, fontName=font, fontSize=_FONT_SIZE, textAnchor="end"))
        drawing.add(Rect(axis - length, bar_y, length, _BAR, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                axis - length - 3, text_y, value_text, fontName=font, fontSize=_FONT_SIZE, textAnchor="end"
            )
        )
    return drawing
