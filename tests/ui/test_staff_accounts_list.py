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
