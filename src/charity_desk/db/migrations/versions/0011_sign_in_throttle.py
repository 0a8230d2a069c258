"""Failed sign-ins are counted per typed username in their own table, with a lock that expires.

The account's own counter and permanent lock go: a lock now lasts minutes (1, 5, 15, 60) and a name
nobody uses locks exactly like a real one.  An account locked before this version is unlocked.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_sign_in_throttle")),
    )
    op.create_index(op.f("ix_sign_in_throttle_last_failed_at"), "sign_in_throttle", ["last_failed_at"])
    # SQLite (3.35+) and PostgreSQL both drop a plain column in place; a batch copy of
    # user_account would have to drop a table every other table refers to.
    op.execute("ALTER TABLE user_account DROP COLUMN failed_attempts")
    op.execute("ALTER TABLE user_account DROP COLUMN locked")


def downgrade() -> None:
    op.add_column(
        "user_account", sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("user_account", sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.drop_index(op.f("ix_sign_in_throttle_last_failed_at"), table_name="sign_in_throttle")
    op.drop_table("sign_in_throttle")
