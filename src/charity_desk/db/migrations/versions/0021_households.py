"""Households across files: family members linked to the registered files they are, each linked file's
household, the supervisors' overrides of the double-benefit guard and the permission to approve one
(administrators and program managers).

Family members get the key of their name (``domain.household_links.name_key``); the links and
households of the existing register are then built (``db.household_index.link_everything``).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from charity_desk.db.household_index import link_everything

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_PERMISSION = "double_benefit.override"
_ROLES = ("administrator", "front_desk", "social_researcher", "committee_member", "program_manager", "executive")
_GRANTED = ("administrator", "program_manager")


def upgrade() -> None:
    op.add_column("family_member", sa.Column("name_key", sa.String(330), nullable=False, server_default=""))
    op.create_index("ix_family_member_name_key", "family_member", ["name_key"])
    op.create_table(
        "household_link",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("beneficiary_id", sa.Integer(),
                  sa.ForeignKey("beneficiary.id", ondelete="CASCADE", name="fk_household_link_beneficiary_id_beneficiary"),
                  nullable=False),
        sa.Column("relative_id", sa.Integer(),
                  sa.ForeignKey("beneficiary.id", ondelete="CASCADE", name="fk_household_link_relative_id_beneficiary"),
                  nullable=False),
        sa.Column("family_member_id", sa.Integer(),
                  sa.ForeignKey("family_member.id", ondelete="CASCADE",
                                name="fk_household_link_family_member_id_family_member"), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_household_link"),
        sa.UniqueConstraint("family_member_id", name="uq_household_link_family_member_id"),
    )
    op.create_index("ix_household_link_beneficiary_id", "household_link", ["beneficiary_id"])
    op.create_index("ix_household_link_relative_id", "household_link", ["relative_id"])
    op.create_table(
        "household_membership",
        sa.Column("beneficiary_id", sa.Integer(),
                  sa.ForeignKey("beneficiary.id", ondelete="CASCADE",
                                name="fk_household_membership_beneficiary_id_beneficiary"), nullable=False),
        sa.Column("household_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("beneficiary_id", name="pk_household_membership"),
    )
    op.create_index("ix_household_membership_household_key", "household_membership", ["household_key"])
    op.create_table(
        "double_benefit_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(),
                  sa.ForeignKey("application.id", ondelete="CASCADE",
                                name="fk_double_benefit_override_application_id_application"), nullable=False),
        sa.Column("other_application_id", sa.Integer(),
                  sa.ForeignKey("application.id", ondelete="SET NULL",
                                name="fk_double_benefit_override_other_application_id_application")),
        sa.Column("period_start", sa.Date()),
        sa.Column("period_end", sa.Date()),
        sa.Column("supervisor_id", sa.Integer(),
                  sa.ForeignKey("user_account.id", name="fk_double_benefit_override_supervisor_id_user_account")),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_double_benefit_override"),
        sa.UniqueConstraint("application_id", name="uq_double_benefit_override_application_id"),
    )
    op.create_index("ix_double_benefit_override_at", "double_benefit_override", ["at"])
    role_permission = sa.table("role_permission", sa.column("role", sa.String), sa.column("permission", sa.String),
                               sa.column("granted", sa.Boolean))
    op.bulk_insert(role_permission, [
        {"role": role, "permission": _PERMISSION, "granted": role in _GRANTED} for role in _ROLES
    ])
    link_everything(op.get_bind())


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM role_permission WHERE permission = :p").bindparams(p=_PERMISSION))
    op.drop_index("ix_double_benefit_override_at", table_name="double_benefit_override")
    op.drop_table("double_benefit_override")
    op.drop_index("ix_household_membership_household_key", table_name="household_membership")
    op.drop_table("household_membership")
    op.drop_index("ix_household_link_relative_id", table_name="household_link")
    op.drop_index("ix_household_link_beneficiary_id", table_name="household_link")
    op.drop_table("household_link")
    op.drop_index("ix_family_member_name_key", table_name="family_member")
    with op.batch_alter_table("family_member") as batch:
        batch.drop_column("name_key")
