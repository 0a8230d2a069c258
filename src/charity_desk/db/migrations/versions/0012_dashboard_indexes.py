"""Indexes that serve the dashboard's figures over a period from the index alone (no row read per
application, delivery or inquiry): applications by state with their decision dates, deliveries by
date with program, person, kind and amount, inquiries by date with their channel.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_application_state_submitted_decided", "application", ["state", "submitted_at", "decided_at", "program_id"]),
    ("ix_service_delivery_on_program_person", "service_delivery",
     ["delivered_on", "program_id", "beneficiary_id", "kind", "amount"]),
    ("ix_inquiry_received_channel", "inquiry", ["received_at", "channel"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    op.execute("ANALYZE")


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table)
