"""A one-page summary of an application for the committee: the facts, the rules, the visit, the advice.

The committee reads one page per case, so the page must hold: the two free texts (visit findings and
recommendation) get the lines left once everything else is laid out, and are cut with «…» beyond
that. Should the fixed parts alone overflow (an unusually long checklist), the page is scaled down
rather than spilling onto a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from charity_desk.documents.amounts import format_amount
from charity_desk.documents.blocks import (
    TEXT_WIDTH,
    heading,
    info_grid,
    page_footer,
    styles,
    truncate,
    widths,
)
from charity_desk.documents.letter import LetterHead, letterhead_flowables
from charity_desk.documents.pdf import (
    BOTTOM_MARGIN,
    PAGE_SIZE,
    TOP_MARGIN,
    Cancelled,
    ItemEnd,
    Progress,
    build_pdf,
)
from charity_desk.documents.rtl import RtlParagraph, rtl_style, rtl_table
from charity_desk.domain.counting import count_arabic
from charity_desk.domain.dates import format_gregorian, format_hijri_numeric

CONFIDENTIAL = "سري: لاطلاع أعضاء اللجنة فقط، ولا يجوز تصويره أو تداوله"
# The frame's own padding (6 points top and bottom) is not available to the story.
_PAGE_HEIGHT = PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN - 12
_MIN_TEXT_LINES = 2


class EligibilityLine(NamedTuple):
    label_ar: str
    passed: bool
    actual: str
    expected: str


class ChecklistItem(NamedTuple):
    label: str
    status_ar: str


@dataclass(frozen=True)
class CaseSummary:
    letterhead: LetterHead
    application_number: str
    program: str
    submitted: date
    beneficiary_name: str
    national_id: str
    age: int
    region_city: str
    family_size: int
    income_per_person: Decimal
    total_income: Decimal
    total_expenses: Decimal
    housing: str
    needs_score: int
    needs_band: str
    eligibility: tuple[EligibilityLine, ...]
    checklist: tuple[ChecklistItem, ...]
    visit_findings: str
    recommendation: str


@cache
def _styles() -> dict[str, ParagraphStyle]:
    return {
        "text": rtl_style("CaseText", size=10.5, leading=16),
        "passed": rtl_style(
            "CasePassed", size=9.5, bold=True, leading=14, textColor=colors.HexColor("#1F5C4A")
        ),
        "failed": rtl_style(
            "CaseFailed", size=9.5, bold=True, leading=14, textColor=colors.HexColor("#9B1C1C")
        ),
    }


def _riyals(amount: Decimal) -> str:
    return f"{format_amount(amount)} ريال"


def _facts(s: CaseSummary) -> list[Flowable]:
    submitted = f"{format_hijri_numeric(s.submitted)}هـ الموافق {format_gregorian(s.submitted)}م"
    person = info_grid(
        [
            ("رقم الطلب", s.application_number),
            ("البرنامج", s.program),
            ("اسم المستفيد", s.beneficiary_name),
            ("رقم الهوية", s.national_id),
            ("العمر", count_arabic(s.age, "year")),
            ("المنطقة / المدينة", s.region_city),
            ("أفراد الأسرة", str(s.family_size)),
            ("تاريخ التقديم", submitted),
            ("السكن", s.housing),
        ]
    )
    money = info_grid(
        [
            ("إجمالي الدخل", _riyals(s.total_income)),
            ("إجمالي المصروفات", _riyals(s.total_expenses)),
            ("دخل الفرد", _riyals(s.income_per_person)),
            ("درجة الاحتياج", f"{s.needs_score} ({s.needs_band})"),
        ]
    )
    return [heading("بيانات الطلب والمستفيد"), person, heading("الوضع المالي والاحتياج"), money]


def _eligibility(s: CaseSummary) -> list[Flowable]:
    style, own = styles(), _styles()
    rows: list[list] = [["المعيار", "النتيجة", "القيمة الفعلية", "المطلوب"]]
    for line in s.eligibility:
        result = RtlParagraph(
            "مستوفٍ" if line.passed else "غير مستوفٍ", own["passed" if line.passed else "failed"]
        )
        rows.append([line.label_ar, result, line.actual, line.expected])
    table = rtl_table(rows, widths(5, 2, 3, 3), style["cell"], header_rows=1, header_style=style["cell_bold"])
    return [heading("معايير الأهلية"), table]


def _checklist(s: CaseSummary) -> list[Flowable]:
    """Two documents to a row: checklists are long and their entries short."""
    style = styles()
    items = list(s.checklist)
    rows: list[list[str]] = [["المستند", "الحالة", "المستند", "الحالة"]]
    for start in range(0, len(items), 2):
        pair = items[start : start + 2]
        rows.append([text for item in pair for text in item] + ["", ""] * (2 - len(pair)))
    table = rtl_table(rows, widths(5, 2, 5, 2), style["cell"], header_rows=1, header_style=style["cell_bold"])
    return [heading("المستندات المطلوبة"), table]


def _story(s: CaseSummary, findings: str, recommendation: str) -> list[Flowable]:
    style, text = styles(), _styles()["text"]
    return [
        *letterhead_flowables(s.letterhead),
        RtlParagraph("ملخص حالة للعرض على اللجنة", style["title"]),
        RtlParagraph(f"طلب رقم {s.application_number} - {s.program}", style["subtitle"]),
        *_facts(s),
        *_eligibility(s),
        *_checklist(s),
        heading("نتائج الزيارة الميدانية"),
        RtlParagraph(findings, text),
        heading("توصية الباحث الاجتماعي"),
        RtlParagraph(recommendation, text),
    ]


def _height(story: Sequence[Flowable]) -> float:
    total = 0.0
    for flowable in story:
        total += (
            flowable.wrap(TEXT_WIDTH, _PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        )
    return total


def _share_lines(free: int, needs: list[int]) -> list[int]:
    """``free`` lines given out one at a time to the texts that still need more, in turn."""
    given = [min(_MIN_TEXT_LINES, need) for need in needs]
    free -= sum(given)
    while free > 0 and any(g < n for g, n in zip(given, needs, strict=True)):
        for index, need in enumerate(needs):
            if free > 0 and given[index] < need:
                given[index] += 1
                free -= 1
    return given


def _page(s: CaseSummary) -> Flowable:
    text = _styles()["text"]
    texts = [s.visit_findings, s.recommendation]
    # Laid out with one empty line for each free text, the page shows how many lines are left.
    free = int((_PAGE_HEIGHT - _height(_story(s, "", ""))) // text.leading) + len(texts)
    needs = [RtlParagraph(t, text).wrap(TEXT_WIDTH, _PAGE_HEIGHT)[1] // text.leading for t in texts]
    lines = _share_lines(free, [int(need) for need in needs])
    fitted = [truncate(t, TEXT_WIDTH, text, n) for t, n in zip(texts, lines, strict=True)]
    return KeepInFrame(TEXT_WIDTH, _PAGE_HEIGHT, _story(s, *fitted), mode="shrink")


def render_case_summaries(
    summaries: Sequence[CaseSummary],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """A meeting's agenda: one page per case, in order; progress and cancelling as in batch letters."""
    if not summaries:
        raise ValueError("no case summaries to render")
    story: list[Flowable] = []
    for index, summary in enumerate(summaries):
        if index:
            story.append(PageBreak())
        story += [_page(summary), ItemEnd()]
    head = summaries[0].letterhead
    title = f"ملخص الطلب {summaries[0].application_number}" if len(summaries) == 1 else "ملخصات الحالات"
    return build_pdf(
        story,
        title=title,
        author=head.association_name,
        progress=progress,
        cancelled=cancelled,
        footer=page_footer([CONFIDENTIAL]),
    )


def render_case_summary(s: CaseSummary) -> bytes:
    """One case on one A4 page."""
    return render_case_summaries([s])
