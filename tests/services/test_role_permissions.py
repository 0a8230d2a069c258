"""The permission matrix: stored, edited by an administrator with the password again, audited,
read at sign-in; nobody can take the administrators' right to manage accounts away."""

import pytest
from sqlalchemy import select

from charity_desk.db.models import AuditEntry, RolePermission
from charity_desk.domain.roles import DEFAULT_GRANTS, Permission, Role
from charity_desk.services.actor import SYSTEM, Actor
from charity_desk.services.auth import LoginFailed
from charity_desk.services.errors import PermissionDenied, ServiceError

CLERK_PASSWORD = "front desk 123"


@pytest.fixture
def clerk_account(services, admin):
    services.acting_as(admin).users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)


def _without(matrix, *cells):
    return set(matrix.granted) - set(cells)


def _role_audit(services):
    with services.db.read_session() as session:
        return [
            (row.action, row.entity_id, row.details)
            for row in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "role").order_by(AuditEntry.id)
            )
        ]


def test_a_fresh_database_holds_the_default_grants(services, admin):
    matrix = services.acting_as(admin).role_permissions.matrix()
    for role in Role:
        for permission in Permission:
            assert matrix.allows(role, permission) == (permission in DEFAULT_GRANTS[role]), (role, permission)
    assert admin.grants == DEFAULT_GRANTS[Role.ADMINISTRATOR]


def test_revoked_permission_refuses_the_next_sign_in_in_the_service(
    services, admin, admin_password, clerk_account
):
    before = services.auth.login("clerk", CLERK_PASSWORD)
    matrix_service = services.acting_as(admin).role_permissions
    change = matrix_service.save(
        _without(matrix_service.matrix(), (Role.FRONT_DESK, Permission.BENEFICIARY_VIEW)), admin_password
    )
    assert change.revoked == ((Role.FRONT_DESK, Permission.BENEFICIARY_VIEW),)
    assert change.granted == ()

    after = services.auth.login("clerk", CLERK_PASSWORD)
    assert not after.can(Permission.BENEFICIARY_VIEW)
    with pytest.raises(PermissionDenied):
        services.acting_as(after).beneficiaries.search("احمد")
    with pytest.raises(PermissionDenied):
        services.acting_as(after).beneficiaries.count()
    # Whoever was already signed in keeps what they had until they sign in again.
    assert services.acting_as(before).beneficiaries.search("احمد") == []


def test_granting_is_stored_and_audited_cell_by_cell(services, admin, admin_password):
    matrix_service = services.acting_as(admin).role_permissions
    granted = set(matrix_service.matrix().granted) | {(Role.EXECUTIVE, Permission.INCOME_VIEW)}
    granted -= {(Role.PROGRAM_MANAGER, Permission.EXPORT)}
    change = matrix_service.save(granted, admin_password)
    assert change.granted == ((Role.EXECUTIVE, Permission.INCOME_VIEW),)
    assert change.revoked == ((Role.PROGRAM_MANAGER, Permission.EXPORT),)
    assert matrix_service.matrix().allows(Role.EXECUTIVE, Permission.INCOME_VIEW)
    assert not matrix_service.matrix().allows(Role.PROGRAM_MANAGER, Permission.EXPORT)
    assert _role_audit(services) == [
        ("role.permission_granted", "executive", '{"permission": "income.view"}'),
        ("role.permission_revoked", "program_manager", '{"permission": "export"}'),
    ]
    # Saving the same matrix again changes nothing and writes nothing.
    assert matrix_service.save(granted, admin_password) == type(change)((), ())
    assert len(_role_audit(services)) == 2


def test_the_administrators_right_to_manage_accounts_cannot_be_removed(services, admin, admin_password):
    matrix_service = services.acting_as(admin).role_permissions
    before = matrix_service.matrix()
    with pytest.raises(ServiceError) as refused:
        matrix_service.save(_without(before, (Role.ADMINISTRATOR, Permission.USERS_MANAGE)), admin_password)
    assert refused.value.field == "matrix"
    assert "administrator" in refused.value.message.text
    assert matrix_service.matrix() == before
    assert _role_audit(services) == []


def test_wrong_password_changes_nothing(services, admin):
    matrix_service = services.acting_as(admin).role_permissions
    before = matrix_service.matrix()
    with pytest.raises(LoginFailed):
        matrix_service.save(_without(before, (Role.FRONT_DESK, Permission.BENEFICIARY_EDIT)), "not my password")
    assert matrix_service.matrix() == before
    assert _role_audit(services) == []
    with services.db.read_session() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "password.confirm_failed" in actions


def test_only_account_managers_see_or_edit_the_matrix(services, admin, admin_password, clerk_account):
    clerk = services.auth.login("clerk", CLERK_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).role_permissions.matrix()
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).role_permissions.save({(Role.FRONT_DESK, Permission.EXPORT)}, CLERK_PASSWORD)


def test_system_keeps_every_permission_whatever_the_matrix(services, admin, admin_password):
    matrix_service = services.acting_as(admin).role_permissions
    matrix_service.save(_without(matrix_service.matrix(), (Role.ADMINISTRATOR, Permission.EXPORT)), admin_password)
    assert not services.auth.login("admin", admin_password).can(Permission.EXPORT)
    assert SYSTEM.can(Permission.EXPORT)
    # Actors built by scripts and tests hold their role's defaults.
    built = Actor(user_id=None, username="x", full_name="x", role=Role.EXECUTIVE)
    assert built.permissions == DEFAULT_GRANTS[Role.EXECUTIVE]


def test_a_permission_missing_from_the_table_falls_back_to_its_default(services, admin, admin_password):
    with services.db.session() as session:
        session.delete(session.get(RolePermission, ("executive", "export")))
        session.delete(session.get(RolePermission, ("executive", "income.view")))
    matrix = services.acting_as(admin).role_permissions.matrix()
    assert matrix.allows(Role.EXECUTIVE, Permission.EXPORT)
    assert not matrix.allows(Role.EXECUTIVE, Permission.INCOME_VIEW)
