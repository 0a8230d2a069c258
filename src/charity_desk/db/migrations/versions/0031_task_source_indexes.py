"""My work today read from one person's index entries, not from every file of a caseload: a researcher's
files due for re-verification with the name the list shows (the page sorts them by due date without
reading each file's row), the home visits still scheduled by researcher and day, the referrals to follow up
by the colleague who made them and the day, the applications by who took them.  The last three are partial
(only the rows that can be a task; applications imported or taken before sign-ins were recorded name no one),
so SQLite takes them over walking every file of the caseload, or every application being verified.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

_SCHEDULED = sa.text("status = 'scheduled'")
_FOLLOWED_UP = sa.text("follow_up_on IS NOT NULL")
_TAKEN_BY = sa.text("consent_taken_by_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_beneficiary_researcher_reverification", table_name="beneficiary")
    op.create_index("ix_beneficiary_researcher_tasks", "beneficiary",
                    ["assigned_researcher_id", "status", "verified_on", "created_at", "full_name"])
    op.create_index("ix_home_visit_scheduled", "home_visit", ["researcher_id", "scheduled_for"],
                    sqlite_where=_SCHEDULED, postgresql_where=_SCHEDULED)
    op.create_index("ix_referral_follow_up", "referral", ["created_by_id", "follow_up_on"],
                    sqlite_where=_FOLLOWED_UP, postgresql_where=_FOLLOWED_UP)
    op.drop_index("ix_application_consent_taken_by_state", table_name="application")
    op.create_index("ix_application_consent_taken_by_state", "application", ["consent_taken_by_id", "state"],
                    sqlite_where=_TAKEN_BY, postgresql_where=_TAKEN_BY)
    # The new beneficiary index needs its statistics (without them SQLite would read a caseload's
    # applications from it); the partial indexes are chosen on SQLite's own estimate.
    op.execute("ANALYZE beneficiary")


def downgrade() -> None:
    op.drop_index("ix_application_consent_taken_by_state", table_name="application")
    op.create_index("ix_application_consent_taken_by_state", "application", ["consent_taken_by_id", "state"])
    op.drop_index("ix_referral_follow_up", table_name="referral")
    op.drop_index("ix_home_visit_scheduled", table_name="home_visit")
    op.drop_index("ix_beneficiary_researcher_tasks", table_name="beneficiary")
    op.create_index("ix_beneficiary_researcher_reverification", "beneficiary",
                    ["assigned_researcher_id", "status", "verified_on"])
