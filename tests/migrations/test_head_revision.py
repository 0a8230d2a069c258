"""The start-up schema check knows the newest revision without Alembic; Alembic must agree with it."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from charity_desk.db.migrate import alembic_config, current_revision, head_revision, upgrade_database


def test_head_from_the_script_names_is_alembics_head():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    # Every script follows the NNNN_what.py naming with revision id NNNN, so the names tell the head.
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path


def test_current_revision_of_a_new_an_upgraded_and_an_older_database(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert current_revision(engine) is None
    upgrade_database(engine)
    assert current_revision(engine) == head_revision()
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert current_revision(engine) == "0001"
