"""Tasks one person gives a colleague (My work today).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manual_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], ondelete="SET NULL",
                                name=op.f("fk_manual_task_beneficiary_id_beneficiary")),
        sa.ForeignKeyConstraint(["assignee_id"], ["user_account.id"],
                                name=op.f("fk_manual_task_assignee_id_user_account")),
        sa.ForeignKeyConstraint(["given_by_id"], ["user_account.id"],
                                name=op.f("fk_manual_task_given_by_id_user_account")),
        sa.ForeignKeyConstraint(["done_by_id"], ["user_account.id"],
                                name=op.f("fk_manual_task_done_by_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manual_task")),
    )
    op.create_index("ix_manual_task_beneficiary_id", "manual_task", ["beneficiary_id"])
    op.create_index("ix_manual_task_assignee_status_due", "manual_task", ["assignee_id", "status", "due_on"])
    op.create_index("ix_manual_task_status_done", "manual_task", ["status", "done_at"])


def downgrade() -> None:
    op.drop_index("ix_manual_task_status_done", table_name="manual_task")
    op.drop_index("ix_manual_task_assignee_status_due", table_name="manual_task")
    op.drop_index("ix_manual_task_beneficiary_id", table_name="manual_task")
    op.drop_table("manual_task")
