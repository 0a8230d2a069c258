"""Search text rebuilt: the name's words first and in order, compound names joined (عبد الرحمن,
أبو بكر, نور الدين), so the search can rank people whose first name is the word typed first.

The text is computed by ``domain.search_text`` as it is now; the full-text index follows through
its update trigger (SQLite) or its expression index (PostgreSQL).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from charity_desk.domain.search_text import person_search_text

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, first_name, father_name, grandfather_name, family_name, national_id, mobile, mobile_alt,"
        " search_text FROM beneficiary ORDER BY id")).fetchall()
    changed = []
    for id_, first, father, grandfather, family, national_id, mobile, mobile_alt, old in rows:
        text = person_search_text((first, father, grandfather, family), national_id, (mobile, mobile_alt))
        if text != old:
            changed.append({"i": id_, "t": text})
    update = sa.text("UPDATE beneficiary SET search_text = :t WHERE id = :i")
    for start in range(0, len(changed), _BATCH):
        connection.execute(update, changed[start:start + _BATCH])


def downgrade() -> None:
    """The older text still finds everyone; the order of the words only ranks them."""
