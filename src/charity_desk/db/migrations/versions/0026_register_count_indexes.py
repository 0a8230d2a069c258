"""Indexes that count the dashboard's inquiries by channel and referrals by direction over a period
one date range at a time (a channel, a direction), instead of sorting every row of the period into
its group.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_inquiry_channel_received", "inquiry", ["channel", "received_at"]),
    ("ix_referral_direction_created", "referral", ["direction", "created_at"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    op.execute("ANALYZE inquiry")
    op.execute("ANALYZE referral")


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table)
