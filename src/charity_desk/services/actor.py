"""Who is acting: every service call is made on behalf of a signed-in user (or the system)."""

from __future__ import annotations

from dataclasses import dataclass

from charity_desk.domain.roles import Permission, Role, default_grants
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.permission_guard import PasswordChangeDue


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    #: The role's permissions as stored when this person signed in (services.role_permissions);
    #: None means the role's default grants (actors built by scripts and tests).
    grants: frozenset[Permission] | None = None
    #: An administrator reset this person's password: they choose their own before working.
    must_change_password: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        return self.grants if self.grants is not None else default_grants(self.role)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """Refuse what this person may not do; everything, until they chose their own password after
        an administrator's reset (the services that take the actor per call check here)."""
        if self.must_change_password:
            raise PasswordChangeDue()
        if not self.can(permission):
            raise PermissionDenied(permission.value)


#: Used by the command line and by first-run set-up, which act for the administrator: it holds
#: every permission whatever the stored matrix says.
SYSTEM = Actor(
    user_id=None, username="system", full_name="system", role=Role.ADMINISTRATOR, grants=frozenset(Permission)
)
