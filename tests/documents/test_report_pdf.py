"""Board reports read back: title, key figures, tables with numbers unreversed, charts, page footers."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from sample_documents import sample_report

from charity_desk.documents.report_pdf import ReportSection, ReportTable, parse_number, render_report
from pdf_reading import drawn_lines, missing_pieces, page_texts, pdf_text, plain


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return render_report(sample_report())


def test_title_period_sections_and_figures(report_pdf):
    text = pdf_text(report_pdf)
    report = sample_report()
    assert not missing_pieces(report.title, text)
    assert not missing_pieces(report.period, text)
    for section in report.sections:
        assert not missing_pieces(section.heading, text)
        for paragraph in section.paragraphs:
            assert not missing_pieces(paragraph, text)
        for label, value in section.figures:
            assert not missing_pieces(label, text) and not missing_pieces(value, text)


def test_table_cells_and_numbers_read_back(report_pdf):
    text = pdf_text(report_pdf)
    for section in sample_report().sections[1:]:
        for row in section.table.rows:
            assert not missing_pieces(" ".join(row), text)


def test_chart_labels_on_the_right_and_bars_growing_left(report_pdf):
    """Each label is drawn at the right of the chart, its value further left, at the end of its bar."""
    assert not missing_pieces("عدد الأسر حسب المنطقة", pdf_text(report_pdf))
    lines = drawn_lines(report_pdf)
    table = sample_report().sections[1].table
    for label, families, *_ in table.rows:
        label_x = [x for _, x, text in lines if plain(text) == label]
        value_x = [x for _, x, text in lines if text == families]
        assert len(label_x) == len(value_x) == 2  # in the table, and in the chart
        chart_label, chart_value = max(label_x), min(value_x)
        assert chart_value < chart_label
    # The longest bar belongs to the largest value: its value is drawn furthest left.
    value_x = {families: min(x for _, x, text in lines if text == families) for _, families, *_ in table.rows}
    assert min(value_x, key=value_x.get) == "412"


def test_negative_numbers_keep_their_sign_in_front():
    table = ReportTable(headers=("البند", "الفرق"), rows=(("الإيرادات", "-1,200.00"),), numeric=(1,))
    pdf = render_report(sample_report(sections=(ReportSection("الفروقات", table=table),)))
    assert "-1,200.00" in pdf_text(pdf)


def test_long_report_numbers_pages_and_repeats_headers():
    rows = tuple((f"البند {n}", f"{n * 1000:,}") for n in range(1, 121))
    table = ReportTable(headers=("البند", "القيمة"), rows=rows, numeric=(1,))
    report = sample_report(sections=(ReportSection("تفاصيل", ("فقرة تمهيدية.",), table),))
    texts = page_texts(render_report(report))
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert not missing_pieces(f"صفحة {number} من {len(texts)}", text)
        assert not missing_pieces("أعد في 22/07/1448هـ الموافق 31/12/2026م الساعة 14:05", text)
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
    text = pdf_text(render_report(dataclasses.replace(sample_report(), sections=(section,))))
    assert "الفقرة الأولى" in text and "الفقرة الثانية" in text
