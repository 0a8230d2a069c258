"""Indexes that return the Retention tab's lists in their own order: the people on legal hold by
name, and a check's flagged records in the order found.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_beneficiary_legal_hold", "beneficiary", ["legal_hold", "full_name"])
    op.create_index("ix_retention_flag_run", "retention_flag", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_retention_flag_run", table_name="retention_flag")
    op.drop_index("ix_beneficiary_legal_hold", table_name="beneficiary")
