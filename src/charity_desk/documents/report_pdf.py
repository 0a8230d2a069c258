"""A report for the board: sections of paragraphs, key figures, tables and bar charts.

Numbers in a table share the right edge with the text: in a right-to-left table that is the start
edge, and it is also where the units digits of left-to-right numbers line up, so a column of amounts
with the same number of decimals aligns on its decimal point. Numeric cells are set as a
left-to-right run, so ``-1,200`` does not come out as ``1,200-``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from charity_desk.documents.bar_chart import bar_chart
from charity_desk.documents.blocks import LABEL_FILL, TEXT_WIDTH, heading, page_footer, styles, widths
from charity_desk.documents.letter import ACCENT, MUTED, LetterHead, letterhead_flowables
from charity_desk.documents.pdf import build_pdf
from charity_desk.documents.rtl import RtlParagraph, rtl_style, rtl_table
from charity_desk.domain.dates import format_gregorian, format_hijri_numeric

_LTR, _END = "\u202a", "\u202c"  # left-to-right embedding and its end: zero width in Amiri
_FIGURES_PER_ROW = 3


def parse_number(text: str) -> Decimal:
    """``"1,245,500.00"``, ``"92%"`` → a Decimal; ValueError if the text is not a number."""
    try:
        return Decimal(text.replace(",", "").replace("%", "").strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None


@dataclass(frozen=True)
class ReportTable:
    """Cells are text, already formatted. ``widths`` are ratios (equal columns if empty); ``numeric``
    lists the columns holding numbers. With ``chart``, a bar chart of the first numeric column against
    the first column follows the table."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    numeric: tuple[int, ...] = ()
    chart: bool = False

    def __post_init__(self):
        columns = len(self.headers)
        if self.widths and len(self.widths) != columns:
            raise ValueError("one width per column")
        if any(len(row) != columns for row in self.rows):
            raise ValueError("every row needs one cell per column")
        if self.chart:
            if not self.numeric:
                raise ValueError("a chart needs a numeric column")
            for row in self.rows:
                if parse_number(row[self.numeric[0]]) < 0:
                    raise ValueError("a bar chart shows values of zero or more")


@dataclass(frozen=True)
class ReportSection:
    heading: str
    paragraphs: tuple[str, ...] = ()
    table: ReportTable | None = None
    figures: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    letterhead: LetterHead
    title: str
    period: str
    sections: tuple[ReportSection, ...]
    generated_at: datetime


@cache
def _styles() -> dict[str, ParagraphStyle]:
    return {
        "figure": rtl_style(
            "ReportFigure", size=15, bold=True, leading=22, alignment=TA_CENTER, textColor=ACCENT
        ),
        "figure_label": rtl_style(
            "ReportFigureLabel", size=9, leading=13, alignment=TA_CENTER, textColor=MUTED
        ),
        "caption": rtl_style("ReportCaption", size=9, leading=13, alignment=TA_CENTER, textColor=MUTED),
    }


NO_DATA = "لا بيانات في هذه الفترة"


def _figures(figures: Sequence[tuple[str, str]]) -> Table:
    """Key figures as cards, three to a row: the value large, its label under it."""
    own = _styles()
    cards: list = [
        [RtlParagraph(value or "—", own["figure"]), RtlParagraph(label, own["figure_label"])]
        + ([RtlParagraph(NO_DATA, own["figure_label"])] if value in ("", "—") else [])
        for label, value in figures
    ]
    filled = len(cards)
    cards += [""] * (-len(cards) % _FIGURES_PER_ROW)  # the last row's free places stay blank, not empty cards
    rows = [cards[start : start + _FIGURES_PER_ROW] for start in range(0, len(cards), _FIGURES_PER_ROW)]
    backgrounds = [("BACKGROUND", (n % _FIGURES_PER_ROW, n // _FIGURES_PER_ROW),
                    (n % _FIGURES_PER_ROW, n // _FIGURES_PER_ROW), LABEL_FILL) for n in range(filled)]
    return rtl_table(
        rows,
        widths(*[1] * _FIGURES_PER_ROW),
        own["figure_label"],
        grid=False,
        commands=[
            *backgrounds,
            ("GRID", (0, 0), (-1, -1), 5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def _cell(table: ReportTable, column: int, text: str) -> str:
    return f"{_LTR}{text}{_END}" if column in table.numeric and text else text


def _table(table: ReportTable) -> list[Flowable]:
    style = styles()
    rows = [list(table.headers)]
    rows += [[_cell(table, column, text) for column, text in enumerate(row)] for row in table.rows]
    commands = [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F7F9F8")])]
    if not table.rows:  # a table with nothing to list says so across its width
        rows.append([NO_DATA] + [""] * (len(table.headers) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    flowables: list[Flowable] = [
        rtl_table(
            rows,
            widths(*(table.widths or [1] * len(table.headers))),
            style["cell"],
            header_rows=1,
            header_style=style["cell_bold"],
            commands=commands,
        )
    ]
    if table.chart and table.rows:
        column = table.numeric[0]
        bars = [(row[0], parse_number(row[column]), row[column]) for row in table.rows]
        caption = f"{table.headers[column]} حسب {table.headers[0]}"
        chart = [Spacer(1, 8), bar_chart(bars, TEXT_WIDTH), RtlParagraph(caption, _styles()["caption"])]
        flowables.append(KeepTogether(chart))
    return flowables


def _section(section: ReportSection) -> list[Flowable]:
    body = styles()["body"]
    flowables: list[Flowable] = [heading(section.heading)]
    flowables += [RtlParagraph(paragraph, body) for paragraph in section.paragraphs]
    if section.figures:
        flowables.append(_figures(section.figures))
    if section.table is not None:
        flowables += _table(section.table)
    return flowables


def _generated(doc: ReportDocument) -> str:
    when = doc.generated_at
    day = f"{format_hijri_numeric(when.date())}هـ الموافق {format_gregorian(when.date())}م"
    return f"{doc.title} - أعد في {day} الساعة {when:%H:%M}"


def render_report(doc: ReportDocument) -> bytes:
    """The report as an A4 PDF; the same report (``generated_at`` included) gives the same bytes."""
    style = styles()
    story: list[Flowable] = [
        *letterhead_flowables(doc.letterhead),
        RtlParagraph(doc.title, style["title"]),
        RtlParagraph(doc.period, style["subtitle"]),
    ]
    for section in doc.sections:
        story += _section(section)
    return build_pdf(
        story, title=doc.title, author=doc.letterhead.association_name, footer=page_footer([_generated(doc)])
    )
