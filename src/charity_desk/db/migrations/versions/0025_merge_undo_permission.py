"""The permission to undo a merge of duplicate files (duplicates.undo_merge) in the stored matrix,
granted to administrators only: an undo moves records back between files.

The grant is written out here rather than read from ``domain.roles``, so that this migration does the
same thing whenever it runs.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

_PERMISSION = "duplicates.undo_merge"
#: domain.roles as of this revision.
_ROLES = ("administrator", "front_desk", "social_researcher", "committee_member", "program_manager", "executive")
_GRANTED = ("administrator",)


def upgrade() -> None:
    role_permission = sa.table("role_permission", sa.column("role", sa.String), sa.column("permission", sa.String),
                               sa.column("granted", sa.Boolean))
    op.bulk_insert(role_permission, [
        {"role": role, "permission": _PERMISSION, "granted": role in _GRANTED} for role in _ROLES
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM role_permission WHERE permission = :p").bindparams(p=_PERMISSION))
