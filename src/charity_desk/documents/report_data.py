"""A report's content as typed values, turned into a PDF (formatted text) or an Excel workbook.

The board reads the PDF and the finance officer sums the Excel sheets: both come from the same
typed values, so they cannot drift apart, and Excel receives numbers, not text that looks like them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

from charity_desk.documents.letter import LetterHead
from charity_desk.documents.report_pdf import ReportDocument, ReportSection, ReportTable

#: text; int (a count); money (riyals, two decimals); percent (a share from 0 to 1);
#: average (a mean of answers from 1 to 5); days (a duration with one decimal).
ValueKind = Literal["text", "int", "money", "percent", "average", "days"]
NOTHING = "—"
NO_DATA = "لا توجد بيانات في هذه الفترة."


@dataclass(frozen=True)
class Figure:
    """One key figure; ``value`` is None when there is nothing to measure (no decisions yet)."""

    label: str
    value: int | float | Decimal | None
    kind: ValueKind = "int"


@dataclass(frozen=True)
class DataColumn:
    header: str
    kind: ValueKind = "text"
    width: float = 1.0


@dataclass(frozen=True)
class DataTable:
    """``name`` names the Excel sheet; with ``chart`` the PDF draws the first numeric column as bars."""

    name: str
    columns: tuple[DataColumn, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: bool = False


@dataclass(frozen=True)
class DataSection:
    heading: str
    paragraphs: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    table: DataTable | None = None


@dataclass(frozen=True)
class DataReport:
    title: str
    period: str
    sections: tuple[DataSection, ...]


def format_value(value: object, kind: ValueKind) -> str:
    """How a value reads in the PDF: ``1,234``, ``500.00``, ``67%``, ``4.25``, ``10.0``."""
    if value is None:
        return NOTHING
    if kind == "int":
        return f"{value:,}"
    if kind == "money":
        return f"{value:,.2f}"
    if kind == "percent":
        return f"{value * 100:.0f}%"
    if kind == "average":
        return f"{value:.2f}"
    if kind == "days":
        return f"{value:.1f}"
    return str(value)


def _table(table: DataTable) -> ReportTable:
    numeric = tuple(index for index, column in enumerate(table.columns) if column.kind != "text")
    rows = tuple(tuple(format_value(value, column.kind) for value, column in zip(row, table.columns, strict=True))
                 for row in table.rows)
    return ReportTable(headers=tuple(c.header for c in table.columns), rows=rows,
                       widths=tuple(c.width for c in table.columns), numeric=numeric,
                       chart=table.chart and bool(numeric))


def _section(section: DataSection) -> ReportSection:
    table = section.table
    paragraphs = section.paragraphs
    if table is not None and not table.rows:
        paragraphs, table = (*paragraphs, NO_DATA), None
    return ReportSection(heading=section.heading, paragraphs=paragraphs,
                         table=_table(table) if table is not None else None,
                         figures=tuple((f.label, format_value(f.value, f.kind)) for f in section.figures))


def to_report_document(report: DataReport, letterhead: LetterHead, generated_at: datetime) -> ReportDocument:
    """The report as ``render_report`` takes it; an empty table becomes a line saying so."""
    return ReportDocument(letterhead=letterhead, title=report.title, period=report.period,
                          sections=tuple(_section(s) for s in report.sections), generated_at=generated_at)
