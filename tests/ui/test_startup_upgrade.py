"""Start-up on a desk of the previous release: the upgrade (a sealed copy, the schema, the one-time seal
of the audit trail) runs off the GUI thread behind a modal progress dialog, before anyone signs in;
and ``--lang`` given to the window is the window's language for that start."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import text

from charity_desk.config import DATA_DIR_ENV, MachineSettings
from charity_desk.db.engine import Database
from charity_desk.db.migrate import current_revision, head_revision, upgrade_database
from charity_desk.services.audit import TRANSITION
from charity_desk.services.audit_verify import verify_chain
from charity_desk.services.backup_manifest import is_sealed
from charity_desk.services.registry import Services
from charity_desk.ui.app import STARTUP_PROBE_ENV, AppController
from migrations.old_desk import ADMIN, PASSWORD, before_upgrade_copy, make_old_desk

ENTRIES = 3_000


def _actions(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.execute(text("SELECT action FROM audit_entry ORDER BY id")).scalars())


def test_an_old_desk_is_upgraded_and_its_trail_sealed_behind_a_progress_dialog(gui_app, qtbot, tmp_path):
    url = make_old_desk(tmp_path / "desk.sqlite3", ENTRIES)
    controller = AppController(gui_app, None, MachineSettings())
    shown_over_sign_in: list[tuple[str, bool]] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QProgressDialog) and not shown_over_sign_in:
            shown_over_sign_in.append(
                (modal.labelText(), modal.windowModality() == Qt.WindowModality.ApplicationModal))
            modal.grab().save(str(tmp_path / "upgrade-progress.png"))

    watch = QTimer()
    watch.timeout.connect(look)
    watch.start(2)
    events: list[str] = []
    controller.sign_in_while_opening(url, lambda: events.append("shown"), lambda: events.append("opened"))
    qtbot.addWidget(controller.login)
    qtbot.waitUntil(lambda: events == ["shown", "opened"], timeout=60_000)
    watch.stop()

    preparing = QApplication.translate("App", "Preparing the database…")
    assert preparing != "Preparing the database…"  # in Arabic
    assert shown_over_sign_in == [(preparing, True)]  # the sign-in window took no input meanwhile
    db = controller.services.db
    assert current_revision(db.engine) == head_revision()
    assert is_sealed(before_upgrade_copy(tmp_path / "backups"))
    assert _actions(db)[ENTRIES:] == [TRANSITION]  # sealed by the upgrade, before the sign-in

    login = controller.login
    qtbot.keyClicks(login.username, ADMIN)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    assert _actions(db)[ENTRIES:] == [TRANSITION, "login"]
    assert verify_chain(db).ok


# Runs the real entry point (the probe quits once the database is open) and prints, at exit, the
# language and direction the window was shown in.
START_AND_TELL_LANGUAGE = """
import atexit, sys
from PySide6.QtGui import QGuiApplication
from charity_desk.i18n import current_language
atexit.register(lambda: print("window", current_language(), QGuiApplication.layoutDirection().name, flush=True))
from charity_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _start(*args: str, data_dir) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1", DATA_DIR_ENV: str(data_dir)}
    result = subprocess.run([sys.executable, "-c", START_AND_TELL_LANGUAGE, *args], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[-1].split()


def test_lang_en_given_to_the_window_is_its_language_for_that_start(tmp_path, isolated_data_dir):
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    db = Database(url)
    upgrade_database(db.engine)
    Services(db).setup.initialize("جمعية البر الخيرية", ADMIN, "مدير النظام", PASSWORD)
    db.dispose()
    database = str(tmp_path / "desk.sqlite3")

    assert _start("--lang", "en", "--db", database, data_dir=isolated_data_dir) == ["window", "en", "LeftToRight"]
    assert _start("--db", database, data_dir=isolated_data_dir) == ["window", "ar", "RightToLeft"]  # settings kept
    assert MachineSettings.load().language == "ar"
