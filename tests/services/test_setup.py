"""First run: association name plus the first administrator, all or nothing."""

import pytest

from charity_desk.domain.roles import Role
from charity_desk.services.actor import SYSTEM
from charity_desk.services.errors import ServiceError
from charity_desk.services.users import UserService


def test_fresh_database_needs_setup(services):
    state = services.setup.state()
    assert not state.has_association and not state.has_accounts and not state.complete


def test_initialize_creates_association_and_admin(services):
    services.setup.initialize("جمعية البر", "admin", "المدير", "admin password")
    assert services.setup.state().complete
    assert services.setup.association_name() == "جمعية البر"
    assert services.auth.login("admin", "admin password").role is Role.ADMINISTRATOR


def test_bad_admin_password_leaves_nothing_behind(services):
    with pytest.raises(ServiceError) as error:
        services.setup.initialize("جمعية البر", "admin", "المدير", "short")
    assert error.value.field == "password"
    assert not services.setup.state().has_association


def test_admin_made_on_the_command_line_is_kept(services):
    UserService(services.db, SYSTEM).create("root", "المدير", Role.ADMINISTRATOR, "admin password")
    state = services.setup.state()
    assert state.has_accounts and not state.has_association
    services.setup.initialize("جمعية البر")
    assert services.setup.state().complete
    assert services.auth.login("root", "admin password")


def test_setup_cannot_run_twice(services):
    services.setup.initialize("جمعية البر", "admin", "المدير", "admin password")
    with pytest.raises(ServiceError):
        services.setup.initialize("جمعية أخرى", "admin2", "آخر", "admin password")
    assert services.setup.association_name() == "جمعية البر"


def test_idle_lock_minutes_default_and_change(services):
    services.setup.initialize("جمعية البر", "admin", "المدير", "admin password")
    admin = services.auth.login("admin", "admin password")
    assert services.settings.idle_lock_minutes() == 10
    services.settings.set_idle_lock_minutes(admin, 3)
    assert services.settings.idle_lock_minutes() == 3
    with pytest.raises(ServiceError):
        services.settings.set_idle_lock_minutes(admin, 0)
