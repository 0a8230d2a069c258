"""Indexes that read one person's tasks (My work today) without scanning every file or application: the
files of a researcher due for re-verification, the applications a colleague took, the surveys owed by
the staff member who served, the referrals a colleague made.  The permission to supervise the team's
tasks (team.supervise), granted to administrators and program managers.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

_PERMISSION = "team.supervise"
#: domain.roles as of this revision.
_ROLES = ("administrator", "front_desk", "social_researcher", "committee_member", "program_manager", "executive")
_GRANTED = ("administrator", "program_manager")


def upgrade() -> None:
    op.create_index("ix_beneficiary_researcher_reverification", "beneficiary",
                    ["assigned_researcher_id", "status", "verified_on"])
    op.create_index("ix_application_consent_taken_by_state", "application", ["consent_taken_by_id", "state"])
    op.create_index("ix_survey_request_staff_status", "survey_request", ["staff_id", "status"])
    op.create_index("ix_referral_created_by_status", "referral", ["created_by_id", "status"])
    role_permission = sa.table("role_permission", sa.column("role", sa.String), sa.column("permission", sa.String),
                               sa.column("granted", sa.Boolean))
    op.bulk_insert(role_permission, [
        {"role": role, "permission": _PERMISSION, "granted": role in _GRANTED} for role in _ROLES
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM role_permission WHERE permission = :p").bindparams(p=_PERMISSION))
    op.drop_index("ix_referral_created_by_status", table_name="referral")
    op.drop_index("ix_survey_request_staff_status", table_name="survey_request")
    op.drop_index("ix_application_consent_taken_by_state", table_name="application")
    op.drop_index("ix_beneficiary_researcher_reverification", table_name="beneficiary")
