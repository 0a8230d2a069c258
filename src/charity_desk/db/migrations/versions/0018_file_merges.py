"""Merging duplicate files: a merged file points at its survivor, the survivor's search finds the merged
file's national ID, and each merge keeps what moved so that an administrator can undo it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain columns (no batch rebuild): rebuilding ``beneficiary`` on SQLite would drop its search triggers.
    op.add_column("beneficiary", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    op.add_column("beneficiary", sa.Column("absorbed_national_ids", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_beneficiary_merged_into_id", "beneficiary", ["merged_into_id"])
    op.create_table(
        "file_merge",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("survivor_id", sa.Integer(),
                  sa.ForeignKey("beneficiary.id", ondelete="CASCADE", name="fk_file_merge_survivor_id_beneficiary"),
                  nullable=False),
        sa.Column("merged_id", sa.Integer(),
                  sa.ForeignKey("beneficiary.id", ondelete="CASCADE", name="fk_file_merge_merged_id_beneficiary"),
                  nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by_id", sa.Integer(),
                  sa.ForeignKey("user_account.id", name="fk_file_merge_merged_by_id_user_account")),
        sa.Column("survivor_before", sa.Text(), nullable=False),
        sa.Column("merged_before", sa.Text(), nullable=False),
        sa.Column("taken", sa.Text(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
        sa.Column("undone_by_id", sa.Integer(),
                  sa.ForeignKey("user_account.id", name="fk_file_merge_undone_by_id_user_account")),
        sa.Column("undo_notes", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
    )
    op.create_index("ix_file_merge_survivor_id", "file_merge", ["survivor_id"])
    op.create_index("ix_file_merge_merged_id", "file_merge", ["merged_id"])
    op.create_index("ix_file_merge_merged_at", "file_merge", ["merged_at", "id"])
    op.create_index("ix_file_merge_undone_at", "file_merge", ["undone_at"])


def downgrade() -> None:
    op.drop_table("file_merge")
    op.drop_index("ix_beneficiary_merged_into_id", table_name="beneficiary")
    # Dropped in place (SQLite 3.35+), not by a batch rebuild that would lose the search triggers.
    op.drop_column("beneficiary", "absorbed_national_ids")
    op.drop_column("beneficiary", "merged_into_id")
