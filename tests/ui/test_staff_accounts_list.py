"""The staff accounts in Settings: read a page at a time with the lock looked up in the same query;
unlocking an account changes its row only."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from charity_desk.domain.roles import Role
from charity_desk.services.auth import LoginFailed
from charity_desk.services.sign_in_throttle import FREE_ATTEMPTS
from charity_desk.ui.screens.settings import SettingsPage


def test_a_locked_account_is_marked_and_unlocking_changes_its_row_only(gui_app, qtbot, services, admin):
    acting = services.acting_as(admin)
    clerk = acting.users.create("Clerk.One", "منى الدوسري", Role.FRONT_DESK, "a long password 1")
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.auth.login(" clerk.one", "wrong password")  # typed differently: the same account
    page = SettingsPage(services, acting, "ar")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    model, table = page.users_model, page.users_list
    assert model.total == 2
    assert model.row(model.find(clerk.id)).locked
    assert model.data(model.index(model.find(clerk.id), 3)) == page.tr("locked")
    assert not model.row(model.find(admin.user_id)).locked

    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    assert table.choose(clerk.id)
    unlock = next(b for b in page.findChildren(QPushButton) if b.text() == page.tr("Unlock selected"))
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert not resets and not model.row(model.find(clerk.id)).locked
    assert model.data(model.index(model.find(clerk.id), 3)) == ""


def test_closing_an_account_by_keyboard_removes_its_sign_in_and_its_key_slot(gui_app, qtbot, services, admin,
                                                                           monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from charity_desk.db import cipher, key_slots
    from charity_desk.db.engine import sqlite_path

    acting = services.acting_as(admin)
    clerk = acting.users.create("clerk.two", "سارة القحطاني", Role.FRONT_DESK, "a long password 2")
    path = sqlite_path(services.db.url)
    encrypted = path is not None and key_slots.exists(path)
    if encrypted:
        assert key_slots.has_user_slot(path, "clerk.two")
    page = SettingsPage(services, acting, "ar")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    model, table = page.users_model, page.users_list
    assert table.choose(clerk.id)
    close = next(b for b in page.findChildren(QPushButton) if b.text() == page.tr("Close selected account…"))

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box.button(QMessageBox.StandardButton.Yes), Qt.Key.Key_Space)

    QTimer.singleShot(100, answer_yes)
    close.setFocus()
    qtbot.keyClick(close, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not model.row(model.find(clerk.id)).active)
    assert model.data(model.index(model.find(clerk.id), 3)) == page.tr("closed")
    with pytest.raises(LoginFailed):
        services.auth.login("clerk.two", "a long password 2")
    if encrypted:
        assert not key_slots.has_user_slot(path, "clerk.two")
        cipher.forget(path)
        from charity_desk.services import auth

        with pytest.raises(LoginFailed):
            auth.unlock(services.db.url, "clerk.two", "a long password 2")
