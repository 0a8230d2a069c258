"""Appointments in time slots (at the desk or a home visit), message templates per event, and the
messages handed to the SMS provider.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], ondelete="CASCADE",
                                name="fk_appointment_beneficiary_id_beneficiary"),
        sa.ForeignKeyConstraint(["staff_id"], ["user_account.id"], name="fk_appointment_staff_id_user_account"),
        sa.ForeignKeyConstraint(["booked_by_id"], ["user_account.id"],
                                name="fk_appointment_booked_by_id_user_account"),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["user_account.id"],
                                name="fk_appointment_recorded_by_id_user_account"),
        sa.PrimaryKeyConstraint("id", name="pk_appointment"),
        sa.UniqueConstraint("reference", name="uq_appointment_reference"),
    )
    op.create_index("ix_appointment_beneficiary_id", "appointment", ["beneficiary_id"])
    op.create_index("ix_appointment_staff_day", "appointment", ["staff_id", "day", "starts_at"])
    op.create_index("ix_appointment_day", "appointment", ["day", "starts_at"])
    op.create_table(
        "message_template",
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event", name="pk_message_template"),
    )
    op.create_table(
        "sent_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("mobile", sa.String(length=13), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.Column("contact_entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], ondelete="CASCADE",
                                name="fk_sent_message_beneficiary_id_beneficiary"),
        sa.ForeignKeyConstraint(["sent_by_id"], ["user_account.id"], name="fk_sent_message_sent_by_id_user_account"),
        sa.ForeignKeyConstraint(["contact_entry_id"], ["contact_entry.id"], ondelete="SET NULL",
                                name="fk_sent_message_contact_entry_id_contact_entry"),
        sa.PrimaryKeyConstraint("id", name="pk_sent_message"),
        sa.UniqueConstraint("event", "source_id", name="uq_sent_message_event"),
    )
    op.create_index("ix_sent_message_beneficiary_id", "sent_message", ["beneficiary_id"])


def downgrade() -> None:
    op.drop_index("ix_sent_message_beneficiary_id", table_name="sent_message")
    op.drop_table("sent_message")
    op.drop_table("message_template")
    op.drop_index("ix_appointment_day", table_name="appointment")
    op.drop_index("ix_appointment_staff_day", table_name="appointment")
    op.drop_index("ix_appointment_beneficiary_id", table_name="appointment")
    op.drop_table("appointment")
