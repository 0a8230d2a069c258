"""Minutes of a committee meeting (محضر اجتماع): attendance, quorum, decisions with rationale, signatures.

Minutes are kept ten years and reprinted when a decision is questioned, so the same minutes always
give the same bytes (see pdf.py). The decisions table repeats its header on each page, and every page
names the minutes and carries «صفحة n من m», so a loose page can be put back in its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Literal, NamedTuple

from hijridate import Gregorian
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from charity_desk.documents.amounts import amount_phrase
from charity_desk.documents.blocks import heading, info_grid, page_footer, styles, widths
from charity_desk.documents.letter import LetterHead, letterhead_flowables
from charity_desk.documents.pdf import build_pdf
from charity_desk.documents.rtl import RtlParagraph, rtl_style, rtl_table
from charity_desk.domain.dates import format_gregorian, format_hijri
from charity_desk.domain.wording import with_kind

Decision = Literal["accepted", "rejected", "deferred"]

DECISION_AR: dict[str, str] = {"accepted": "قبول", "rejected": "رفض", "deferred": "تأجيل"}
_DECISION_COLOUR = {
    "accepted": colors.HexColor("#1F5C4A"),
    "rejected": colors.HexColor("#9B1C1C"),
    "deferred": colors.HexColor("#8A5A00"),
}
_NONE = "—"
# Reading order, right to left: م, application, beneficiary, program, decision, amount, rationale.
_DECISION_WIDTHS = widths(0.8, 2.4, 3.0, 1.9, 1.6, 3.2, 4.1)
_SIGNATURE_ROW = 1.3 * cm


class Attendee(NamedTuple):
    name: str
    role: str
    present: bool


class Signatory(NamedTuple):
    name: str
    title: str


@dataclass(frozen=True)
class MinutesDecision:
    """One application decided in the meeting. Votes are ``None`` when the committee did not vote."""

    application_number: str
    beneficiary_name: str
    national_id: str
    program: str
    decision: Decision
    amount: Decimal | None
    duration: str
    rationale: str
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None

    def __post_init__(self):
        if self.decision not in DECISION_AR:
            raise ValueError(f"unknown decision {self.decision!r}")


@dataclass(frozen=True)
class MeetingMinutes:
    letterhead: LetterHead
    committee_name: str
    meeting_number: str
    meeting_date: date
    place: str
    chair: str
    attendees: tuple[Attendee, ...]
    quorum_required: int
    quorum_met: bool
    agenda_intro: str
    decisions: tuple[MinutesDecision, ...]
    closing: str
    signatories: tuple[Signatory, ...]
    policy_reference: str = ""
    started_at: str = ""
    ended_at: str = ""

    @property
    def title(self) -> str:
        return f"محضر اجتماع {with_kind('لجنة', self.committee_name)} رقم ({self.meeting_number})"

    @property
    def present_count(self) -> int:
        return sum(1 for attendee in self.attendees if attendee.present)


@cache
def _decision_styles() -> dict[str, ParagraphStyle]:
    return {
        key: rtl_style(f"MinutesDecision-{key}", size=10, bold=True, leading=14, textColor=colour)
        for key, colour in _DECISION_COLOUR.items()
    }


def _meeting_time(m: MeetingMinutes) -> str:
    if m.started_at and m.ended_at:
        return f"من {m.started_at} إلى {m.ended_at}"
    if m.started_at:
        return f"بدأ الساعة {m.started_at}"
    return m.ended_at or _NONE


def _facts(m: MeetingMinutes) -> Table:
    return info_grid(
        [
            ("رقم الاجتماع", m.meeting_number),
            ("اليوم", Gregorian.fromdate(m.meeting_date).day_name("ar")),
            ("التاريخ الهجري", format_hijri(m.meeting_date)),
            ("التاريخ الميلادي", f"{format_gregorian(m.meeting_date)}م"),
            ("المكان", m.place),
            ("وقت الاجتماع", _meeting_time(m)),
            ("رئيس الاجتماع", m.chair),
            ("عدد الطلبات", str(len(m.decisions))),
        ]
    )


def _attendance(m: MeetingMinutes) -> list[Flowable]:
    style = styles()
    rows = [["م", "الاسم", "الصفة", "الحضور"]]
    rows += [[str(n), a.name, a.role, "حاضر" if a.present else "غائب"] for n, a in enumerate(m.attendees, 1)]
    table = rtl_table(
        rows,
        widths(1.0, 7.0, 5.5, 3.5),
        style["cell"],
        header_rows=1,
        header_style=style["cell_bold"],
    )
    outcome = (
        "وبذلك اكتمل النصاب النظامي للاجتماع." if m.quorum_met else "وبذلك لم يكتمل النصاب النظامي للاجتماع."
    )
    quorum = (
        f"عدد الأعضاء الحاضرين {m.present_count} من أصل {len(m.attendees)}، "
        f"والحد الأدنى للنصاب {m.quorum_required}؛ {outcome}"
    )
    return [heading("أولاً: الحضور والنصاب"), table, Spacer(1, 4), RtlParagraph(quorum, style["body"])]


def _votes(d: MinutesDecision) -> list[RtlParagraph]:
    small = styles()["cell_small"]
    votes = (("موافق", d.votes_for), ("معارض", d.votes_against), ("ممتنع", d.votes_abstain))
    return [RtlParagraph(f"{label}: {count}", small) for label, count in votes if count is not None]


def _decision_row(n: int, d: MinutesDecision) -> list:
    style = styles()
    amount: list[Flowable] = [
        RtlParagraph(amount_phrase(d.amount) if d.amount is not None else _NONE, style["cell"])
    ]
    if d.duration:
        amount.append(RtlParagraph(f"المدة: {d.duration}", style["cell_small"]))
    return [
        str(n),
        d.application_number,
        [RtlParagraph(d.beneficiary_name, style["cell"]), RtlParagraph(d.national_id, style["cell_small"])],
        d.program,
        [RtlParagraph(DECISION_AR[d.decision], _decision_styles()[d.decision]), *_votes(d)],
        amount,
        d.rationale,
    ]


def _totals(m: MeetingMinutes) -> str:
    counts = {key: sum(1 for d in m.decisions if d.decision == key) for key in DECISION_AR}
    granted = sum((d.amount for d in m.decisions if d.decision == "accepted" and d.amount), Decimal(0))
    breakdown = "، ".join(f"{DECISION_AR[key]} {count}" for key, count in counts.items())
    return (
        f"عدد الطلبات المعروضة {len(m.decisions)} ({breakdown})، "
        f"وإجمالي المبالغ المعتمدة {amount_phrase(granted)}."
    )


def _decisions(m: MeetingMinutes) -> list[Flowable]:
    style = styles()
    header = ["م", "رقم الطلب", "المستفيد ورقم الهوية", "البرنامج", "القرار", "المبلغ والمدة", "المسوغات"]
    rows = [header] + [_decision_row(n, d) for n, d in enumerate(m.decisions, 1)]
    table = rtl_table(
        rows,
        _DECISION_WIDTHS,
        style["cell"],
        header_rows=1,
        header_style=style["cell_bold"],
        commands=[
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 3),
            ("RIGHTPADDING", (0, 0), (0, -1), 3),
        ],
    )
    return [
        heading("ثالثاً: القرارات"),
        RtlParagraph("وبعد دراسة الطلبات المعروضة ومناقشتها قررت اللجنة ما يلي:", style["body"]),
        table,
        Spacer(1, 4),
        RtlParagraph(_totals(m), style["body"]),
    ]


class _SignatureLine(Flowable):
    """A dotted line to sign on, drawn along the bottom of its cell."""

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, _SIGNATURE_ROW * 0.6

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor("#777777"))
        self.canv.setLineWidth(0.7)
        self.canv.setDash(1, 2)
        self.canv.line(0.4 * cm, 2, self.width - 0.4 * cm, 2)


def _signatures(m: MeetingMinutes) -> list[Flowable]:
    style = styles()
    rows: list[list] = [["م", "الاسم", "الصفة", "التوقيع"]]
    rows += [[str(n), s.name, s.title, _SignatureLine()] for n, s in enumerate(m.signatories, 1)]
    table = rtl_table(
        rows,
        widths(1.0, 6.0, 4.5, 5.5),
        style["cell"],
        header_rows=1,
        header_style=style["cell_bold"],
        row_heights=[None] + [_SIGNATURE_ROW] * len(m.signatories),
        commands=[("VALIGN", (0, 1), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)],
    )
    return [heading("التوقيعات"), table]


def _story(m: MeetingMinutes) -> list[Flowable]:
    style = styles()
    return [
        *letterhead_flowables(m.letterhead),
        RtlParagraph(m.title, style["title"]),
        Spacer(1, 4),
        _facts(m),
        *_attendance(m),
        heading("ثانياً: جدول الأعمال"),
        RtlParagraph(m.agenda_intro, style["body"]),
        *_decisions(m),
        # Signatures never stand alone on a last page, away from what they sign.
        KeepTogether([heading("رابعاً: الختام"), RtlParagraph(m.closing, style["body"]), *_signatures(m)]),
    ]


def render_minutes(m: MeetingMinutes) -> bytes:
    """The minutes as an A4 PDF; the same minutes always give the same bytes."""
    if m.quorum_met and m.present_count < m.quorum_required:
        raise ValueError(
            f"quorum marked as met with {m.present_count} present of {m.quorum_required} required"
        )
    footer = page_footer([m.title, m.policy_reference])
    return build_pdf(_story(m), title=m.title, author=m.letterhead.association_name, footer=footer)
