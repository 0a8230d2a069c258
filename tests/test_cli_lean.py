"""The command line reads its arguments before loading any service: asserted through the modules a
real process has loaded (``sys.modules``), not with a timer."""

import json
import subprocess
import sys

import pytest

from cli_runs import ADMIN, ADMIN_PASSWORD, create_admin, run_cli

HEAVY = {"sqlalchemy", "PySide6", "reportlab", "openpyxl", "alembic"}
DOCUMENTS_AND_MIGRATIONS = {"reportlab", "openpyxl", "alembic"}

_PROBE = """
import json, sys
from charity_desk.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as leaving:
    code = leaving.code
loaded = sorted({name.split(".")[0] for name in sys.modules})
print("LOADED " + json.dumps({"code": code, "modules": loaded}), file=sys.stderr)
"""


def loaded_by(*args: str, stdin: str = "") -> tuple[object, set[str]]:
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], input=stdin, capture_output=True, text=True,
                            timeout=300)
    report = json.loads(result.stderr.rsplit("LOADED ", 1)[1])
    return report["code"], set(report["modules"])


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["search", "--help"], ["--lang", "en", "--help"]])
def test_version_and_help_load_no_database_qt_document_or_migration_library(args):
    code, modules = loaded_by(*args)
    assert code == 0
    assert modules & HEAVY == set()


def test_search_loads_no_document_spreadsheet_or_migration_library(tmp_path):
    url = str(tmp_path / "db.sqlite3")
    assert run_cli("demo", "--beneficiaries", "5", "--db", url).returncode == 0
    create_admin(url)
    code, modules = loaded_by("search", "ال", "--db", url, "--user", ADMIN, "--password-stdin",
                              stdin=ADMIN_PASSWORD + "\n")
    assert code == 0  # signed in and found people
    assert modules & DOCUMENTS_AND_MIGRATIONS == set()
