"""Indirect beneficiaries (clause 2-2): reach per channel and period, typed in or imported."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from charity_desk.db.engine import Database
from charity_desk.db.models import ReachFigure
from charity_desk.domain.dates import parse_date
from charity_desk.domain.digits import to_western_digits
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Permission
from charity_desk.file_kinds import FileKind, label, sniff
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.permission_guard import requires

REACH_CHANNELS = ("website", "x", "instagram", "snapchat", "tiktok", "youtube", "whatsapp", "publications")
METRICS = ("visits", "followers", "views", "distributed", "reached")
MAX_ROWS = 10_000


@dataclass(frozen=True)
class ReachInput:
    channel: str
    metric: str
    period_start: date
    period_end: date
    value: int
    source: str = ""


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message("Reach", text, params), field=field)


def check_reach(data: ReachInput, row: int | None = None) -> None:
    where = {"row": row} if row is not None else {}
    errors = []
    if data.channel not in REACH_CHANNELS:
        errors.append(_error(QT_TRANSLATE_NOOP("Reach", "Unknown channel {channel}."), "channel",
                             channel=data.channel, **where))
    if data.metric not in METRICS:
        errors.append(_error(QT_TRANSLATE_NOOP("Reach", "Unknown measure {metric}."), "metric",
                             metric=data.metric, **where))
    if data.period_end < data.period_start:
        errors.append(_error(QT_TRANSLATE_NOOP("Reach", "The period ends before it starts."), "period_end", **where))
    if data.value < 0:
        errors.append(_error(QT_TRANSLATE_NOOP("Reach", "The figure cannot be negative."), "value", **where))
    if errors:
        raise InvalidInput(errors)


def read_reach_file(path: Path) -> list[ReachInput]:
    """Rows of channel, metric, period start, period end, value from a csv or xlsx file (header row first)."""
    kind = sniff(path)  # what the content is, whatever the name says
    if kind is FileKind.XLSX:
        workbook = load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)  # any name
        rows = [["" if v is None else str(v) for v in row] for row in workbook.active.iter_rows(values_only=True)]
        workbook.close()
    elif kind is FileKind.TEXT:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig", errors="replace"))))
    else:
        raise InvalidInput([_error(QT_TRANSLATE_NOOP(
            "Reach", "This file is {kind}, not an Excel workbook (.xlsx) or a CSV file. Save the figures "
            "as .xlsx or .csv and choose that file."), "file", kind=label(kind))])
    figures, errors = [], []
    for number, row in enumerate(rows[1:MAX_ROWS + 1], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            channel, metric, start, end, value = (cell.strip() for cell in row[:5])
            figure = ReachInput(channel.lower(), metric.lower(), parse_date(start[:10]), parse_date(end[:10]),
                                int(to_western_digits(value).replace(",", "").strip()))
            check_reach(figure, number)
            figures.append(figure)
        except InvalidInput as error:
            errors.extend(error.errors)
        except (DomainError, ValueError):
            errors.append(_error(QT_TRANSLATE_NOOP("Reach", "Row {row} is not channel, measure, start, end, figure."),
                                 "file", row=number))
    if errors:
        raise InvalidInput(errors)
    return figures


class ReachService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.REPORTS_VIEW)
    def add(self, figures: list[ReachInput], source: str = "") -> int:
        """Store figures in one transaction (a typed figure or a whole imported file)."""
        refuse_formulas(("source", source))
        for figure in figures:
            check_reach(figure)
        with self._db.session() as session:
            for figure in figures:
                session.add(ReachFigure(channel=figure.channel, metric=figure.metric,
                                        period_start=figure.period_start, period_end=figure.period_end,
                                        value=figure.value, source=figure.source or source,
                                        entered_by_id=self._actor.user_id))
            audit.record(session, self._actor, "reach.added", "reach", "", rows=len(figures), source=source)
        return len(figures)

    @requires(Permission.REPORTS_VIEW)
    def totals(self, start: date, end: date) -> dict[tuple[str, str], int]:
        """Sum per (channel, measure) of the figures whose period lies within [start, end]."""
        statement = (select(ReachFigure.channel, ReachFigure.metric, func.sum(ReachFigure.value))
                     .where(ReachFigure.period_start >= start, ReachFigure.period_end <= end)
                     .group_by(ReachFigure.channel, ReachFigure.metric))
        with self._db.read_session() as session:
            return {(channel, metric): int(total) for channel, metric, total in session.execute(statement)}
