"""Reading the stored permission matrix: what each role holds now (table ``role_permission``).

A permission the table does not mention for a role (one added by a later release, say) falls back
to ``domain.roles.DEFAULT_GRANTS``; a stored name the code no longer knows is ignored.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from charity_desk.db.models import RolePermission
from charity_desk.domain.roles import Permission, Role, default_grants

_KNOWN = {p.value for p in Permission}


def _effective(role: Role, stored: dict[str, bool]) -> frozenset[Permission]:
    defaults = default_grants(role)
    return frozenset(p for p in Permission if stored.get(p.value, p in defaults))


def role_grants(session: Session, role: Role) -> frozenset[Permission]:
    """The permissions ``role`` holds now; read at sign-in into the Actor."""
    rows = session.execute(
        select(RolePermission.permission, RolePermission.granted).where(RolePermission.role == role.value)
    )
    return _effective(role, {name: granted for name, granted in rows if name in _KNOWN})


def all_grants(session: Session) -> dict[Role, frozenset[Permission]]:
    stored: dict[str, dict[str, bool]] = {}
    for role, name, granted in session.execute(
        select(RolePermission.role, RolePermission.permission, RolePermission.granted)
    ):
        if name in _KNOWN:
            stored.setdefault(role, {})[name] = granted
    return {role: _effective(role, stored.get(role.value, {})) for role in Role}
