"""The files due for re-verification counted from an index alone: a merged file is not due (its
survivor is), and that test, read from each file's row, had made counting the due files read every
active file's row; this index carries it.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

#: The same expression as ``services.reverification_lists.VERIFIED_ORDER``.
VERIFIED_ORDER = "coalesce(verified_on, '0001-01-01')"


def upgrade() -> None:
    op.create_index("ix_beneficiary_reverification_unmerged", "beneficiary",
                    ["status", sa.text(VERIFIED_ORDER), "merged_into_id"])
    op.execute("ANALYZE beneficiary")


def downgrade() -> None:
    op.drop_index("ix_beneficiary_reverification_unmerged", table_name="beneficiary")
