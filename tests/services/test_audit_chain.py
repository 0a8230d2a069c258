"""Every audited action is chained to the one before it with SHA-256."""

from sqlalchemy import select

from charity_desk.db.models import AuditEntry
from charity_desk.services.audit import GENESIS_HASH, entry_hash


def test_chain_links_and_hashes_recompute(services, admin, admin_password):
    services.auth.login("admin", admin_password)
    services.auth.logout(admin)
    with services.db.read_session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert len(rows) >= 4
        assert rows[0].prev_hash == GENESIS_HASH
        for previous, row in zip(rows, rows[1:], strict=False):
            assert row.prev_hash == previous.hash
        for row in rows:
            assert row.hash == entry_hash(
                row.prev_hash,
                row.at,
                row.user_id,
                row.username,
                row.action,
                row.entity,
                row.entity_id,
                row.details,
            )
