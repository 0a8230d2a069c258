"""Suspected duplicate files: the pairs found (score, reasons, status, fingerprint), each file's
blocking keys, and the permission to review them, granted to administrators and program managers.

The grant is written out here rather than read from ``domain.roles``, so that this migration does the
same thing whenever it runs.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_PERMISSION = "duplicates.review"
_ROLES = ("administrator", "front_desk", "social_researcher", "committee_member", "program_manager", "executive")
_GRANTED = ("administrator", "program_manager")


def upgrade() -> None:
    op.create_table(
        "duplicate_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lower_id", sa.Integer(), nullable=False),
        sa.Column("higher_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("lower_id < higher_id", name=op.f("ck_duplicate_pair_ordered")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["user_account.id"],
                                name=op.f("fk_duplicate_pair_decided_by_id_user_account")),
        sa.ForeignKeyConstraint(["higher_id"], ["beneficiary.id"], ondelete="CASCADE",
                                name=op.f("fk_duplicate_pair_higher_id_beneficiary")),
        sa.ForeignKeyConstraint(["lower_id"], ["beneficiary.id"], ondelete="CASCADE",
                                name=op.f("fk_duplicate_pair_lower_id_beneficiary")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_pair")),
        sa.UniqueConstraint("lower_id", "higher_id", name="uq_duplicate_pair_files"),
    )
    op.create_index("ix_duplicate_pair_queue", "duplicate_pair", ["status", "score", "id"])
    op.create_index(op.f("ix_duplicate_pair_higher_id"), "duplicate_pair", ["higher_id"])
    op.create_table(
        "duplicate_key",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], ondelete="CASCADE",
                                name=op.f("fk_duplicate_key_beneficiary_id_beneficiary")),
        sa.PrimaryKeyConstraint("key", "beneficiary_id", name=op.f("pk_duplicate_key")),
    )
    op.create_index(op.f("ix_duplicate_key_beneficiary_id"), "duplicate_key", ["beneficiary_id"])
    role_permission = sa.table("role_permission", sa.column("role", sa.String), sa.column("permission", sa.String),
                               sa.column("granted", sa.Boolean))
    op.bulk_insert(role_permission, [
        {"role": role, "permission": _PERMISSION, "granted": role in _GRANTED} for role in _ROLES
    ])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM role_permission WHERE permission = :p").bindparams(p=_PERMISSION))
    op.drop_index(op.f("ix_duplicate_key_beneficiary_id"), table_name="duplicate_key")
    op.drop_table("duplicate_key")
    op.drop_index(op.f("ix_duplicate_pair_higher_id"), table_name="duplicate_pair")
    op.drop_index("ix_duplicate_pair_queue", table_name="duplicate_pair")
    op.drop_table("duplicate_pair")
