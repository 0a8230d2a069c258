"""Roles and the permissions each one holds by default (deny by default: what is not granted is refused).

The grants in force are stored in the database (table ``role_permission``, edited in Settings);
``DEFAULT_GRANTS`` seeds it and covers any permission the stored matrix does not mention yet.
"""

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
    #: Every file, not only those assigned to oneself (the caseload rule of social researchers).
    ALL_FILES_VIEW = "beneficiary.view_all"
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
    #: The PDPL registers (data-subject requests, breaches) and the privacy notice.
    PRIVACY_MANAGE = "privacy.manage"
    #: See each colleague's tasks and load, and give a task to someone else (My work today).
    TEAM_SUPERVISE = "team.supervise"
    #: Let an application go on although another member of the household receives the same program.
    DOUBLE_BENEFIT_OVERRIDE = "double_benefit.override"
    #: The queue of suspected duplicate files: compare, dismiss, merge.
    DUPLICATES_REVIEW = "duplicates.review"
    #: Undo a merge of two files (administrators: it moves records back between files).
    MERGE_UNDO = "duplicates.undo_merge"


#: What the permission matrix in Settings calls each permission (context "Roles").
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.BENEFICIARY_VIEW: QT_TRANSLATE_NOOP("Roles", "View beneficiary files"),
    Permission.ALL_FILES_VIEW: QT_TRANSLATE_NOOP("Roles", "View every file, not only one's own caseload"),
    Permission.BENEFICIARY_EDIT: QT_TRANSLATE_NOOP("Roles", "Register and edit beneficiaries"),
    Permission.HEALTH_VIEW: QT_TRANSLATE_NOOP("Roles", "See and edit health information"),
    Permission.INCOME_VIEW: QT_TRANSLATE_NOOP("Roles", "See and edit income and expenses"),
    Permission.APPLICATION_EDIT: QT_TRANSLATE_NOOP("Roles", "Handle applications and schedule visits"),
    Permission.VISIT_EDIT: QT_TRANSLATE_NOOP("Roles", "Write up home visits"),
    Permission.COMMITTEE_DECIDE: QT_TRANSLATE_NOOP("Roles", "Decide in the committee"),
    Permission.PROGRAM_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage programs and committees"),
    Permission.REPORTS_VIEW: QT_TRANSLATE_NOOP("Roles", "View reports and figures"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Roles", "Export lists"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage staff accounts and permissions"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Roles", "Manage settings and the audit trail"),
    Permission.ID_CHECK_OVERRIDE: QT_TRANSLATE_NOOP("Roles", "Accept a national ID that fails the check"),
    Permission.PRIVACY_MANAGE: QT_TRANSLATE_NOOP("Roles", "Keep the privacy registers and the privacy notice"),
    Permission.TEAM_SUPERVISE: QT_TRANSLATE_NOOP("Roles", "See the team's tasks and reassign them"),
    Permission.DUPLICATES_REVIEW: QT_TRANSLATE_NOOP("Roles", "Review and merge duplicate files"),
    Permission.MERGE_UNDO: QT_TRANSLATE_NOOP("Roles", "Undo a merge of duplicate files"),
    Permission.DOUBLE_BENEFIT_OVERRIDE: QT_TRANSLATE_NOOP(
        "Roles", "Approve a second benefit of the same program for one household"),
}


_READ = {Permission.BENEFICIARY_VIEW, Permission.ALL_FILES_VIEW, Permission.REPORTS_VIEW}

DEFAULT_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.FRONT_DESK: frozenset(
        {
            Permission.BENEFICIARY_VIEW,
            Permission.ALL_FILES_VIEW,
            Permission.BENEFICIARY_EDIT,
            Permission.APPLICATION_EDIT,
        }
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
            Permission.DUPLICATES_REVIEW,
            Permission.DOUBLE_BENEFIT_OVERRIDE,
            Permission.TEAM_SUPERVISE,
        }
    ),
    Role.EXECUTIVE: frozenset(_READ | {Permission.EXPORT}),
}


def default_grants(role: Role) -> frozenset[Permission]:
    """What a role holds until an administrator edits the matrix (services.role_permissions)."""
    return DEFAULT_GRANTS.get(role, frozenset())


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in default_grants(role)
