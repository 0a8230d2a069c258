"""An account whose password an administrator reset chooses its own at the next sign-in: a flag on the
account, set by the reset and cleared when the holder changes their password.  Existing accounts owe
no change.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("user_account", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+, which SQLCipher 4 carries): a batch copy of the table
    # would have to drop it, and the tables that point at the accounts refuse that.
    op.drop_column("user_account", "must_change_password")
