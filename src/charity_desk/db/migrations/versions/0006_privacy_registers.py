"""Privacy registers: privacy notice versions and their acknowledgement at intake, data-subject requests, breaches.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('privacy_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_privacy_notice_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_notice')),
    sa.UniqueConstraint('version', name=op.f('uq_privacy_notice_version'))
    )
    op.create_table('notice_acknowledgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('beneficiary_id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiary.id'], name=op.f('fk_notice_acknowledgement_beneficiary_id_beneficiary'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['notice_id'], ['privacy_notice.id'], name=op.f('fk_notice_acknowledgement_notice_id_privacy_notice')),
    sa.ForeignKeyConstraint(['staff_id'], ['user_account.id'], name=op.f('fk_notice_acknowledgement_staff_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_acknowledgement'))
    )
    with op.batch_alter_table('notice_acknowledgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_acknowledgement_beneficiary_id'), ['beneficiary_id'], unique=False)

    op.create_table('data_subject_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('beneficiary_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_by_id', sa.Integer(), nullable=True),
    sa.Column('identity_checked_by_id', sa.Integer(), nullable=True),
    sa.Column('identity_checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('identity_how', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('outcome_details', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiary.id'], name=op.f('fk_data_subject_request_beneficiary_id_beneficiary'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['closed_by_id'], ['user_account.id'], name=op.f('fk_data_subject_request_closed_by_id_user_account')),
    sa.ForeignKeyConstraint(['identity_checked_by_id'], ['user_account.id'], name=op.f('fk_data_subject_request_identity_checked_by_id_user_account')),
    sa.ForeignKeyConstraint(['received_by_id'], ['user_account.id'], name=op.f('fk_data_subject_request_received_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_subject_request'))
    )
    with op.batch_alter_table('data_subject_request', schema=None) as batch_op:
        batch_op.create_index('ix_data_subject_request_status_due', ['status', 'due_on'], unique=False)

    op.create_table('breach_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('discovered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('records_affected', sa.Integer(), nullable=False),
    sa.Column('categories', sa.Text(), nullable=False),
    sa.Column('actions', sa.Text(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('report_reference', sa.String(length=100), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('closing_summary', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_breach_record_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_breach_record'))
    )
    with op.batch_alter_table('breach_record', schema=None) as batch_op:
        batch_op.create_index('ix_breach_record_status', ['status', 'discovered_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('breach_record', schema=None) as batch_op:
        batch_op.drop_index('ix_breach_record_status')

    op.drop_table('breach_record')
    with op.batch_alter_table('data_subject_request', schema=None) as batch_op:
        batch_op.drop_index('ix_data_subject_request_status_due')

    op.drop_table('data_subject_request')
    with op.batch_alter_table('notice_acknowledgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_acknowledgement_beneficiary_id'))

    op.drop_table('notice_acknowledgement')
    op.drop_table('privacy_notice')
