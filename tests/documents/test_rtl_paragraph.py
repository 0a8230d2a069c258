"""Right-to-left paragraphs: visual order, bracket mirroring, line breaking and page splitting."""

from __future__ import annotations

import io
import re

import pytest
from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from charity_desk.documents.rtl import RtlParagraph, break_lines, rtl_style, rtl_table, visual_line
from pdf_reading import drawn_lines, page_image, pdf_text, plain


def brackets(text: str) -> str:
    return "".join(char for char in text if char in "()[]{}«»")


@pytest.mark.parametrize(
    ("logical", "expected_brackets"),
    [
        ("(مرحبا)", "()"),
        ("المبلغ (1,500 ريال)", "()"),
        ("ا (ب (ج) د) ه", "(())"),
        ("[نص] {آخر} «اقتباس»", "«»{}[]"),
        ("(1) البند", "()"),
    ],
)
def test_brackets_open_on_the_right_and_close_on_the_left(logical, expected_brackets):
    # Drawn left to right, an Arabic «(مرحبا)» must show "(" at its left end and ")" at its right end.
    assert brackets(visual_line(logical)) == expected_brackets


def test_latin_in_brackets_keeps_its_order_and_its_brackets():
    assert "(John Smith)" in visual_line("الاسم (John Smith) هنا")
    assert "(Hello (world))" in visual_line("ا (Hello (world)) ب")
    assert "Hello (world)" in visual_line("Hello (world) عربي")


def test_amount_in_brackets_reads_correctly():
    # Drawn left to right: the bracketed «1,500 ريال» on the left, «المبلغ» (read first) on the right.
    visual = plain(visual_line("المبلغ (1,500 ريال)"))
    assert visual == "(" + "ريال"[::-1] + " 1,500) " + "المبلغ"[::-1]


def test_numbers_ibans_and_dates_keep_their_order():
    visual = visual_line(
        "رقم الهوية 1012345672 والآيبان SA0380000000608010167519 بتاريخ 24/11/2026م رقم 1448/000123"
    )
    for token in ("1012345672", "SA0380000000608010167519", "24/11/2026", "1448/000123"):
        assert token in visual


@pytest.mark.parametrize(
    "logical",
    [
        "رقم الهوية 1012345672 والآيبان SA0380000000608010167519",
        "Hello world مرحبا بالعالم 2026",
        "السَّلامُ عَلَيْكُمْ",
        "لا إله إلا الله",
        "مرحبا، كيف الحال؟ 50% - 3.5",
    ],
)
def test_order_is_python_bidis_where_nothing_is_mirrored(logical):
    """visual_line reorders from python-bidi's levels itself; where no bracket is involved it must agree."""
    reshaper = ArabicReshaper(configuration={"delete_harakat": False})
    assert visual_line(logical) == get_display(reshaper.reshape(logical), base_dir="R")


def test_harakat_are_kept():
    assert {"\u064f", "\u064e", "\u0651"} <= set(visual_line("مُحَمَّد"))


def test_direction_marks_guide_the_order_but_are_not_drawn():
    visual = visual_line("جوال \u2066050 065 6194\u2069")
    assert "050 065 6194" in visual
    assert not set(visual) & {"\u2066", "\u2069"}


def test_lines_break_in_logical_order_within_the_width():
    style = rtl_style("Test", size=12)
    words = [f"كلمة{n}" for n in range(60)]
    lines = break_lines(" ".join(words), 200, style.fontName, style.fontSize)
    assert len(lines) > 3
    assert " ".join(line for _, line in lines).split() == words
    reshaper = ArabicReshaper()
    for _, line in lines:
        assert stringWidth(reshaper.reshape(line), style.fontName, style.fontSize) <= 200


def test_explicit_newlines_start_new_lines():
    style = rtl_style("Test")
    lines = break_lines("السطر الأول\nالسطر الثاني\n\nبعد سطر فارغ", 400, style.fontName, style.fontSize)
    assert lines == [(0, "السطر الأول"), (1, "السطر الثاني"), (2, ""), (3, "بعد سطر فارغ")]


def test_a_word_wider_than_the_line_is_cut():
    style = rtl_style("Test")
    iban = "SA0380000000608010167519"
    lines = break_lines(f"الآيبان {iban}", 60, style.fontName, style.fontSize)
    assert "".join(line for _, line in lines[1:]) == iban
    assert all(stringWidth(line, style.fontName, style.fontSize) <= 60 for _, line in lines[1:])


def test_split_keeps_lines_and_hard_breaks():
    style = rtl_style("Test", size=12, leading=20)
    text = " ".join(f"البند {n}" for n in range(80)) + "\nسطر مستقل"
    paragraph = RtlParagraph(text, style)
    _, height = paragraph.wrap(300, 10_000)
    first, rest = paragraph.split(300, 3 * 20 + 5)
    assert first.wrap(300, 10_000)[1] == 3 * 20
    rest.wrap(300, 10_000)
    assert first.lines + rest.lines == paragraph.lines
    assert rest.lines[-1] == "سطر مستقل"
    assert paragraph.split(300, 10) == []
    assert paragraph.split(300, height) == [paragraph]


def _pdf(*flowables) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build(list(flowables))
    return buffer.getvalue()


def test_a_long_paragraph_reads_top_to_bottom_and_right_to_left_in_the_pdf():
    style = rtl_style("Test", size=12)
    pdf = _pdf(RtlParagraph(" ".join(f"البند {n}" for n in range(1, 121)), style))
    lines: dict[float, list[int]] = {}
    for y, _, text in drawn_lines(pdf):
        lines.setdefault(y, []).extend(int(n) for n in re.findall(r"\d+", text))
    numbers_by_line = [sorted(numbers) for _, numbers in sorted(lines.items(), reverse=True)]
    assert len(numbers_by_line) > 3
    assert numbers_by_line[0][0] == 1
    assert [n for line in numbers_by_line for n in line] == list(range(1, 121))
    # The text read back as a person reads the page has them in the same order.
    text_numbers = [int(n) for n in re.findall(r"\d+", pdf_text(pdf))]
    assert text_numbers == list(range(1, 121))


# SimpleDocTemplate's frame on A4: one-inch margins and 6 points of padding.
FRAME_LEFT, FRAME_WIDTH, FRAME_TOP = 72 + 6, A4[0] - 2 * 72 - 12, A4[1] - 72 - 6


@pytest.mark.parametrize("alignment", [TA_RIGHT, TA_CENTER])
def test_lines_are_right_aligned_or_centred(alignment):
    style = rtl_style("Aligned", size=12, alignment=alignment)
    text = " ".join(["نص عربي للتجربة"] * 30)
    paragraph = RtlParagraph(text, style)
    paragraph.wrap(FRAME_WIDTH, 10_000)
    widths = [stringWidth(visual_line(line), style.fontName, style.fontSize) for line in paragraph.lines]
    if alignment == TA_RIGHT:
        expected = [FRAME_LEFT + FRAME_WIDTH - width for width in widths]
    else:
        expected = [FRAME_LEFT + (FRAME_WIDTH - width) / 2 for width in widths]
    starts: dict[float, float] = {}
    for y, x, _ in drawn_lines(_pdf(RtlParagraph(text, style))):
        starts[y] = min(x, starts.get(y, x))
    assert [starts[y] for y in sorted(starts, reverse=True)] == pytest.approx(expected, abs=0.2)


def test_rtl_table_puts_the_first_column_on_the_right():
    style = rtl_style("Cell", size=10)
    table = rtl_table(
        [["محمد", "1012345672"]],
        [100, 100],
        style,
        row_heights=[30],
        commands=[("BACKGROUND", (0, 0), (0, 0), colors.yellow)],
    )
    pdf = _pdf(table)
    x_of = {text: x for _, x, text in drawn_lines(pdf)}
    assert (
        x_of["1012345672"]
        < FRAME_LEFT + FRAME_WIDTH - 100
        < min(x for text, x in x_of.items() if "م" in plain(text))
    )
    # The background given for column 0 is painted on the right-hand cell.
    image = page_image(pdf)
    above_text = round(A4[1] - FRAME_TOP + 4)
    right_edge = FRAME_LEFT + FRAME_WIDTH
    assert image.getpixel((round(right_edge - 50), above_text)) == (255, 255, 0)
    assert image.getpixel((round(right_edge - 150), above_text)) == (255, 255, 255)
