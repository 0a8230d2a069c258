"""One list a screen shows, read a page at a time: a read-only query filtered and sorted in SQL,
paged by keyset (ARCHITECTURE rule 4).

A page continues after the sort key of the last row shown (``WHERE (sort, id) > (last sort, last
id) ORDER BY sort, id LIMIT page``), never with OFFSET, so page 1,000 costs what page 1 costs when
an index returns the rows in that order.  The count is one ``COUNT`` query; one row is re-read by
its id through the same filter, so a screen can update a row after an action (or drop it when it has
left the filter) without reloading the list.

Every query runs in the services' own read session, so whatever rule that session applies to every
query (the researcher's caseload) applies here too.  Sort expressions must never be NULL (wrap a
nullable column in ``coalesce``): a NULL key cannot be compared and its rows would be skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, tuple_

from charity_desk.db.engine import Database

#: A row's place in the list: its sort value(s) then its id.
Key = tuple


class KeysetList:
    """A list's query, bound to its database; widgets call ``page``, ``count`` and ``one``.

    ``statement`` selects the columns ``to_row`` turns into a plain read model (in order);
    ``sorts`` names the orders the screen may ask for (a name to one SQL expression); ``id_column``
    breaks ties and finds one row.  ``counted`` (default: ``statement``) is what ``count`` counts: the
    same rows without the joins that only add columns, so the count reads one index.  ``total``, when
    given, is a statement whose one value is that count already kept (a counter the database maintains),
    read instead of counting.
    """

    def __init__(
        self,
        db: Database,
        statement: Select,
        to_row: Callable[[Any], Any],
        id_column: ColumnElement,
        sorts: Mapping[str, ColumnElement],
        sort: str,
        descending: bool = False,
        counted: Select | None = None,
        total: Select | None = None,
    ):
        if sort not in sorts:
            raise ValueError(f"unknown sort {sort!r}")
        self._db = db
        self._statement = statement
        self._to_row = to_row
        self._id_column = id_column
        self._sorts = dict(sorts)
        self.sort = sort
        self.descending = descending
        self._counted = counted if counted is not None else statement
        self._total = total

    def sorted_by(self, sort: str, descending: bool = False) -> KeysetList:
        """The same list in another order (the filter stays)."""
        return KeysetList(self._db, self._statement, self._to_row, self._id_column, self._sorts, sort, descending,
                          self._counted, self._total)

    def _keyed(self) -> Select:
        return self._statement.add_columns(self._sorts[self.sort], self._id_column)

    def _rows(self, statement: Select) -> list[tuple[Key, Any]]:
        with self._db.read_session() as session:
            return [(tuple(row[-2:]), self._to_row(row[:-2])) for row in session.execute(statement)]

    def page(self, after: Key | None, limit: int) -> list[tuple[Key, Any]]:
        """Up to ``limit`` (key, row) pairs after the key ``after`` (None: from the start)."""
        sort = self._sorts[self.sort]
        statement = self._keyed()
        if after is not None:
            position = tuple_(sort, self._id_column)
            statement = statement.where(position < tuple(after) if self.descending else position > tuple(after))
        if self.descending:
            statement = statement.order_by(sort.desc(), self._id_column.desc())
        else:
            statement = statement.order_by(sort, self._id_column)
        return self._rows(statement.limit(limit))

    def count(self) -> int:
        """How many rows the filter keeps, counted in SQL."""
        counted = (self._total if self._total is not None
                   else select(func.count()).select_from(self._counted.order_by(None).subquery()))
        with self._db.read_session() as session:
            return session.execute(counted).scalar_one()

    def one(self, row_id: Any) -> tuple[Key, Any] | None:
        """The row ``row_id`` as the list shows it now, or None when it is gone or out of the filter."""
        rows = self._rows(self._keyed().where(self._id_column == row_id))
        return rows[0] if rows else None

    def comes_before(self, key: Key, other: Key) -> bool:
        """Whether a row keyed ``key`` is listed before one keyed ``other`` (the SQL order, in Python)."""
        return key > other if self.descending else key < other
