"""Starting on an encrypted database: the sign-in window shows the association's name from the key-slot
file, nothing is opened until a password unwraps the key, a wrong one opens nothing; and a plain
database from before is encrypted at the first sign-in, the person told where the plain copy is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from charity_desk.config import MachineSettings
from charity_desk.db import cipher, key_slots
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.services.registry import Services
from charity_desk.ui.app import AppController

ASSOCIATION = "جمعية الوفاء الخيرية"


def _set_up(url: str, password: str) -> None:
    db = Database(url)
    upgrade_database(db.engine)
    Services(db).setup.initialize(ASSOCIATION, "admin", "مدير النظام", password)
    db.dispose()
    cipher.forget(sqlite_path(url))  # the next start knows no key


def _start(gui_app, qtbot, url: str) -> tuple[AppController, list[str]]:
    controller = AppController(gui_app, None, MachineSettings())
    events: list[str] = []
    controller.sign_in_while_opening(url, lambda: events.append("shown"), lambda: events.append("opened"),
                                     lambda: events.append("locked"))
    qtbot.addWidget(controller.login)
    qtbot.waitUntil(lambda: events[-1:] in (["locked"], ["opened"]))
    return controller, events


def _type_and_enter(qtbot, login, username: str, password: str) -> None:
    login.username.clear()
    login.password.clear()
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_an_encrypted_database_opens_with_the_password_typed(gui_app, qtbot, tmp_path, admin_password, monkeypatch):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    _set_up(url, admin_password)
    controller, events = _start(gui_app, qtbot, url)
    login = controller.login
    assert events == ["shown", "locked"] and controller.services is None
    assert ASSOCIATION in {label.text() for label in login.findChildren(QLabel)}  # from the key-slot file

    _type_and_enter(qtbot, login, "admin", "not the password")
    qtbot.wait(50)
    assert controller.services is None and controller.window is None  # nothing was opened
    assert login.isVisible()

    _type_and_enter(qtbot, login, "admin", admin_password)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    assert events == ["shown", "locked", "opened"]  # the daily backup starts once the database is open
    assert controller.actor_services.actor.username == "admin"


def _accept_message_boxes(seen: list[str]) -> QTimer:
    """Press Enter on each message box that comes up (the conversion's result), noting its text."""

    def accept() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    timer = QTimer()
    timer.timeout.connect(accept)
    timer.start(50)
    return timer


@pytest.mark.parametrize("lang", ["ar"])
def test_a_plain_database_is_encrypted_at_the_first_sign_in(gui_app, qtbot, tmp_path, admin_password,
                                                            monkeypatch, lang):
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", False)
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path.as_posix()}"
    _set_up(url, admin_password)
    monkeypatch.setattr(cipher, "ENCRYPT_NEW_DATABASES", True)  # the new version
    controller, events = _start(gui_app, qtbot, url)
    assert events == ["shown", "opened"] and cipher.is_plaintext(path)

    seen: list[str] = []
    timer = _accept_message_boxes(seen)
    _type_and_enter(qtbot, controller.login, "admin", admin_password)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=20000)
    timer.stop()
    qtbot.addWidget(controller.window)
    assert not cipher.is_plaintext(path) and key_slots.exists(path)
    [told] = seen
    [backup] = list((path.parent / "backups").glob("before-encryption-*.sqlite3"))
    assert str(backup) in told and "غير مشفّرة" in told  # where the plain copy is, and that it is plain
    assert cipher.is_plaintext(backup) or cipher.PLAIN_HEADER in backup.read_bytes()[:4096]
    cipher.forget(path)
    assert Path(f"{path}.keys").is_file()
