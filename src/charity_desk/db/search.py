"""The beneficiary search index: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Both index the ``beneficiary.search_text`` column, which the services fill with the name's words in
order, then the other normalized forms, the national ID and the phone forms (see
``domain.search_text``).  A query is a list of normalized tokens; every token must match the start
of some indexed word.  The index itself is created by the migrations (``db/migrations/versions``).

Results come best first, in four tiers, each with the most recent activity first (``db.activity``):

0. the typed words are the name's first words, whole and in order (أحمد محمد → أحمد محمد …);
1. every typed word is a whole word of the name, anywhere;
2. the first name starts with the first typed word, the other words start words of the name;
3. the rest: every typed word starts some indexed word (a later name part, the ID, a phone).

Pages are keyset-paged on (tier, activity rank): the rank is unique, so it is also the tie-break
between files.  On SQLite each tier is its own full-text expression, and the index is keyed by the
activity rank (the ``search_activity_rank`` migration), so it gives a tier's matches most recent
first and a page costs the same wherever it is and however many match, instead of reading and
sorting every match of the tier by its latest activity (10–50 ms for a common name at 200,000
files).  The caseload rule, when it applies, is part of the same indexed statement with its limit:
the caseload's own index gives its few hundred files and their indexed text is matched and ranked
by the same rules (``_text_tier``), instead of every match of the whole
association being filtered afterwards.

The front desk searches on every keystroke, so the queries run on a pooled DB-API connection with
no ORM in between: the whole service call costs little more than the SQL itself.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Engine

#: The columns every search returns, in this order; a row then carries its activity rank and tier.
RESULT_COLUMNS = ("id", "full_name", "national_id", "mobile", "region", "city", "status")
TIERS = 4
_COLUMNS = ", ".join(RESULT_COLUMNS)


class SearchKey(NamedTuple):
    """Where a page of results stopped: the last row's tier and activity rank."""

    tier: int
    rank: int


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

# The index, keyed by activity rank, gives a tier's matches most recent first; only the page's rows
# are then read (by the rank's unique index).
_SQLITE_TIER = (
    f"SELECT {_COLUMNS}, activity_rank, :t FROM beneficiary WHERE activity_rank IN (SELECT rowid"
    " FROM beneficiary_fts WHERE beneficiary_fts MATCH :m AND rowid < :i ORDER BY rowid DESC LIMIT :n)"
    " ORDER BY activity_rank DESC"
)
_NO_KEY = 2**63 - 1


def _sqlite_page(cursor, tokens, limit, after) -> list[tuple]:
    rows: list[tuple] = []
    for tier, expression in enumerate(tier_expressions(tokens)):
        if after is not None and tier < after.tier:
            continue
        below = after.rank if after is not None and tier == after.tier else _NO_KEY
        cursor.execute(_SQLITE_TIER, {"m": expression, "t": tier, "i": below, "n": limit - len(rows)})
        rows += cursor.fetchall()
        if len(rows) >= limit:
            break
    return rows


def _sqlite_count(cursor, tokens) -> int:
    cursor.execute("SELECT count(*) FROM beneficiary_fts WHERE beneficiary_fts MATCH :m",
                   {"m": match_expression("sqlite", tokens)})
    return cursor.fetchone()[0]


# -- The same tiers read from the indexed text itself ------------------------------------------
# Query tokens are runs of letters and digits (domain.arabic), so they need no LIKE escaping.  The
# indexed text is the same words separated by single spaces, so these conditions say exactly what
# the full-text expressions say.

def _placeholder(dialect: str):
    return (lambda name: f":{name}") if dialect == "sqlite" else (lambda name: f"%({name})s")


def _text_match(dialect: str, tokens: list[str]) -> tuple[str, dict]:
    """Every token starts a word of ``search_text``."""
    p = _placeholder(dialect)
    parameters = {f"s{index}": f"% {token}%" for index, token in enumerate(tokens)}
    return " AND ".join(f"(' ' || search_text) LIKE {p(name)}" for name in parameters), parameters


def _text_tier(dialect: str, tokens: list[str]) -> tuple[str, dict]:
    """The tier (module docstring) as a SQL expression over ``search_text``."""
    p = _placeholder(dialect)
    parameters = {"start": " ".join(tokens) + " %", "first": tokens[0] + "%"}
    whole = []
    for index, token in enumerate(tokens):
        parameters[f"w{index}"] = f"% {token} %"
        whole.append(f"(' ' || search_text || ' ') LIKE {p(f'w{index}')}")
    tier = (f"CASE WHEN (search_text || ' ') LIKE {p('start')} THEN 0 WHEN {' AND '.join(whole)} THEN 1"
            f" WHEN search_text LIKE {p('first')} THEN 2 ELSE 3 END")
    return tier, parameters


def _ranked(dialect: str, tokens: list[str], match: str, limit: int, after) -> tuple[str, dict]:
    """The statement for a page of ``match``'s rows ranked by their text's tier."""
    p = _placeholder(dialect)
    tier, parameters = _text_tier(dialect, tokens)
    parameters["n"] = limit
    resume = ""
    if after is not None:
        parameters.update(t=after.tier, i=after.rank)
        resume = f" WHERE tier > {p('t')} OR (tier = {p('t')} AND activity_rank < {p('i')})"
    return (f"SELECT {_COLUMNS}, activity_rank, tier FROM (SELECT {_COLUMNS}, activity_rank, {tier} AS tier"
            f" FROM beneficiary WHERE {match}) AS matched{resume} ORDER BY tier, activity_rank DESC"
            f" LIMIT {p('n')}", parameters)


# -- A caseload: its own index first, then the text of its few hundred files -------------------
# Asking the full-text index about each file of a caseload costs a prefix lookup per file (about
# a millisecond for a common name); reading the caseload's rows by their index and matching their
# text costs a few microseconds each, inside the one statement that has the limit.

def _caseload_condition(dialect: str, tokens: list[str], caseload_of: int) -> tuple[str, dict]:
    match, parameters = _text_match(dialect, tokens)
    parameters["r"] = caseload_of
    return f"assigned_researcher_id = {_placeholder(dialect)('r')} AND {match}", parameters


def _caseload_page(dialect, cursor, tokens, limit, caseload_of, after) -> list[tuple]:
    condition, parameters = _caseload_condition(dialect, tokens, caseload_of)
    statement, ranking = _ranked(dialect, tokens, condition, limit, after)
    cursor.execute(statement, parameters | ranking)
    return cursor.fetchall()


def _caseload_count(dialect, cursor, tokens, caseload_of) -> int:
    condition, parameters = _caseload_condition(dialect, tokens, caseload_of)
    cursor.execute(f"SELECT count(*) FROM beneficiary WHERE {condition}", parameters)
    return cursor.fetchone()[0]


# -- PostgreSQL: the GIN index finds the matches, their text gives the tier -----------------------

_PG_MATCH = "to_tsvector('simple', search_text) @@ to_tsquery('simple', %(m)s)"


def _postgres_page(cursor, tokens, limit, after) -> list[tuple]:
    statement, parameters = _ranked("postgresql", tokens, _PG_MATCH, limit, after)
    cursor.execute(statement, parameters | {"m": match_expression("postgresql", tokens)})
    return cursor.fetchall()


def _postgres_count(cursor, tokens) -> int:
    cursor.execute(f"SELECT count(*) FROM beneficiary WHERE {_PG_MATCH}",
                   {"m": match_expression("postgresql", tokens)})
    return cursor.fetchone()[0]


# -- The entry points ---------------------------------------------------------------------------

def search_rows(engine: Engine, tokens: list[str], limit: int, caseload_of: int | None = None,
                after: SearchKey | None = None) -> list[tuple]:
    """Up to ``limit`` matches best first, after ``after``: rows of RESULT_COLUMNS followed by the
    row's activity rank and tier (its SearchKey).  With ``caseload_of``, only files assigned to that user."""
    dialect = engine.dialect.name
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        if caseload_of is not None:
            return _caseload_page(dialect, cursor, tokens, limit, caseload_of, after)
        if dialect == "sqlite":
            return _sqlite_page(cursor, tokens, limit, after)
        return _postgres_page(cursor, tokens, limit, after)
    finally:
        connection.close()


def count_matches(engine: Engine, tokens: list[str], caseload_of: int | None = None) -> int:
    """How many files match every token (within ``caseload_of``'s files when given)."""
    dialect = engine.dialect.name
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        if caseload_of is not None:
            return _caseload_count(dialect, cursor, tokens, caseload_of)
        return _sqlite_count(cursor, tokens) if dialect == "sqlite" else _postgres_count(cursor, tokens)
    finally:
        connection.close()
