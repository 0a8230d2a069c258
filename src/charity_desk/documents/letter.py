"""Official letters (decisions, referrals) on the association's letterhead, one or many to a PDF.

The parts follow the order of an official Saudi letter (shared/SAUDI.md): letterhead, reference
number, Hijri and Gregorian date, attachments, subject, addressee, greeting, body, closing,
signatory, stamp area; a QR code and its verification code let a reader check the letter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak, Spacer, Table

from charity_desk.documents.pdf import FRAME_WIDTH, Cancelled, ItemEnd, Progress, build_pdf
from charity_desk.documents.qr import QrCode
from charity_desk.documents.rtl import RtlParagraph, rtl_style, rtl_table
from charity_desk.domain.dates import format_dual

GREETING = "السلام عليكم ورحمة الله وبركاته، وبعد"
CLOSING = "وتقبلوا خالص التحية والتقدير"
NO_ATTACHMENTS = "لا يوجد"

DateFormat = Callable[[date], str]

ACCENT = colors.HexColor("#1F5C4A")
MUTED = colors.HexColor("#555555")
_LOGO_SIZE = 2.6 * cm
_QR_SIZE = 2.2 * cm


@dataclass(frozen=True)
class LetterHead:
    association_name: str
    licence_number: str
    address: str
    phone: str
    logo_path: Path | str | None = None
    website: str = ""


@dataclass(frozen=True)
class Letter:
    """One letter. ``addressee_title`` is the form of address written before the name («المكرم»)."""

    reference_number: str
    issue_date: date
    subject: str
    addressee: str
    addressee_title: str
    body: Sequence[str]
    signatory_name: str
    signatory_title: str
    verification_code: str
    qr_payload: str
    attachments: str = NO_ATTACHMENTS
    greeting: str = GREETING
    closing: str = CLOSING
    footer_note: str = ""


@cache
def _styles() -> dict[str, ParagraphStyle]:
    return {
        "name": rtl_style("LetterHeadName", size=15, bold=True, textColor=ACCENT),
        "head": rtl_style("LetterHeadLine", size=9.5, leading=14, textColor=MUTED),
        "ref": rtl_style("LetterReference", size=10.5, leading=16),
        "subject": rtl_style(
            "LetterSubject", size=13, bold=True, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8
        ),
        "addressee": rtl_style("LetterAddressee", size=12.5, bold=True, spaceAfter=4),
        "body": rtl_style("LetterBody", size=12.5, leading=22, spaceAfter=6),
        "closing": rtl_style("LetterClosing", size=12.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
        "signatory_title": rtl_style("LetterSignatoryTitle", size=12, bold=True, alignment=TA_CENTER),
        "signatory_name": rtl_style("LetterSignatoryName", size=12, alignment=TA_CENTER),
        "small": rtl_style("LetterSmall", size=8.5, leading=13, textColor=MUTED),
        "stamp": rtl_style("LetterStamp", size=9, alignment=TA_CENTER, textColor=colors.HexColor("#9A9A9A")),
        "code": rtl_style("LetterCode", size=10, bold=True, leading=15),
    }


@lru_cache(maxsize=8)
def _image(path: str, modified: int) -> ImageReader:
    """The logo read once per file version, not once per letter of a batch."""
    return ImageReader(path)


class _Logo(Flowable):
    def __init__(self, path: Path | str, size: float):
        super().__init__()
        self.image = _image(str(path), Path(path).stat().st_mtime_ns)
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(
            self.image, 0, 0, self.width, self.height, preserveAspectRatio=True, anchor="c", mask="auto"
        )


def letterhead_flowables(head: LetterHead) -> list[Flowable]:
    """The association's letterhead and its double rule, as it opens every document the desk prints."""
    styles = _styles()
    lines = [RtlParagraph(head.association_name, styles["name"])]
    if head.licence_number:
        lines.append(RtlParagraph(
            f"مسجلة في المركز الوطني لتنمية القطاع غير الربحي برقم ({head.licence_number})", styles["head"]))
    if head.address:
        lines.append(RtlParagraph(head.address, styles["head"]))
    if head.phone:
        lines.append(RtlParagraph(f"هاتف: {head.phone}", styles["head"]))
    if head.website:
        lines.append(RtlParagraph(f"الموقع الإلكتروني: {head.website}", styles["head"]))
    logo = _Logo(head.logo_path, _LOGO_SIZE) if head.logo_path else ""
    table = rtl_table(
        [[lines, logo]],
        [FRAME_WIDTH - _LOGO_SIZE - 12, _LOGO_SIZE + 12],
        styles["head"],
        grid=False,
        commands=[("ALIGN", (1, 0), (1, 0), "LEFT")],
    )
    rule = HRFlowable(width="100%", thickness=1.6, color=ACCENT, spaceBefore=6, spaceAfter=1)
    thin = HRFlowable(width="100%", thickness=0.5, color=ACCENT, spaceBefore=0, spaceAfter=8)
    return [table, rule, thin]


def _reference_block(letter: Letter, format_date: DateFormat) -> Table:
    style = _styles()["ref"]
    rows = [
        ["الرقم:", letter.reference_number],
        ["التاريخ:", format_date(letter.issue_date)],
        ["المرفقات:", letter.attachments],
    ]
    table = rtl_table(rows, [1.9 * cm, 7.4 * cm], style, grid=False)
    table.hAlign = "LEFT"
    return table


def _stamp_area() -> Table:
    return rtl_table(
        [["موضع الختم"]],
        [4.2 * cm],
        _styles()["stamp"],
        grid=False,
        row_heights=[2.4 * cm],
        commands=[("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9A9A9A"), None, (3, 2))],
    )


def _verification(letter: Letter) -> Table:
    styles = _styles()
    text = [
        RtlParagraph("رمز التحقق:", styles["small"]),
        RtlParagraph(letter.verification_code, styles["code"]),
        RtlParagraph("امسح الرمز للتحقق من صحة الخطاب", styles["small"]),
    ]
    return rtl_table(
        [[QrCode(letter.qr_payload, _QR_SIZE), text]], [_QR_SIZE + 6, 4.6 * cm], styles["small"], grid=False
    )


def _signature_band(letter: Letter) -> Table:
    styles = _styles()
    signatory = [
        RtlParagraph(letter.signatory_title, styles["signatory_title"]),
        RtlParagraph(letter.signatory_name, styles["signatory_name"]),
        Spacer(1, 6),
        _stamp_area(),
    ]
    width = 7 * cm
    return rtl_table(
        [[_verification(letter), signatory]],
        [FRAME_WIDTH - width, width],
        styles["small"],
        grid=False,
        commands=[
            ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
            ("VALIGN", (1, 0), (1, 0), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ],
    )


def _addressee_line(letter: Letter) -> str:
    """«المكرم/ محمد بن عبدالله الشمري», or the name alone when no form of address is given."""
    return f"{letter.addressee_title}/ {letter.addressee}" if letter.addressee_title else letter.addressee


def _letter_story(head: LetterHead, letter: Letter, format_date: DateFormat) -> list[Flowable]:
    styles = _styles()
    story = [
        *letterhead_flowables(head),
        _reference_block(letter, format_date),
        RtlParagraph(f"الموضوع: {letter.subject}", styles["subject"]),
        RtlParagraph(_addressee_line(letter), styles["addressee"]),
        RtlParagraph(letter.greeting, styles["body"]),
        *(RtlParagraph(paragraph, styles["body"]) for paragraph in letter.body),
    ]
    ending: list[Flowable] = [RtlParagraph(letter.closing, styles["closing"]), _signature_band(letter)]
    if letter.footer_note:
        ending.append(Spacer(1, 10))
        ending.append(RtlParagraph(letter.footer_note, styles["small"]))
    story.append(KeepTogether(ending))
    return story


def render_letters(
    letterhead: LetterHead,
    letters: Sequence[Letter],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    format_date: DateFormat = format_dual,
) -> bytes:
    """All ``letters`` in one PDF, each starting on a new page, for batch printing.

    ``progress(done, total)`` is called as each letter is laid out; ``cancelled()`` returning true
    stops the batch with ``RenderCancelled``.
    """
    if not letters:
        raise ValueError("no letters to render")
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        story.extend(_letter_story(letterhead, letter, format_date))
        story.append(ItemEnd())
    title = letters[0].subject if len(letters) == 1 else letterhead.association_name
    return build_pdf(
        story, title=title, author=letterhead.association_name, progress=progress, cancelled=cancelled
    )


def render_letter(letterhead: LetterHead, letter: Letter, *, format_date: DateFormat = format_dual) -> bytes:
    """One letter as an A4 PDF; the same letter always gives the same bytes."""
    return render_letters(letterhead, [letter], format_date=format_date)
