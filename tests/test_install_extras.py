"""What `pip install .` brings (one desk) and what the extras add: the PostgreSQL driver only on request."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from charity_desk.config import DATA_DIR_ENV

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))

# A desk without the PostgreSQL driver (as after `pip install .`) asked to open a PostgreSQL database.
WITHOUT_DRIVER = """
import sys
sys.modules["psycopg"] = None  # the driver is not installed: importing it fails
from charity_desk.db.engine import Database, DatabaseLocationError
from charity_desk.i18n import in_arabic
try:
    Database("postgresql+psycopg://desk@127.0.0.1:1/charity")
except DatabaseLocationError as error:
    print(error.message.render())
    print(in_arabic(error.message.context, error.message.text))
"""


# Every module of the application imported, and a SQLite database opened and upgraded.
EVERY_MODULE_ON_SQLITE = """
import importlib, pkgutil, sys
import charity_desk
for module in pkgutil.walk_packages(charity_desk.__path__, "charity_desk."):
    if ".migrations" not in module.name and not module.name.endswith("__main__"):
        importlib.import_module(module.name)
from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
upgrade_database(Database(sys.argv[1]).engine)
print(sorted(name for name in sys.modules if name.split(".")[0] in ("psycopg", "psycopg_binary")))
"""


def _names(requirements: list[str]) -> set[str]:
    return {requirement.split("[")[0].split(">")[0].split("=")[0].split("!")[0].strip() for requirement in requirements}


def test_one_desk_installs_no_postgresql_driver_and_the_extras_add_it():
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert "psycopg" not in _names(PYPROJECT["project"]["dependencies"])
    assert "psycopg[binary]>=3.2" in extras["postgres"]
    assert {"psycopg", "pypdfium2", "pypdf"} <= _names(extras["test"])


def test_a_postgresql_url_without_the_driver_says_which_pip_line_installs_it():
    result = subprocess.run([sys.executable, "-c", WITHOUT_DRIVER], capture_output=True, text=True, timeout=60)
    english, arabic = result.stdout.splitlines()[:2]
    assert 'pip install "psycopg[binary]>=3.2"' in english and 'pip install ".[postgres]"' in english
    assert "غير مثبّت" in arabic and 'pip install ".[postgres]"' in arabic


def test_nothing_loads_the_postgresql_driver_for_a_sqlite_desk(tmp_path):
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_ENV: str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", EVERY_MODULE_ON_SQLITE, url], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
