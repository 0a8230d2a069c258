"""Naming the index SQLite must use where its statistics would lead it to scan a table.

A column that most rows leave empty (a family member's national ID, a second mobile, the file a merged
file points to) has one value shared by nearly every row.  ANALYZE then rates the column's index at
hundreds of thousands of rows per key, and SQLite scans the whole table for an ``IN`` list of real
values that the index finds in a fraction of a millisecond (80-95 ms a statement at 200,000 people).
``using_index`` names the index with SQLite's ``INDEXED BY``; PostgreSQL, which keeps per-value
statistics, gets no hint.  SQLAlchemy's SQLite compiler drops table hints, so this module renders them.
"""

from __future__ import annotations

from sqlalchemy import Select, Table
from sqlalchemy.ext.compiler import compiles

_DIALECT = "sqlite"


def using_index(statement: Select, table: Table, index: str) -> Select:
    """``statement`` reading ``table`` through ``index`` on SQLite (an error there if the index is gone)."""
    return statement.with_hint(table, f"INDEXED BY {index}", _DIALECT)


@compiles(Table, _DIALECT)
def _table_with_index_hint(table: Table, compiler, fromhints=None, **kw) -> str:
    text = compiler.visit_table(table, fromhints=fromhints, **kw)
    hint = (fromhints or {}).get(table)
    return f"{text} {hint}" if hint and kw.get("asfrom") else text
