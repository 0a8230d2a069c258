"""Committee minutes read back from the PDF: every part, the decisions across pages, reproducibility."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sample_documents import MEETING_NUMBER, decision, sample_minutes

from charity_desk.documents.amounts import amount_in_words_ar, amount_phrase, format_amount
from charity_desk.documents.minutes import MinutesDecision, render_minutes
from pdf_reading import comparable, missing_pieces, page_texts, pdf_text


@pytest.fixture(scope="module")
def short_pdf() -> bytes:
    return render_minutes(sample_minutes(6))


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_minutes(sample_minutes(50))


def test_heading_date_place_and_attendance(short_pdf):
    text = pdf_text(short_pdf)
    for expected in (
        f"محضر اجتماع لجنة المساعدات رقم ({MEETING_NUMBER})",
        "اليوم الثلاثاء",
        "التاريخ الهجري 14 جمادى الآخرة 1448هـ",
        "التاريخ الميلادي 24/11/2026م",
        "المكان مقر الجمعية - قاعة الاجتماعات",
        "من 10:00 ص إلى 11:30 ص",
        "أ. تركي بن عبدالعزيز المطيري عضو غائب",
        "عدد الأعضاء الحاضرين 4 من أصل 5، والحد الأدنى للنصاب 3؛ وبذلك اكتمل النصاب النظامي للاجتماع.",
        "دراسة طلبات المساعدة المحالة من قسم البحث الاجتماعي",
    ):
        assert not missing_pieces(expected, text), expected


def test_decisions_read_back_with_amounts_in_figures_and_words(short_pdf):
    text = pdf_text(short_pdf)
    words = set(comparable(word) for word in text.split())
    minutes = sample_minutes(6)
    for item in minutes.decisions:
        assert not missing_pieces(f"{item.application_number} {item.national_id}", text)
        # The name wraps over its narrow cell, read line by line across the row: word by word.
        assert set(map(comparable, item.beneficiary_name.split())) <= words
        if item.amount is not None:
            # Figures intact; the words wrap over a narrow cell, so they are looked for one by one.
            assert f"{format_amount(item.amount)}ريال" in comparable(text)
            assert set(map(comparable, amount_in_words_ar(item.amount).split())) <= words
    for expected in ("قبول", "رفض", "تأجيل", "موافق: 4", "معارض: 1", "ممتنع: 0", "المدة: ستة أشهر"):
        assert not missing_pieces(expected, text), expected
    granted = sum(d.amount for d in minutes.decisions if d.decision == "accepted")
    assert not missing_pieces(f"وإجمالي المبالغ المعتمدة {amount_phrase(granted)}", text)
    assert not missing_pieces("عدد الطلبات المعروضة 6 (قبول 3، رفض 2، تأجيل 1)", text)


def test_every_page_is_numbered_and_names_the_minutes(long_pdf):
    pages = page_texts(long_pdf)
    assert len(pages) > 2
    for number, text in enumerate(pages, 1):
        assert not missing_pieces(f"صفحة {number} من {len(pages)}", text)
        assert MEETING_NUMBER in text


def test_decisions_continue_in_order_with_the_header_repeated(long_pdf):
    pages = page_texts(long_pdf)
    numbers = [int(n) for n in re.findall(r"1448/(\d{5})", "".join(pages))]
    assert numbers == list(range(1, 51))
    for text in pages:
        if re.search(r"1448/\d{5}", text):
            assert "المسوغات" in text and "رقم الطلب" in text


def test_a_long_rationale_wraps_without_losing_words():
    rationale = " ".join(f"سبب{n}" for n in range(1, 81))
    pdf = render_minutes(sample_minutes(decisions=(decision(1, rationale=rationale),)))
    found = sorted(int(n) for n in re.findall(r"سبب(\d+)", pdf_text(pdf)))
    assert found == list(range(1, 81))


def test_signature_line_for_each_signatory_on_the_last_page(long_pdf):
    minutes = sample_minutes(50)
    last = PdfReader(io.BytesIO(long_pdf)).pages[-1]
    text = page_texts(long_pdf)[-1]
    for signatory in minutes.signatories:
        assert not missing_pieces(f"{signatory.name} {signatory.title}", text)
    assert "التوقيع" in text
    # The closing is kept with the signatures, never left a page before them.
    assert not missing_pieces("وانتهى الاجتماع في تمام الساعة", text)
    # Each signature line is drawn dotted: one dash pattern per signatory.
    assert last.get_contents().get_data().count(b"[1 2] 0 d") == len(minutes.signatories)


def test_same_minutes_same_bytes(short_pdf):
    assert render_minutes(sample_minutes(6)) == short_pdf


def test_same_bytes_in_another_process(short_pdf):
    here = Path(__file__).parent
    script = (
        f"import sys, hashlib; sys.path.insert(0, {str(here)!r});"
        "from sample_documents import sample_minutes;"
        "from charity_desk.documents.minutes import render_minutes;"
        "print(hashlib.sha256(render_minutes(sample_minutes(6))).hexdigest())"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == hashlib.sha256(short_pdf).hexdigest()


def test_a_changed_decision_changes_the_document(short_pdf):
    minutes = sample_minutes(6)
    changed = dataclasses.replace(
        minutes,
        decisions=(dataclasses.replace(minutes.decisions[0], amount=Decimal("1800")), *minutes.decisions[1:]),
    )
    assert render_minutes(changed) != short_pdf


def test_quorum_not_met_is_stated():
    text = pdf_text(render_minutes(sample_minutes(1, quorum_required=5, quorum_met=False)))
    assert not missing_pieces("والحد الأدنى للنصاب 5؛ وبذلك لم يكتمل النصاب النظامي للاجتماع.", text)


def test_inconsistent_quorum_is_refused():
    with pytest.raises(ValueError, match="quorum"):
        render_minutes(sample_minutes(1, quorum_required=5, quorum_met=True))


def test_unknown_decision_is_refused():
    with pytest.raises(ValueError):
        MinutesDecision("1448/1", "اسم", "1012345672", "برنامج", "approved", None, "", "")


def test_fifty_decisions_fast_enough():
    """Target on a 2-core machine: 50 decisions with distinct texts within 1.5 s."""
    decisions = tuple(
        decision(n, rationale=f"مسوغات القرار رقم {n}: " + " ".join(f"كلمة{n}_{k}" for k in range(25)))
        for n in range(1, 51)
    )
    minutes = sample_minutes(decisions=decisions)
    start = time.perf_counter()
    pdf = render_minutes(minutes)
    assert time.perf_counter() - start < 1.5
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 5
