"""Short vowels land on their own letters: over them (fatha, shadda) or under them (kasra)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from charity_desk.documents.fonts import register_fonts
from charity_desk.documents.marks import ARABIC_MARK, draw_visual_line, glyph_box
from charity_desk.documents.rtl import visual_line
from pdf_reading import drawn_lines

SIZE = 40
FATHA, KASRA, SHADDA = "\u064e", "\u0650", "\u0651"


def _draw(logical: str) -> tuple[str, str, list[tuple[float, float, str]]]:
    """Draw ``logical`` at x=100 on baseline 400; return the font, the letters drawn and every piece drawn."""
    font = register_fonts()[0]
    visual = visual_line(logical)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont(font, SIZE)
    draw_visual_line(canvas, 100, 400, visual, font, SIZE)
    canvas.save()
    return font, ARABIC_MARK.sub("", visual), drawn_lines(buffer.getvalue())


def _ink(font: str, char: str, x: float, y: float) -> tuple[float, float, float, float]:
    x_min, y_min, x_max, y_max = glyph_box(font, char)
    scale = SIZE / 1000
    return x + x_min * scale, y + y_min * scale, x + x_max * scale, y + y_max * scale


def _mark(drawn, mark: str, font: str) -> tuple[float, float, float, float]:
    y, x, _ = next(item for item in drawn if item[2] == mark)
    return _ink(font, mark, x, y)


def test_fatha_sits_over_its_letter_and_kasra_under_it():
    font, letters, drawn = _draw("بَ بِ")
    # Drawn left to right: «بِ», a space, «بَ»; the letters as one string, each mark on its own.
    assert [(y, x) for y, x, text in drawn if not ARABIC_MARK.fullmatch(text)] == [(400, 100)]
    left_beh = _ink(font, letters[0], 100, 400)
    right_beh = _ink(font, letters[2], 100 + stringWidth(letters[:2], font, SIZE), 400)
    fatha, kasra = _mark(drawn, FATHA, font), _mark(drawn, KASRA, font)
    assert right_beh[0] <= fatha[0] and fatha[2] <= right_beh[2] and fatha[1] > right_beh[3]
    assert left_beh[0] <= kasra[0] and kasra[2] <= left_beh[2] and kasra[3] < left_beh[1]


def test_a_vowel_stacks_over_the_shadda():
    font, _, drawn = _draw("بَّ")
    assert _mark(drawn, FATHA, font)[1] > _mark(drawn, SHADDA, font)[3]
