"""The permission matrix in Settings: a check box per role and permission, saved with the password."""

from PySide6.QtCore import Qt

from charity_desk.domain.roles import Permission, Role
from charity_desk.services.actor import Actor
from charity_desk.ui.screens.settings import SettingsPage
from charity_desk.ui.screens.settings_roles import RolePermissionsBox


def _box(qtbot, services, actor) -> RolePermissionsBox:
    box = RolePermissionsBox(services.acting_as(actor))
    qtbot.addWidget(box)
    box.activate()
    return box


def test_ticks_show_the_stored_matrix_and_the_administrators_cell_is_locked(gui_app, qtbot, services, admin):
    box = _box(qtbot, services, admin)
    assert len(box.boxes) == len(Role) * len(Permission)
    assert box.boxes[(Role.FRONT_DESK, Permission.ALL_FILES_VIEW)].isChecked()
    assert not box.boxes[(Role.SOCIAL_RESEARCHER, Permission.ALL_FILES_VIEW)].isChecked()
    keep = box.boxes[(Role.ADMINISTRATOR, Permission.USERS_MANAGE)]
    assert keep.isChecked() and not keep.isEnabled()


def test_saving_with_the_password_changes_the_next_sign_in(gui_app, qtbot, services, admin, admin_password):
    box = _box(qtbot, services, admin)
    box.boxes[(Role.SOCIAL_RESEARCHER, Permission.ALL_FILES_VIEW)].setChecked(True)
    box.boxes[(Role.EXECUTIVE, Permission.EXPORT)].setChecked(False)
    qtbot.keyClicks(box.password, admin_password)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.error.isVisibleTo(box)
    assert "1" in box.saved.text()
    assert box.password.text() == ""
    matrix = services.acting_as(admin).role_permissions.matrix()
    assert matrix.allows(Role.SOCIAL_RESEARCHER, Permission.ALL_FILES_VIEW)
    assert not matrix.allows(Role.EXECUTIVE, Permission.EXPORT)


def test_wrong_password_shows_why_and_changes_nothing(gui_app, qtbot, services, admin):
    box = _box(qtbot, services, admin)
    before = services.acting_as(admin).role_permissions.matrix()
    box.boxes[(Role.FRONT_DESK, Permission.BENEFICIARY_EDIT)].setChecked(False)
    qtbot.keyClicks(box.password, "wrong password")
    qtbot.keyClick(box.password, Qt.Key.Key_Return)
    assert box.error.isVisibleTo(box) and box.error.text()
    assert services.acting_as(admin).role_permissions.matrix() == before


def test_only_account_managers_get_the_matrix(gui_app, qtbot, services, admin):
    clerk = Actor(user_id=admin.user_id, username="clerk", full_name="clerk", role=Role.FRONT_DESK)
    for actor, expected in ((admin, True), (clerk, False)):
        page = SettingsPage(services, services.acting_as(actor), "ar")
        qtbot.addWidget(page)
        assert page.tabs.has("roles") is expected
