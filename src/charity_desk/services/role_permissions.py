"""The permission matrix (role × permission), edited by an administrator in Settings.

Saving asks for the administrator's password again and is audited cell by cell; it changes what
people hold from their next sign-in (the Actor keeps what was read when they signed in).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from charity_desk.db.engine import Database
from charity_desk.db.models import RolePermission
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission, Role
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.errors import ServiceError
from charity_desk.services.grants import all_grants
from charity_desk.services.permission_guard import requires

CONTEXT = "RolePermissions"
Cell = tuple[Role, Permission]
#: The cell that can never be cleared: without it nobody could edit the matrix or accounts again.
KEEP = (Role.ADMINISTRATOR, Permission.USERS_MANAGE)


@dataclass(frozen=True)
class PermissionMatrix:
    roles: tuple[Role, ...]
    permissions: tuple[Permission, ...]
    granted: frozenset[Cell]

    def allows(self, role: Role, permission: Permission) -> bool:
        return (role, permission) in self.granted


@dataclass(frozen=True)
class MatrixChange:
    granted: tuple[Cell, ...]
    revoked: tuple[Cell, ...]


def _lock_out() -> ServiceError:
    return ServiceError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "RolePermissions",
                "The administrator role must keep the permission to manage staff accounts and "
                "permissions; otherwise nobody could change them again.",
            ),
        ),
        field="matrix",
    )


class RolePermissionService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.USERS_MANAGE)
    def matrix(self) -> PermissionMatrix:
        with self._db.read_session() as session:
            grants = all_grants(session)
        return PermissionMatrix(
            tuple(Role),
            tuple(Permission),
            frozenset((role, p) for role, held in grants.items() for p in held),
        )

    @requires(Permission.USERS_MANAGE)
    def save(self, granted: Iterable[Cell], password: str) -> MatrixChange:
        """Store the whole matrix; ``granted`` lists every cell that is ticked."""
        wanted = frozenset(granted)
        if KEEP not in wanted:
            raise _lock_out()
        # Counted towards the lock-out like any password; a wrong one changes nothing.
        AuthService(self._db).confirm_password(self._actor, password)
        with self._db.session() as session:
            before = all_grants(session)
            rows = {(r.role, r.permission): r for r in session.scalars(select(RolePermission))}
            added, removed = [], []
            for role in Role:
                for permission in Permission:
                    now = (role, permission) in wanted
                    row = rows.get((role.value, permission.value))
                    if row is None:
                        session.add(RolePermission(role=role.value, permission=permission.value, granted=now))
                    elif row.granted != now:
                        row.granted = now
                    if now != (permission in before[role]):
                        (added if now else removed).append((role, permission))
            for (role, permission), action in [(c, "role.permission_granted") for c in added] + [
                (c, "role.permission_revoked") for c in removed
            ]:
                audit.record(session, self._actor, action, "role", role.value, permission=permission.value)
        return MatrixChange(tuple(added), tuple(removed))
