"""The beneficiary search index: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Both index the ``beneficiary.search_text`` column, which the services fill with the name's words in
order, then the other normalized forms, the national ID and the phone forms (see
``domain.search_text``).  A query is a list of normalized tokens; every token must match the start
of some indexed word.  The index itself is created by the migrations (``db/migrations/versions``).

Results come best first, in four tiers, each the newest files first:

0. the typed words are the name's first words, whole and in order (أحمد محمد → أحمد محمد …);
1. every typed word is a whole word of the name, anywhere;
2. the first name starts with the first typed word, the other words start words of the name;
3. the rest: every typed word starts some indexed word (a later name part, the ID, a phone).

Pages are keyset-paged on (tier, id).  On SQLite each tier is its own full-text expression whose
matches the index gives in id order, so a page costs the same wherever it is and however many
match: the order within a tier is the newest file first rather than the latest activity, which
would mean reading and sorting every match of the tier (10–50 ms for a common name at 200,000
files, against under a millisecond).  The caseload rule, when it applies, is part of the same indexed
statement with its limit: the caseload's own index is walked newest first and each of its files is
checked against the full-text index, instead of every match being filtered afterwards.

The front desk searches on every keystroke, so the queries run on a pooled DB-API connection with
no ORM in between: the whole service call costs little more than the SQL itself.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Engine

#: The columns every search returns, in this order; a row then carries its tier (``search_rows``).
RESULT_COLUMNS = ("id", "full_name", "national_id", "mobile", "region", "city", "status")
TIERS = 4
_COLUMNS = ", ".join(RESULT_COLUMNS)


class SearchKey(NamedTuple):
    """Where a page of results stopped: the last row's tier and id."""

    tier: int
    id: int


def _fts_word(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def tier_expressions(tokens: list[str]) -> list[str]:
    """The FTS5 expression of each tier (see the module docstring), each excluding the ones before."""
    first, rest = tokens[0], tokens[1:]
    cumulative = [
        "^" + _fts_word(" ".join(tokens)),
        " AND ".join(map(_fts_word, tokens)),
        " AND ".join(["^" + _fts_word(first) + "*", *(_fts_word(t) + "*" for t in rest)]),
        match_expression("sqlite", tokens),
    ]
    tiers = [cumulative[0]]
    for index in range(1, TIERS):
        before = " OR ".join(f"({expression})" for expression in cumulative[:index])
        tiers.append(f"({cumulative[index]}) NOT ({before})")
    return tiers


def match_expression(dialect: str, tokens: list[str]) -> str:
    """The engine's query text for "every token is a prefix of some word"."""
    if dialect == "sqlite":
        return " AND ".join(_fts_word(token) + "*" for token in tokens)
    return " & ".join("'" + token.replace("'", "''").replace("\\", "") + "':*" for token in tokens)


# -- SQLite: one statement per tier -------------------------------------------------------------

# The index gives a tier's matches newest first; only the page's rows are then read.
_SQLITE_TIER = (
    f"SELECT {_COLUMNS}, :t FROM beneficiary WHERE id IN (SELECT rowid FROM beneficiary_fts"
    " WHERE beneficiary_fts MATCH :m AND rowid < :i ORDER BY rowid DESC LIMIT :n) ORDER BY id DESC"
)
# Within a caseload the caseload's index is walked newest first and each of its files is asked of
# the full-text index (FTS5 seeks by rowid), so the cost follows the caseload, not the matches.
_SQLITE_CASELOAD_MATCH = (
    "assigned_researcher_id = :r AND EXISTS (SELECT 1 FROM beneficiary_fts"
    " WHERE beneficiary_fts MATCH :m AND beneficiary_fts.rowid = beneficiary.id)"
)
_SQLITE_CASELOAD_TIER = (
    f"SELECT {_COLUMNS}, :t FROM beneficiary WHERE {_SQLITE_CASELOAD_MATCH} AND id < :i"
    " ORDER BY id DESC LIMIT :n"
)
_NO_KEY = 2**63 - 1


def _sqlite_page(cursor, tokens, limit, caseload_of, after) -> list[tuple]:
    rows: list[tuple] = []
    statement = _SQLITE_TIER if caseload_of is None else _SQLITE_CASELOAD_TIER
    for tier, expression in enumerate(tier_expressions(tokens)):
        if after is not None and tier < after.tier:
            continue
        below = after.id if after is not None and tier == after.tier else _NO_KEY
        cursor.execute(statement, {"m": expression, "t": tier, "i": below, "n": limit - len(rows),
                                   "r": caseload_of})
        rows += cursor.fetchall()
        if len(rows) >= limit:
            break
    return rows


def _sqlite_count(cursor, tokens, caseload_of) -> int:
    if caseload_of is None:
        cursor.execute("SELECT count(*) FROM beneficiary_fts WHERE beneficiary_fts MATCH :m",
                       {"m": match_expression("sqlite", tokens)})
    else:
        cursor.execute(f"SELECT count(*) FROM beneficiary WHERE {_SQLITE_CASELOAD_MATCH}",
                       {"m": match_expression("sqlite", tokens), "r": caseload_of})
    return cursor.fetchone()[0]


# -- PostgreSQL: one statement, the tier computed from the indexed text ---------------------------

_PG_MATCH = "to_tsvector('simple', search_text) @@ to_tsquery('simple', %(m)s)"


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgres_tier(tokens: list[str]) -> tuple[str, dict]:
    """The tier as a SQL expression over ``search_text`` (the match itself comes from the index)."""
    parameters = {"start": _like(" ".join(tokens)) + " %", "first": _like(tokens[0]) + "%"}
    whole = []
    for index, token in enumerate(tokens):
        parameters[f"w{index}"] = "% " + _like(token) + " %"
        whole.append(f"(' ' || search_text || ' ') LIKE %(w{index})s")
    tier = (f"CASE WHEN (search_text || ' ') LIKE %(start)s THEN 0 WHEN {' AND '.join(whole)} THEN 1"
            " WHEN search_text LIKE %(first)s THEN 2 ELSE 3 END")
    return tier, parameters


def _postgres_page(cursor, tokens, limit, caseload_of, after) -> list[tuple]:
    tier, parameters = _postgres_tier(tokens)
    parameters.update(m=match_expression("postgresql", tokens), n=limit, r=caseload_of)
    caseload = " AND assigned_researcher_id = %(r)s" if caseload_of is not None else ""
    resume = ""
    if after is not None:
        parameters.update(t=after.tier, i=after.id)
        resume = " WHERE tier > %(t)s OR (tier = %(t)s AND id < %(i)s)"
    cursor.execute(
        f"SELECT {_COLUMNS}, tier FROM (SELECT {_COLUMNS}, {tier} AS tier"
        f" FROM beneficiary WHERE {_PG_MATCH}{caseload}) AS matched{resume}"
        " ORDER BY tier, id DESC LIMIT %(n)s", parameters)
    return cursor.fetchall()


def _postgres_count(cursor, tokens, caseload_of) -> int:
    caseload = " AND assigned_researcher_id = %(r)s" if caseload_of is not None else ""
    cursor.execute(f"SELECT count(*) FROM beneficiary WHERE {_PG_MATCH}{caseload}",
                   {"m": match_expression("postgresql", tokens), "r": caseload_of})
    return cursor.fetchone()[0]


# -- The entry points ---------------------------------------------------------------------------

def search_rows(engine: Engine, tokens: list[str], limit: int, caseload_of: int | None = None,
                after: SearchKey | None = None) -> list[tuple]:
    """Up to ``limit`` matches best first, after ``after``: rows of RESULT_COLUMNS followed by the
    row's tier (its SearchKey with the id).  With ``caseload_of``, only files assigned to that user."""
    page = _sqlite_page if engine.dialect.name == "sqlite" else _postgres_page
    connection = engine.raw_connection()
    try:
        return page(connection.cursor(), tokens, limit, caseload_of, after)
    finally:
        connection.close()


def count_matches(engine: Engine, tokens: list[str], caseload_of: int | None = None) -> int:
    """How many files match every token (within ``caseload_of``'s files when given)."""
    count = _sqlite_count if engine.dialect.name == "sqlite" else _postgres_count
    connection = engine.raw_connection()
    try:
        return count(connection.cursor(), tokens, caseload_of)
    finally:
        connection.close()
