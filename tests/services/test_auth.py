"""Signing in, lock-out after five failures, unlocking, re-confirming the password."""

import pytest
from sqlalchemy import select

from charity_desk.db.models import AuditEntry, UserAccount
from charity_desk.domain.roles import Role
from charity_desk.services.auth import MAX_FAILED_ATTEMPTS, LoginFailed
from charity_desk.services.errors import PermissionDenied, ServiceError


def test_login_returns_the_actor_with_role(services, admin, admin_password):
    assert admin.username == "admin"
    assert admin.role is Role.ADMINISTRATOR
    assert services.auth.login("ADMIN", admin_password).user_id == admin.user_id


def test_password_is_stored_as_argon2id(services, admin, admin_password):
    with services.db.read_session() as session:
        stored = session.scalar(select(UserAccount.password_hash))
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored
    assert admin_password not in stored


def test_wrong_password_counts_down_then_locks(services, admin, admin_password):
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed) as failure:
            services.auth.login("admin", "wrong password")
        assert not failure.value.locked_account
        assert failure.value.message.params["remaining"] == MAX_FAILED_ATTEMPTS - attempt
    with pytest.raises(LoginFailed) as failure:
        services.auth.login("admin", "wrong password")
    assert failure.value.locked_account
    # Locked: even the right password is refused now.
    with pytest.raises(LoginFailed) as failure:
        services.auth.login("admin", admin_password)
    assert failure.value.locked_account


def test_administrator_unlocks_a_locked_account(services, admin):
    users = services.acting_as(admin).users
    clerk = users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, "front desk 123")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.auth.login("clerk", "guess")
    assert next(u for u in users.list() if u.id == clerk.id).locked
    users.unlock(clerk.id)
    assert services.auth.login("clerk", "front desk 123").role is Role.FRONT_DESK


def test_only_administrators_manage_accounts(services, admin):
    services.acting_as(admin).users.create("clerk", "موظف", Role.FRONT_DESK, "front desk 123")
    clerk = services.auth.login("clerk", "front desk 123")
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).users.create("other", "آخر", Role.ADMINISTRATOR, "password 1234")


def test_confirm_password_failures_count_towards_the_lock(services, admin, admin_password):
    services.auth.confirm_password(admin, admin_password)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            services.auth.confirm_password(admin, "nope")
    with pytest.raises(LoginFailed) as failure:
        services.auth.confirm_password(admin, "nope")
    assert failure.value.locked_account


def test_unknown_user_and_failures_are_audited_without_the_password(services, admin):
    with pytest.raises(LoginFailed):
        services.auth.login("nobody", "secret-guess")
    with services.db.read_session() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "login.failed")).all()
    assert rows
    assert all("secret-guess" not in row.details for row in rows)


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("a", "x", "long enough", "username"),
        ("ok_name", " ", "long enough", "full_name"),
        ("ok_name", "x", "short", "password"),
    ],
)
def test_bad_account_input_names_the_field(services, admin, username, full_name, password, field):
    with pytest.raises(ServiceError) as error:
        services.acting_as(admin).users.create(username, full_name, Role.FRONT_DESK, password)
    assert error.value.field == field


def test_duplicate_username_is_refused_whatever_the_case(services, admin):
    with pytest.raises(ServiceError) as error:
        services.acting_as(admin).users.create("Admin", "x", Role.FRONT_DESK, "long enough")
    assert error.value.field == "username"
