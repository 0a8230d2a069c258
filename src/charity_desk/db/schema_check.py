"""Is a SQLite file a complete Charity Desk database of its schema revision?

The reference for a revision is an empty database upgraded to that revision by the project's own
migrations (built once per revision in a scratch folder), so a copy is compared with exactly what
the program would have had: every table and column present, no table, trigger or view of its own.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Schema:
    #: table -> its column names
    tables: dict[str, frozenset[str]]
    #: (type, name) -> normalised SQL, for triggers and views (code that runs inside the database)
    code: dict[tuple[str, str], str]


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(connection: sqlite3.Connection) -> Schema:
    tables: dict[str, frozenset[str]] = {}
    code: dict[tuple[str, str], str] = {}
    for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_master"):
        if name.startswith("sqlite_"):
            continue  # SQLite's own (statistics from ANALYZE, AUTOINCREMENT counters): present or not
        if kind == "table":
            columns = connection.execute(f'PRAGMA table_xinfo("{name.replace(chr(34), "")}")').fetchall()
            tables[name] = frozenset(column[1] for column in columns)
        elif kind in ("trigger", "view"):
            code[(kind, name)] = _normalised(sql)
    return Schema(tables, code)


@lru_cache(maxsize=4)
def reference_schema(revision: str) -> Schema:
    """The schema the migrations give at ``revision`` (an empty database, upgraded in a scratch folder)."""
    from alembic import command
    from sqlalchemy import create_engine

    from charity_desk.db.migrate import alembic_config

    with tempfile.TemporaryDirectory(prefix="charity-desk-schema-") as scratch:
        path = Path(scratch) / "reference.sqlite3"
        engine = create_engine(f"sqlite:///{path.as_posix()}")
        try:
            config = alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(path)) as connection:
            return read_schema(connection)


@dataclass(frozen=True)
class SchemaProblem:
    """What is wrong: ``missing_table``, ``missing_column``, ``missing_code`` (a trigger or view the
    program makes), ``extra_table`` or ``extra_code`` (a trigger or view it never made, or one changed)."""

    kind: str
    name: str


def compare(found: Schema, expected: Schema) -> SchemaProblem | None:
    """The first difference that makes ``found`` not a Charity Desk database of ``expected``'s revision."""
    for table in sorted(expected.tables):
        if table not in found.tables:
            return SchemaProblem("missing_table", table)
        missing = sorted(expected.tables[table] - found.tables[table])
        if missing:
            return SchemaProblem("missing_column", f"{table}.{missing[0]}")
    extra = sorted(set(found.tables) - set(expected.tables))
    if extra:
        return SchemaProblem("extra_table", extra[0])
    missing_code = sorted(set(expected.code) - set(found.code))
    if missing_code:
        return SchemaProblem("missing_code", missing_code[0][1])
    for key, sql in sorted(found.code.items()):
        if expected.code.get(key) != sql:
            return SchemaProblem("extra_code", key[1])
    return None


def compare_with_models(engine) -> SchemaProblem | None:
    """For a server database (upgraded): every table and column the models declare is there."""
    from sqlalchemy import inspect

    from charity_desk.db.base import Base
    from charity_desk.db.models import AuditEntry  # noqa: F401 - registers every model's table

    inspector = inspect(engine)
    found = set(inspector.get_table_names())
    for name, table in sorted(Base.metadata.tables.items()):
        if name not in found:
            return SchemaProblem("missing_table", name)
        columns = {column["name"] for column in inspector.get_columns(name)}
        missing = sorted(column.name for column in table.columns if column.name not in columns)
        if missing:
            return SchemaProblem("missing_column", f"{name}.{missing[0]}")
    return None
