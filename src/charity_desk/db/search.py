"""The beneficiary search index: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Both index the ``beneficiary.search_text`` column, which the services fill with normalized name
words, the national ID and the phone forms (see ``domain.search_text``).  A query is a list of
normalized tokens; every token must match the start of some indexed word.  The index itself is
created by the migrations (``db/migrations/versions``).

The front desk searches on every keystroke, so the query runs on a pooled DB-API connection with
no ORM in between: the whole service call costs little more than the SQL itself.
"""

from __future__ import annotations

from sqlalchemy import Engine

#: The columns every search returns, in this order.
RESULT_COLUMNS = ("id", "full_name", "national_id", "mobile", "region", "city", "status")
_SELECT = f"SELECT {', '.join(RESULT_COLUMNS)} FROM beneficiary"

SQLITE_SEARCH = (
    f"{_SELECT} WHERE id IN (SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH :q LIMIT :n)"
)
POSTGRES_SEARCH = (
    f"{_SELECT} WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', %(q)s) LIMIT %(n)s"
)

#: The same search within one researcher's caseload (services.caseload): only used when the rule
#: applies, so the common search above keeps its plan.  The limit applies after the caseload filter.
SQLITE_CASELOAD_SEARCH = (
    f"{_SELECT} WHERE assigned_researcher_id = :r"
    " AND id IN (SELECT rowid FROM beneficiary_fts WHERE beneficiary_fts MATCH :q) LIMIT :n"
)
POSTGRES_CASELOAD_SEARCH = (
    f"{_SELECT} WHERE assigned_researcher_id = %(r)s"
    " AND to_tsvector('simple', search_text) @@ to_tsquery('simple', %(q)s) LIMIT %(n)s"
)


def match_expression(dialect: str, tokens: list[str]) -> str:
    """The engine's query text for "every token is a prefix of some word"."""
    if dialect == "sqlite":
        return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    return " & ".join("'" + token.replace("'", "''").replace("\\", "") + "':*" for token in tokens)


def search_sql(dialect: str) -> str:
    return SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH


def search_rows(engine: Engine, tokens: list[str], limit: int, caseload_of: int | None = None) -> list[tuple]:
    """Up to ``limit`` rows of RESULT_COLUMNS whose indexed words match every token; with
    ``caseload_of``, only files assigned to that user."""
    dialect = engine.dialect.name
    parameters = {"q": match_expression(dialect, tokens), "n": limit}
    if caseload_of is None:
        statement = search_sql(dialect)
    else:
        statement = SQLITE_CASELOAD_SEARCH if dialect == "sqlite" else POSTGRES_CASELOAD_SEARCH
        parameters["r"] = caseload_of
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(statement, parameters)
        return cursor.fetchall()
    finally:
        connection.close()
