"""Start-up: the sign-in window is drawn before the database opens, and nothing heavy loads on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from charity_desk.config import DATA_DIR_ENV, MachineSettings
from charity_desk.db import cipher
from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from charity_desk.ui.app import (
    DATABASE_LOCKED_LINE,
    DATABASE_OPEN_LINE,
    STARTUP_PROBE_ENV,
    STARTUP_PROBE_LINE,
    AppController,
)

ASSOCIATION = "جمعية البر الخيرية"
NOT_ON_THE_WAY = (
    "reportlab",  # letters and reports
    "openpyxl",  # spreadsheets
    "alembic",  # migrations: only when an upgrade is due
    "cryptography",  # encrypted backups
    "psycopg",  # the PostgreSQL driver, for a SQLite desk
    "pypdf",
    "qrcode",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "charity_desk.ui.main_window",  # after sign-in
)

# Runs the real entry point; at exit (the probe quits once the database is open) it prints every module
# the process loaded.
START_AND_LIST_MODULES = """
import atexit, json, sys
atexit.register(lambda: print("modules " + json.dumps(sorted(sys.modules)), flush=True))
from charity_desk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def set_up_database(url: str, password: str) -> None:
    db = Database(url)
    upgrade_database(db.engine)
    Services(db).setup.initialize(ASSOCIATION, "admin", "مدير النظام", password)
    db.dispose()


def test_the_way_to_the_sign_in_window_loads_no_heavy_library(tmp_path, isolated_data_dir, admin_password):
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    set_up_database(url, admin_password)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1", DATA_DIR_ENV: str(isolated_data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", START_AND_LIST_MODULES, url], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # An encrypted database opens with the sign-in (tests/ui/test_encrypted_sign_in.py): the probe stops there.
    opened = DATABASE_LOCKED_LINE if cipher.ENCRYPT_NEW_DATABASES else DATABASE_OPEN_LINE
    assert lines[:2] == [STARTUP_PROBE_LINE, opened], result.stdout
    modules = set(json.loads(lines[2].removeprefix("modules ")))
    assert "sqlalchemy" in modules and "charity_desk.ui.dialogs.login" in modules  # the list is real
    loaded = sorted(name for name in modules if name.split(".")[0] in NOT_ON_THE_WAY or name in NOT_ON_THE_WAY)
    assert loaded == []


def test_sign_in_window_first_then_the_database_behind_it(gui_app, qtbot, tmp_path, admin_password, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)  # a plain database opens behind the window
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    set_up_database(url, admin_password)
    settings = MachineSettings()  # a machine that never opened this database: no name to show yet
    controller = AppController(gui_app, None, settings)
    events: list[str] = []
    controller.sign_in_while_opening(url, lambda: events.append("shown"), lambda: events.append("opened"))
    login = controller.login
    qtbot.addWidget(login)
    assert controller.services is None  # drawn before the database is touched
    qtbot.waitUntil(lambda: events == ["shown", "opened"])
    assert login.isVisible()
    assert ASSOCIATION in {label.text() for label in login.findChildren(QLabel)}
    assert MachineSettings.load().association_name == ASSOCIATION  # the title of the next start

    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, admin_password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    assert controller.actor_services.actor.username == "admin"
