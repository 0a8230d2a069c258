"""Roles and the permissions each one holds by default (deny by default: what is not granted is refused)."""

from __future__ import annotations

from enum import StrEnum

from charity_desk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Roles"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    FRONT_DESK = "front_desk"
    SOCIAL_RESEARCHER = "social_researcher"
    COMMITTEE_MEMBER = "committee_member"
    PROGRAM_MANAGER = "program_manager"
    EXECUTIVE = "executive"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Roles", "Front desk"),
    Role.SOCIAL_RESEARCHER: QT_TRANSLATE_NOOP("Roles", "Social researcher"),
    Role.COMMITTEE_MEMBER: QT_TRANSLATE_NOOP("Roles", "Committee member"),
    Role.PROGRAM_MANAGER: QT_TRANSLATE_NOOP("Roles", "Program manager"),
    Role.EXECUTIVE: QT_TRANSLATE_NOOP("Roles", "Executive (read and reports)"),
}


class Permission(StrEnum):
    BENEFICIARY_VIEW = "beneficiary.view"
    BENEFICIARY_EDIT = "beneficiary.edit"
    HEALTH_VIEW = "health.view"
    INCOME_VIEW = "income.view"
    APPLICATION_EDIT = "application.edit"
    VISIT_EDIT = "visit.edit"
    COMMITTEE_DECIDE = "committee.decide"
    PROGRAM_MANAGE = "program.manage"
    REPORTS_VIEW = "reports.view"
    EXPORT = "export"
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    ID_CHECK_OVERRIDE = "national_id.override"


_READ = {Permission.BENEFICIARY_VIEW, Permission.REPORTS_VIEW}

DEFAULT_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.FRONT_DESK: frozenset(
        {Permission.BENEFICIARY_VIEW, Permission.BENEFICIARY_EDIT, Permission.APPLICATION_EDIT}
    ),
    Role.SOCIAL_RESEARCHER: frozenset(
        {
            Permission.BENEFICIARY_VIEW,
            Permission.BENEFICIARY_EDIT,
            Permission.APPLICATION_EDIT,
            Permission.VISIT_EDIT,
            Permission.INCOME_VIEW,
            Permission.HEALTH_VIEW,
        }
    ),
    Role.COMMITTEE_MEMBER: frozenset(_READ | {Permission.COMMITTEE_DECIDE, Permission.INCOME_VIEW}),
    Role.PROGRAM_MANAGER: frozenset(
        _READ
        | {
            Permission.PROGRAM_MANAGE,
            Permission.APPLICATION_EDIT,
            Permission.INCOME_VIEW,
            Permission.EXPORT,
            Permission.ID_CHECK_OVERRIDE,
        }
    ),
    Role.EXECUTIVE: frozenset(_READ | {Permission.EXPORT}),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in DEFAULT_GRANTS.get(role, frozenset())
