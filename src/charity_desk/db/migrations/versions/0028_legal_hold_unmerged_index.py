"""The people on legal hold counted and listed from an index alone: a merged file is no person of its
own (its survivor is), and that test, read from each file's row, had made counting the people on hold
read every file's row; this index carries it, in the list's order.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_beneficiary_legal_hold_unmerged", "beneficiary", ["legal_hold", "merged_into_id", "full_name"])
    op.execute("ANALYZE beneficiary")


def downgrade() -> None:
    op.drop_index("ix_beneficiary_legal_hold_unmerged", table_name="beneficiary")
