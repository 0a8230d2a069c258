"""Case summaries read back: one page each, every field, long texts cut with «…», agenda batches."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from sample_documents import sample_case

from charity_desk.documents.case_summary import (
    ChecklistItem,
    EligibilityLine,
    render_case_summaries,
    render_case_summary,
)
from charity_desk.documents.pdf import RenderCancelled
from pdf_reading import comparable, drawn_lines, missing_pieces, page_texts, pdf_text, plain


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def summary_pdf() -> bytes:
    return render_case_summary(sample_case())


def test_typical_case_on_one_page_with_every_field(summary_pdf):
    assert pages(summary_pdf) == 1
    text = pdf_text(summary_pdf)
    case = sample_case()
    for expected in (
        f"رقم الطلب {case.application_number} البرنامج {case.program}",
        f"اسم المستفيد {case.beneficiary_name} رقم الهوية {case.national_id}",
        "العمر 43 سنة المنطقة / المدينة الرياض / الخرج",
        "أفراد الأسرة 6 تاريخ التقديم 22/05/1448هـ الموافق 02/11/2026م",
        f"السكن {case.housing}",
        "إجمالي الدخل 3,500 ريال إجمالي المصروفات 4,250.50 ريال",
        "دخل الفرد 583.33 ريال درجة الاحتياج 78 (احتياج مرتفع)",
        "صفحة 1 من 1",
        "سري: لاطلاع أعضاء اللجنة فقط",
    ):
        assert not missing_pieces(expected, text), expected
    # Table cells are checked one by one: a table is read row by row, a wrapped cell over several lines.
    for cell in [value for line in case.eligibility for value in (line.label_ar, line.actual, line.expected)]:
        assert not missing_pieces(cell, text), cell
    for cell in [value for item in case.checklist for value in item]:
        assert not missing_pieces(cell, text), cell
    # The results, as drawn (their vowel marks are drawn apart): one rule failed, three passed.
    results = [plain(drawn) for _, _, drawn in drawn_lines(summary_pdf)]
    assert (results.count("غير مستوف"), results.count("مستوف")) == (1, 3)
    assert not missing_pieces(case.visit_findings, text)
    assert not missing_pieces(case.recommendation, text)
    assert "..." not in text  # nothing was cut


def test_long_free_texts_are_cut_with_an_ellipsis_to_stay_on_one_page():
    findings = " ".join(f"ملاحظة{n}" for n in range(1, 400))
    advice = " ".join(f"توصية{n}" for n in range(1, 200))
    pdf = render_case_summary(sample_case(visit_findings=findings, recommendation=advice))
    assert pages(pdf) == 1
    text = comparable(pdf_text(pdf))
    assert text.count("...") == 2  # «…» comes back as three dots from NFKC
    # What is kept is the beginning, in order, with nothing skipped.
    for word in ("ملاحظة", "توصية"):
        kept = sorted(int(n) for n in re.findall(word + r"(\d+)", text))
        assert len(kept) > 10 and kept == list(range(1, len(kept) + 1))


def test_short_texts_leave_room_that_a_long_finding_then_uses():
    findings = " ".join(f"ملاحظة{n}" for n in range(1, 400))
    shared = sample_case(visit_findings=findings, recommendation="توصية مفصلة " * 60)
    alone = sample_case(visit_findings=findings, recommendation="قبول.")
    kept = [
        len(re.findall(r"ملاحظة\d+", comparable(pdf_text(render_case_summary(case)))))
        for case in (shared, alone)
    ]
    assert kept[1] > kept[0]


def test_an_unusually_long_case_is_shrunk_onto_one_page():
    checklist = tuple(ChecklistItem(f"مستند رقم {n}", "مستلم") for n in range(1, 61))
    eligibility = tuple(EligibilityLine(f"معيار رقم {n}", n % 3 > 0, str(n), "1") for n in range(1, 21))
    pdf = render_case_summary(sample_case(checklist=checklist, eligibility=eligibility))
    assert pages(pdf) == 1
    text = pdf_text(pdf)
    assert "مستند رقم 60" in text and "معيار رقم 20" in text


def test_same_case_same_bytes(summary_pdf):
    assert render_case_summary(sample_case()) == summary_pdf


def test_agenda_one_page_per_case_in_order_with_progress():
    cases = [sample_case(n) for n in range(1, 9)]
    reported = []
    pdf = render_case_summaries(cases, progress=lambda done, total: reported.append((done, total)))
    texts = page_texts(pdf)
    assert len(texts) == 8
    for n, text in enumerate(texts, 1):
        assert f"1448/{n:05d}" in text
        assert not missing_pieces(f"صفحة {n} من 8", text)
    assert reported == [(n, 8) for n in range(1, 9)]


def test_cancelling_the_agenda_produces_nothing():
    reported = []
    with pytest.raises(RenderCancelled):
        render_case_summaries(
            [sample_case(n) for n in range(1, 11)],
            progress=lambda done, total: reported.append(done),
            cancelled=lambda: len(reported) >= 2,
        )
    assert reported == [1, 2]


def test_no_cases_is_an_error():
    with pytest.raises(ValueError):
        render_case_summaries([])
