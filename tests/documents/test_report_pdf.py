"""Board reports read back: title, key figures, tables with numbers unreversed, charts, page footers."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from pdf_reading import drawn_lines, page_texts, pdftotext, plain, squash
from sample_documents import sample_report

from charity_desk.documents.report_pdf import ReportSection, ReportTable, parse_number, render_report


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return render_report(sample_report())


def test_title_period_sections_and_figures(report_pdf):
    text = squash(pdftotext(report_pdf))
    report = sample_report()
    assert squash(report.title) in text
    assert squash("الربع الثاني من عام 1448هـ (01/10/2026م - 31/12/2026م)") in text
    for section in report.sections:
        assert squash(section.heading) in text
        for label, value in section.figures:
            assert squash(label) in text and squash(value) in text


def test_table_cells_and_numbers_read_back(report_pdf):
    text = pdftotext(report_pdf)
    for row in sample_report().sections[1].table.rows:
        for cell in row:
            assert cell in text


def test_chart_draws_a_label_and_a_value_per_bar(report_pdf):
    """Each region appears twice, in the table and beside its bar; the values too."""
    table = sample_report().sections[1].table
    text = squash(pdftotext(report_pdf))
    for label, families, *_ in table.rows:
        assert text.count(squash(label)) >= 2
        assert text.count(families) >= 2
    assert squash("عدد الأسر حسب المنطقة") in text


def test_chart_labels_are_right_aligned_beside_the_bars(report_pdf):
    """Labels end at the right edge of the chart; values sit left of them, at the end of their bars."""
    lines = drawn_lines(report_pdf)
    labels = {plain(text)[::-1]: x for _, x, text in lines}
    riyadh = [x for _, x, text in lines if plain(text) == "الرياض"[::-1]]
    assert len(riyadh) == 2  # the table cell and the chart label
    values = [x for _, x, text in lines if text == "412"]
    assert min(values) < min(riyadh)
    assert labels  # drawn_lines found the page's text


def test_negative_numbers_keep_their_sign_in_front():
    table = ReportTable(headers=("البند", "الفرق"), rows=(("الإيرادات", "-1,200.00"),), numeric=(1,))
    pdf = render_report(sample_report(sections=(ReportSection("الفروقات", table=table),)))
    assert "-1,200.00" in pdftotext(pdf)


def test_long_report_numbers_pages_and_repeats_headers():
    rows = tuple((f"البند {n}", f"{n * 1000:,}") for n in range(1, 121))
    table = ReportTable(headers=("البند", "القيمة"), rows=rows, numeric=(1,))
    report = sample_report(sections=(ReportSection("تفاصيل", ("فقرة تمهيدية.",), table),))
    texts = page_texts(render_report(report))
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert squash(f"صفحة {number} من {len(texts)}") in squash(text)
        assert squash("أُعد في 22/07/1448هـ الموافق 31/12/2026م الساعة 14:05") in squash(text)
        assert "القيمة" in text
    assert "120,000" in texts[-1]


def test_same_report_same_bytes(report_pdf):
    assert render_report(sample_report()) == report_pdf
    later = render_report(sample_report(generated_at=datetime(2027, 1, 1, 9, 0)))
    assert later != report_pdf


@pytest.mark.parametrize(
    "changes",
    [
        {"numeric": ()},
        {"rows": (("الرياض", "كثير"),)},
        {"rows": (("الرياض", "-5"),)},
    ],
)
def test_a_chart_needs_numbers_of_zero_or_more(changes):
    table = dict(headers=("المنطقة", "العدد"), rows=(("الرياض", "5"),), numeric=(1,), chart=True)
    with pytest.raises(ValueError):
        ReportTable(**(table | changes))


def test_rows_must_match_the_headers():
    with pytest.raises(ValueError):
        ReportTable(headers=("أ", "ب"), rows=(("1",),))
    with pytest.raises(ValueError):
        ReportTable(headers=("أ", "ب"), rows=(), widths=(1,))


def test_parse_number():
    assert str(parse_number("1,245,500.00")) == "1245500.00"
    assert str(parse_number("92%")) == "92"
    with pytest.raises(ValueError):
        parse_number("")


def test_sections_without_tables_or_figures():
    section = ReportSection("ملاحظات", ("الفقرة الأولى.", "الفقرة الثانية."))
    text = pdftotext(render_report(dataclasses.replace(sample_report(), sections=(section,))))
    assert "الفقرة الأولى" in text and "الفقرة الثانية" in text
