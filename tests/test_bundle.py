"""The PyInstaller bundle (installer/): build it, then run the frozen executable as a user would.

One build (about half a minute on two cores) serves every test here; PyInstaller's cache, work
folder and output all go to a temporary folder. The bundle is checked against the source tree it
was built from, so the tests hold while the application changes.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

import charity_desk

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "installer" / "build.py"
EXECUTABLE = "charity-desk-cli.exe" if sys.platform == "win32" else "charity-desk"
BUILD_TIMEOUT_S = 480
RUN_TIMEOUT_S = 120
PASSWORD = "Bundle-Test-Passw0rd!"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail('PyInstaller is missing: pip install -e ".[test]"')
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(out / "pyinstaller-cache")}
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(out / "dist"), "--work", str(out / "build")],
        cwd=out, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    folder = out / "dist" / "charity-desk"
    assert f"bundle: {folder}" in result.stdout
    assert (folder / EXECUTABLE).is_file()
    return folder


@pytest.fixture
def app_env(tmp_path) -> dict[str, str]:
    """The bundle's environment: its own data folder, no display, nothing from the source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(CHARITY_DESK_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return env


def run(bundle: Path, env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle / EXECUTABLE), *args], input=stdin, env=env, cwd=Path(env["CHARITY_DESK_DATA_DIR"]).parent,
        capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S,
    )


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result.stdout


def bundled_head(bundle: Path) -> str:
    """The newest revision among the migration scripts inside the bundle."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(bundle / "_internal" / "charity_desk" / "db" / "migrations"))
    return ScriptDirectory.from_config(config).get_current_head()


def schema_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    from charity_desk.db import cipher, key_slots

    key = key_slots.open_key(path) if key_slots.exists(path) else None  # a new database's set-up slot
    with closing(cipher.connect(path, key) if key is not None else sqlite3.connect(path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except (sqlite3.OperationalError, cipher.dbapi().OperationalError):  # no table made yet
            return None
    return row[0] if row else None


def test_version(bundle, app_env):
    assert ok(run(bundle, app_env, "--version")).strip() == f"charity-desk {charity_desk.__version__}"


def test_bundle_holds_the_application_files(bundle):
    internal = bundle / "_internal"
    assert (internal / "charity_desk" / "translations" / "charity_desk_ar.qm").is_file()
    assert (internal / "charity_desk" / "resources" / "style.qss").is_file()
    assert {p.name for p in (ROOT / "data").glob("*.json")} <= {
        p.name for p in (internal / "charity_desk" / "data").glob("*.json")
    }
    assert (internal / "fontpkg_amiri" / "files" / "Amiri-Regular.ttf").is_file()
    assert (internal / "fontpkg_ibm_plex_sans_arabic" / "files" / "IBMPlexSansArabic-Regular.ttf").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        assert (plugins / "platforms" / "libqoffscreen.so").is_file()
        assert (plugins / "platforms" / "libqxcb.so").is_file()
        assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ar.qm").is_file()
    unused = [p.name for p in internal.rglob("*") if "WebEngine" in p.name or "Qt6Quick" in p.name]
    assert not unused
    dangling = [p.name for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def test_command_line_against_a_fresh_database(bundle, app_env, tmp_path):
    path = tmp_path / "x.sqlite3"
    db = f"sqlite:///{path.as_posix()}"
    assert str(path) in ok(run(bundle, app_env, "migrate", "--db", db))
    assert schema_revision(path) == bundled_head(bundle)

    assert "admin" in ok(
        run(bundle, app_env, "create-admin", "--db", db, "--username", "admin", "--password-stdin",
            stdin=PASSWORD + "\n")
    )
    signed_in = ("--db", db, "--user", "admin", "--password-stdin")
    ok(run(bundle, app_env, "demo", "--beneficiaries", "30", *signed_in, stdin=PASSWORD + "\n"))
    found = json.loads(ok(run(bundle, app_env, "search", "محمد", "--json", *signed_in, stdin=PASSWORD + "\n")))
    # The frozen SQLCipher library encrypted it: no name in the file, and only a password opens it.
    from charity_desk.db import cipher, key_slots

    if cipher.ENCRYPT_NEW_DATABASES:
        assert not cipher.is_plaintext(path) and key_slots.open_key(path) is None
        assert "محمد".encode() not in path.read_bytes()
    assert found and all("محمد" in person["full_name"] for person in found)
    # The frozen search answers what the application run from source answers on the same database.
    from_source = subprocess.run(
        [sys.executable, "-m", "charity_desk", "search", "محمد", "--json", *signed_in],
        input=PASSWORD + "\n", env={**os.environ, "CHARITY_DESK_DATA_DIR": app_env["CHARITY_DESK_DATA_DIR"]},
        capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_S,
    )
    assert found == json.loads(ok(from_source))

    # Translations (.qm) load inside the bundle: the audit check reports in Arabic, the default.
    verified = ok(run(bundle, app_env, "audit", "verify", *signed_in, stdin=PASSWORD + "\n"))
    assert any("\u0600" <= ch <= "\u06ff" for ch in verified), verified

    workbook = tmp_path / "beneficiaries.xlsx"
    exported = ok(run(bundle, app_env, "export", "beneficiaries", str(workbook), *signed_in, stdin=PASSWORD + "\n"))
    assert "30" in exported and str(workbook) in exported
    assert workbook.stat().st_size > 0


def test_postgresql_driver_is_bundled(bundle, app_env):
    """A refused connection, not a missing module: psycopg and libpq made it into the bundle."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(bundle, app_env, "migrate", "--db", f"postgresql://nobody@127.0.0.1:{port}/none")
    assert result.returncode != 0
    assert "psycopg.OperationalError" in result.stderr, result.stderr
    assert "No module named" not in result.stderr


def test_gui_starts_offscreen(bundle, app_env, tmp_path):
    """The GUI (no subcommand) loads Qt's offscreen platform, the fonts, the style sheet, the language and
    QtPdf (imported with the main window), upgrades its database and waits at the first-run dialog."""
    path = tmp_path / "gui.sqlite3"
    head = bundled_head(bundle)
    process = subprocess.Popen(
        [str(bundle / EXECUTABLE), "--db", f"sqlite:///{path.as_posix()}"],
        env=app_env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while schema_revision(path) != head and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert schema_revision(path) == head
        time.sleep(3)  # past building the first dialog
        assert process.poll() is None, "the GUI exited"
    finally:
        process.kill()
        out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err
    assert "could not load the Qt platform plugin" not in err.lower(), err
