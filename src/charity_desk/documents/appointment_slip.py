"""The slip handed to a person who has been given an appointment: on the association's letterhead,
the reference and its QR code, the day in Hijri and Gregorian, the time, with whom and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from charity_desk.documents.blocks import LABEL_FILL, TEXT_WIDTH, styles
from charity_desk.documents.letter import LetterHead, letterhead_flowables
from charity_desk.documents.pdf import build_pdf
from charity_desk.documents.qr import QrCode
from charity_desk.documents.rtl import RtlParagraph, rtl_style, rtl_table
from charity_desk.domain.appointment_slots import ends_at
from charity_desk.domain.clock import format_clock_ar
from charity_desk.domain.dates import format_gregorian, format_hijri

_QR_SIZE = 3.2 * cm
_LABEL_WIDTH = 3.4 * cm


@dataclass(frozen=True)
class Slip:
    reference: str
    person_name: str
    kind: str
    staff_name: str
    day: date
    starts_at: time
    minutes: int
    purpose: str = ""


def _qr_block(slip: Slip) -> Flowable:
    note = rtl_style("SlipQrNote", size=9, alignment=TA_CENTER)
    return rtl_table([[QrCode(slip.reference, _QR_SIZE)], [RtlParagraph("رمز الموعد", note)]],
                     [_QR_SIZE + 6], note, grid=False, commands=[("ALIGN", (0, 0), (-1, -1), "CENTER")])


def slip_story(head: LetterHead, slip: Slip) -> list[Flowable]:
    style = styles()
    pairs = [
        ("رقم الموعد", slip.reference),
        ("الاسم", slip.person_name),
        ("اليوم (هجري)", format_hijri(slip.day)),
        ("اليوم (ميلادي)", f"{format_gregorian(slip.day)}م"),
        ("الوقت", f"من {format_clock_ar(slip.starts_at)} إلى {format_clock_ar(ends_at(slip.starts_at, slip.minutes))}"),
        ("نوع الموعد", slip.kind),
        ("الموظف", slip.staff_name),
    ]
    if slip.purpose:
        pairs.append(("الغرض", slip.purpose))
    width = TEXT_WIDTH - _QR_SIZE - 18
    details = rtl_table([[RtlParagraph(label, style["label"]), value] for label, value in pairs],
                        [_LABEL_WIDTH, width - _LABEL_WIDTH - 12], style["value"],
                        commands=[("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)])
    body = rtl_table([[details, _qr_block(slip)]], [width, _QR_SIZE + 18], style["value"],
                     grid=False, commands=[("VALIGN", (0, 0), (-1, -1), "TOP")])
    story: list[Flowable] = [*letterhead_flowables(head), RtlParagraph("إشعار موعد", style["title"]), Spacer(1, 6),
                             body, Spacer(1, 10)]
    address = f"العنوان: {head.address}" if head.address else ""
    for line in (address, "نأمل الحضور قبل الموعد بعشر دقائق مع إحضار أصل الهوية الوطنية وهذا الإشعار."):
        if line:
            story.append(RtlParagraph(line, style["body"]))
    return story


def render_slip(head: LetterHead, slip: Slip) -> bytes:
    """One slip as a PDF; the same appointment always gives the same bytes."""
    return build_pdf(slip_story(head, slip), title=f"إشعار موعد {slip.reference}", author=head.association_name)
