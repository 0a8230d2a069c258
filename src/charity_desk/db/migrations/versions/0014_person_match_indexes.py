"""Indexes for finding a person who may already have a file: the same first and family name and
birth date, or the same other mobile (the desk's duplicate rule, used by registration and by the
e-form import for a whole batch at once).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_beneficiary_name_birth", "beneficiary", ["first_name", "family_name", "birth_date"])
    op.create_index("ix_beneficiary_mobile_alt", "beneficiary", ["mobile_alt"])


def downgrade() -> None:
    op.drop_index("ix_beneficiary_mobile_alt", table_name="beneficiary")
    op.drop_index("ix_beneficiary_name_birth", table_name="beneficiary")
