"""Indexes that return the growing lists in their own order, so a page is read without sorting the
whole list: the applications work queues by date received (whatever states a queue holds), and the
files due for re-verification (active, never confirmed first, then the longest unconfirmed).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

#: The same expression as ``services.reverification_lists.VERIFIED_ORDER``.
VERIFIED_ORDER = "coalesce(verified_on, '0001-01-01')"


def upgrade() -> None:
    op.create_index("ix_application_submitted_at", "application", ["submitted_at"])
    op.create_index("ix_beneficiary_reverification", "beneficiary", ["status", sa.text(VERIFIED_ORDER)])


def downgrade() -> None:
    op.drop_index("ix_beneficiary_reverification", table_name="beneficiary")
    op.drop_index("ix_application_submitted_at", table_name="application")
