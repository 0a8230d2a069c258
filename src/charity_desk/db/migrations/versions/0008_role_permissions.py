"""Editable permission matrix (role_permission, seeded with the default grants); audit search indexes.

The seed is written out here rather than read from ``domain.roles`` so that this migration does
the same thing whenever it runs; a permission it does not list falls back to the code's default.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_PERMISSIONS = (
    "beneficiary.view", "beneficiary.view_all", "beneficiary.edit", "health.view", "income.view",
    "application.edit", "visit.edit", "committee.decide", "program.manage", "reports.view", "export",
    "users.manage", "settings.manage", "national_id.override", "privacy.manage",
)
_READ = ("beneficiary.view", "beneficiary.view_all", "reports.view")
#: domain.roles.DEFAULT_GRANTS as of this revision.
_GRANTS = {
    "administrator": _PERMISSIONS,
    "front_desk": ("beneficiary.view", "beneficiary.view_all", "beneficiary.edit", "application.edit"),
    "social_researcher": (
        "beneficiary.view", "beneficiary.edit", "application.edit", "visit.edit", "income.view", "health.view",
    ),
    "committee_member": _READ + ("committee.decide", "income.view"),
    "program_manager": _READ + (
        "program.manage", "application.edit", "income.view", "export", "national_id.override",
    ),
    "executive": _READ + ("export",),
}


def upgrade() -> None:
    role_permission = op.create_table('role_permission',
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('permission', sa.String(length=64), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('role', 'permission', name=op.f('pk_role_permission'))
    )
    op.bulk_insert(role_permission, [
        {"role": role, "permission": permission, "granted": permission in granted}
        for role, granted in _GRANTS.items()
        for permission in _PERMISSIONS
    ])
    op.create_index('ix_audit_entry_entity_at', 'audit_entry', ['entity', 'entity_id', 'at', 'id'], unique=False)
    op.create_index('ix_audit_entry_user_at', 'audit_entry', ['user_id', 'at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_entry_user_at', table_name='audit_entry')
    op.drop_index('ix_audit_entry_entity_at', table_name='audit_entry')
    op.drop_table('role_permission')
