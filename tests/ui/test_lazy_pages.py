"""Pages with several registers are built without a query, and only the tab in front is built: each
other tab is built when the user opens it with the mouse, and shows its data then."""

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import event

from charity_desk.ui.screens.privacy import PrivacyPage
from charity_desk.ui.screens.surveys import SurveysPage


@contextmanager
def statements(db):
    """The SQL statements sent to the database inside the block."""
    sent: list[str] = []

    def record(_connection, _cursor, statement, *_args):
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def open_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index)


@pytest.mark.parametrize(("page_class", "keys"), [
    (SurveysPage, ["pending", "results", "complaints", "reach", "reverification"]),
    (PrivacyPage, ["requests", "breaches", "notice", "retention"]),
])
def test_a_page_is_built_without_a_query_and_with_only_its_first_tab(gui_app, qtbot, services, admin, database,
                                                                     page_class, keys):
    acting = services.acting_as(admin)
    with statements(database) as sent:
        page = page_class(acting)
    qtbot.addWidget(page)
    assert sent == []
    assert [page.tabs.is_built(key) for key in keys] == [True] + [False] * (len(keys) - 1)

    page.resize(1366, 768)
    page.show()
    for index, key in enumerate(keys[1:], start=1):
        with statements(database) as sent:
            open_tab(qtbot, page.tabs, index)
        assert page.tabs.is_built(key)
        assert page.tabs.currentWidget() is getattr(page, key)
        assert sent, f"the {key} tab read nothing when opened"
    # Back to a tab built before: the same widget, not a second one.
    first = page.tabs.widget(0)
    open_tab(qtbot, page.tabs, 0)
    assert page.tabs.currentWidget() is first is getattr(page, keys[0])


def test_settings_is_built_with_its_general_tab_only_and_each_other_tab_reads_when_opened(
        gui_app, qtbot, services, admin, database):
    from charity_desk.ui.screens.settings import SettingsPage
    from charity_desk.ui.screens.settings_roles import RolePermissionsBox

    page = SettingsPage(services, services.acting_as(admin), "ar")
    qtbot.addWidget(page)
    keys = page.tab_keys
    assert keys == ["general", "roles", "letterhead", "letter_templates", "messages", "committees"]
    assert [page.tabs.is_built(key) for key in keys] == [True] + [False] * (len(keys) - 1)
    page.resize(1366, 768)
    page.show()
    page.activate()
    assert page.users_model.total >= 1  # the general tab's staff accounts are read on the visit

    for index, key in enumerate(keys[1:], start=1):
        with statements(database) as sent:
            open_tab(qtbot, page.tabs, index)
        assert page.tabs.is_built(key)
        assert sent, f"the {key} tab read nothing when opened"
    assert isinstance(page.group("roles"), RolePermissionsBox)
    # Back to a tab built before: the same widget, read again.
    first = page.tabs.widget(1)
    with statements(database) as sent:
        open_tab(qtbot, page.tabs, 1)
    assert page.tabs.currentWidget() is first and sent
