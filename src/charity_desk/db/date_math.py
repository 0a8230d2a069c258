"""A date some days after a stored date or time, computed in SQL the same way on SQLite and PostgreSQL.

The tasks read from the records (services.tasks) sort and group by a due date that the record does
not store (a survey is due 14 days after it was requested); SQLAlchemy has no portable date
arithmetic, so this construct compiles to each database's own.
"""

from __future__ import annotations

from sqlalchemy import Date, Integer, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement


class days_after(FunctionElement):  # noqa: N801 - used like an SQL function
    """``days_after(column, n)``: the calendar date ``n`` days after ``column`` (a date or a time)."""

    type = Date()
    inherit_cache = True

    def __init__(self, column: ColumnElement, days: int):
        super().__init__(column, literal(int(days), Integer))


@compiles(days_after)
def _sqlite(element: days_after, compiler, **kw) -> str:
    column, days = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"date({column}, ({days}) || ' days')"


@compiles(days_after, "postgresql")
def _postgresql(element: days_after, compiler, **kw) -> str:
    column, days = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"(CAST({column} AS DATE) + CAST({days} AS INTEGER))"


class days_between(FunctionElement):  # noqa: N801 - used like an SQL function
    """``days_between(start, end)``: whole days from the date of ``start`` to the date of ``end``."""

    type = Integer()
    inherit_cache = True

    def __init__(self, start: ColumnElement, end: ColumnElement):
        super().__init__(start, end)


@compiles(days_between)
def _sqlite_between(element: days_between, compiler, **kw) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(julianday(date({end})) - julianday(date({start})) AS INTEGER)"


@compiles(days_between, "postgresql")
def _postgresql_between(element: days_between, compiler, **kw) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"(CAST({end} AS DATE) - CAST({start} AS DATE))"
