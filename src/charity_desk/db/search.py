"""The beneficiary search index: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Both index the ``beneficiary.search_text`` column, which the services fill with normalized name
words, the national ID and the phone forms (see ``domain.search_text``).  A query is a list of
normalized tokens; every token must match the start of some indexed word.  The index itself is
created by the migrations (``db/migrations/versions``).
"""

from __future__ import annotations

SQLITE_QUERY = "SELECT rowid AS id FROM beneficiary_fts WHERE beneficiary_fts MATCH :q LIMIT :n"
POSTGRES_QUERY = (
    "SELECT id FROM beneficiary WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', :q) LIMIT :n"
)


def match_expression(dialect: str, tokens: list[str]) -> str:
    """The engine's query text for "every token is a prefix of some word"."""
    if dialect == "sqlite":
        return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)
    return " & ".join("'" + token.replace("'", "''").replace("\\", "") + "':*" for token in tokens)


def raw_query(dialect: str) -> str:
    return SQLITE_QUERY if dialect == "sqlite" else POSTGRES_QUERY
