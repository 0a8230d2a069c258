"""Retention: rules per data category, runs and their flags, destruction records; legal hold on a file,
and when a file or an application was anonymized.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('retention_rule',
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['changed_by_id'], ['user_account.id'],
                            name=op.f('fk_retention_rule_changed_by_id_user_account')),
    sa.PrimaryKeyConstraint('category', name=op.f('pk_retention_rule'))
    )
    op.create_table('retention_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('run_by_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['run_by_id'], ['user_account.id'], name=op.f('fk_retention_run_run_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_run'))
    )
    op.create_table('retention_flag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('beneficiary_id', sa.Integer(), nullable=True),
    sa.Column('relevant_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiary.id'],
                            name=op.f('fk_retention_flag_beneficiary_id_beneficiary'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['retention_run.id'], name=op.f('fk_retention_flag_run_id_retention_run'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_flag'))
    )
    with op.batch_alter_table('retention_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_retention_flag_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index('ix_retention_flag_run_category', ['run_id', 'category'], unique=False)

    op.create_table('destruction_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('years', sa.Integer(), nullable=False),
    sa.Column('cutoff', sa.Date(), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_by_name', sa.String(length=200), nullable=False),
    sa.Column('chain_anchor', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['user_account.id'],
                            name=op.f('fk_destruction_record_approved_by_id_user_account')),
    sa.ForeignKeyConstraint(['run_id'], ['retention_run.id'], name=op.f('fk_destruction_record_run_id_retention_run'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destruction_record'))
    )
    with op.batch_alter_table('destruction_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destruction_record_approved_at'), ['approved_at'], unique=False)

    # Plain ALTER TABLE, not a batch: recreating the table on SQLite would drop the search index triggers.
    op.add_column('beneficiary', sa.Column('legal_hold', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('beneficiary', sa.Column('legal_hold_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('beneficiary', sa.Column('anonymized_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('application', sa.Column('anonymized_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place since 3.35, keeping the triggers a batch would lose.
    op.drop_column('application', 'anonymized_at')
    op.drop_column('beneficiary', 'anonymized_at')
    op.drop_column('beneficiary', 'legal_hold_reason')
    op.drop_column('beneficiary', 'legal_hold')

    with op.batch_alter_table('destruction_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destruction_record_approved_at'))
    op.drop_table('destruction_record')
    with op.batch_alter_table('retention_flag', schema=None) as batch_op:
        batch_op.drop_index('ix_retention_flag_run_category')
        batch_op.drop_index(batch_op.f('ix_retention_flag_beneficiary_id'))
    op.drop_table('retention_flag')
    op.drop_table('retention_run')
    op.drop_table('retention_rule')
