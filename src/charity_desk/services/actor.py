"""Who is acting: every service call is made on behalf of a signed-in user (or the system)."""

from __future__ import annotations

from dataclasses import dataclass

from charity_desk.domain.roles import Permission, Role, role_allows
from charity_desk.services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission.value)


#: Used by the command line and by first-run set-up, which act for the administrator.
SYSTEM = Actor(user_id=None, username="system", full_name="system", role=Role.ADMINISTRATOR)
