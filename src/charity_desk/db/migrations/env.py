"""Alembic environment: runs against the connection the application hands it."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from charity_desk.db import models  # noqa: F401 - registers every table
from charity_desk.db.base import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the search index (FTS5 tables, made by hand in 0001) out of autogenerate."""
    return not (type_ == "table" and name.startswith("beneficiary_fts"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Charity Desk migrations run online only.")
run_migrations_online()
