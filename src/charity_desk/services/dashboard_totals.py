"""The dashboard's figures read from the totals the database keeps (migration 0029), a few rows a day or
a month, instead of every application, delivery or inquiry of the period."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select, union_all

from charity_desk.db.models import (
    ApplicationDayTotal,
    ApplicationMonthTotal,
    DeliveryDayTotal,
    InquiryDayTotal,
)


def median_of_counted(values: list[tuple[float, int]], count: int) -> float | None:
    """The median of ``count`` values given in order as (value, how many times): the middle one, or the
    mean of the middle two."""
    if not count:
        return None
    wanted, middle, seen = range((count - 1) // 2, count // 2 + 1), [], 0
    for value, times in values:
        middle += [float(value)] * sum(1 for rank in wanted if seen <= rank < seen + times)
        seen += times
        if seen > wanted[-1]:
            break
    return sum(middle) / len(middle)


def whole_months(start: date, end: date) -> tuple[date, date]:
    """The first day of the first whole month from ``start`` to ``end`` and the day after the last (equal:
    none)."""
    first = start if start.day == 1 else (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    after = end + timedelta(days=1)
    after_last = after if after.day == 1 else end.replace(day=1)
    return first, max(first, after_last)


def applications(session, start: date, end: date, program_id: int | None, target: int):
    """The applications received from ``start`` to ``end`` (UTC days): counts by state, how many decided,
    how many within ``target`` days, and the median days to a decision. The whole months come from the
    months' totals, the days before and after them from the days', a few rows per program and state and
    per number of days a decision took."""
    first, after_last = whole_months(start, end)
    month, day = ApplicationMonthTotal, ApplicationDayTotal
    parts = []
    # Each part is one range of its table's key, two bounds each (SQLite reads a range by two bounds
    # only): the whole months, the days before them, the days after them.
    for totals, where in ((month, [month.submitted_on >= first, month.submitted_on < after_last]),
                          (day, [day.submitted_on >= start, day.submitted_on < min(first, end + timedelta(days=1))]),
                          (day, [day.submitted_on >= max(after_last, start), day.submitted_on <= end])):
        if program_id:
            where.append(totals.program_id == program_id)
        parts.append(select(totals.state, totals.decided, totals.decision_days, totals.applications).where(*where))
    totals = union_all(*parts).subquery()
    decided_here = totals.c.decided == 1
    by_state, decided, within_target = {}, 0, 0
    for state, count, decided_count, within in session.execute(
            select(totals.c.state, func.sum(totals.c.applications),
                   func.sum(case((decided_here, totals.c.applications), else_=0)),
                   func.sum(case((decided_here & (totals.c.decision_days <= target), totals.c.applications),
                                 else_=0)))
            .group_by(totals.c.state).having(func.sum(totals.c.applications) > 0)):
        by_state[state] = int(count)
        decided += int(decided_count)
        within_target += int(within)
    days = session.execute(select(totals.c.decision_days, func.sum(totals.c.applications)).where(decided_here)
                           .group_by(totals.c.decision_days).having(func.sum(totals.c.applications) > 0)
                           .order_by(totals.c.decision_days)).all()
    return by_state, decided, within_target, median_of_counted([(float(v), int(n)) for v, n in days], decided)


def services(session, start: date, end: date, program_id: int | None) -> tuple[int, Decimal]:
    """The services given from ``start`` to ``end`` and the cash paid, from the days' totals."""
    days = [DeliveryDayTotal.delivered_on >= start, DeliveryDayTotal.delivered_on <= end]
    if program_id:
        days.append(DeliveryDayTotal.program_id == program_id)
    count, cash = session.execute(select(func.coalesce(func.sum(DeliveryDayTotal.services), 0),
                                         func.coalesce(func.sum(DeliveryDayTotal.cash), 0)).where(*days)).one()
    return int(count), Decimal(cash or 0)


def services_after(session, end: date, program_id: int | None) -> int:
    """The services given after ``end`` (in ``program_id`` if given), from the days' totals."""
    after = [DeliveryDayTotal.delivered_on > end]
    if program_id:
        after.append(DeliveryDayTotal.program_id == program_id)
    return int(session.scalar(select(func.coalesce(func.sum(DeliveryDayTotal.services), 0)).where(*after)))


def inquiries(session, start: date, end: date) -> dict[str, int]:
    """The inquiries received from ``start`` to ``end`` (UTC days) by channel, from the days' totals."""
    totals = InquiryDayTotal
    return {channel: int(count) for channel, count in session.execute(
        select(totals.channel, func.sum(totals.inquiries))
        .where(totals.received_on >= start, totals.received_on <= end)
        .group_by(totals.channel).having(func.sum(totals.inquiries) > 0))}
