"""A person's whole file as a PDF, for a data-subject request (PDPL): every section the association
holds, each a block of facts or a table, in the order the JSON copy gives them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from charity_desk.documents.blocks import heading, info_grid, page_footer, styles, widths
from charity_desk.documents.letter import LetterHead, letterhead_flowables
from charity_desk.documents.pdf import Cancelled, ItemEnd, Progress, build_pdf
from charity_desk.documents.rtl import RtlParagraph, rtl_table
from charity_desk.domain.dates import format_dual

FOOTER = "نسخة من البيانات الشخصية لصاحبها بناءً على طلبه وفق نظام حماية البيانات الشخصية؛ سرية"


@dataclass(frozen=True)
class FactsSection:
    title: str
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TableSection:
    title: str
    headers: tuple[str, ...]
    #: Relative column widths, in reading order like the headers.
    ratios: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]


Section = FactsSection | TableSection


@dataclass(frozen=True)
class PersonFile:
    letterhead: LetterHead
    full_name: str
    national_id: str
    generated_on: date
    sections: tuple[Section, ...]


def _section(section: Section) -> list[Flowable]:
    style = styles()
    if isinstance(section, FactsSection):
        if not section.pairs:
            return [heading(section.title), RtlParagraph("لا توجد بيانات.", style["body"])]
        return [heading(section.title), info_grid(list(section.pairs))]
    if not section.rows:
        return [heading(section.title), RtlParagraph("لا توجد سجلات.", style["body"])]
    rows = [list(section.headers), *(list(row) for row in section.rows)]
    return [heading(section.title),
            rtl_table(rows, widths(*section.ratios), style["cell"], header_rows=1, header_style=style["cell_bold"])]


def render_person_file(
    document: PersonFile, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> bytes:
    style = styles()
    story: list[Flowable] = [
        *letterhead_flowables(document.letterhead),
        RtlParagraph("ملف البيانات الشخصية الكامل", style["title"]),
        RtlParagraph(f"{document.full_name} - رقم الهوية {document.national_id}", style["subtitle"]),
        RtlParagraph(f"أُعدّ بتاريخ {format_dual(document.generated_on)}", style["subtitle"]),
    ]
    for section in document.sections:
        story += [*_section(section), ItemEnd()]
    return build_pdf(story, title=f"ملف {document.full_name}", author=document.letterhead.association_name,
                     progress=progress, cancelled=cancelled, footer=page_footer([FOOTER]))

