"""Writing the audit trail: append-only, UTC, each row hashed together with the one before it."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.models import AuditEntry
from charity_desk.services.actor import Actor

GENESIS_HASH = "0" * 64
_POSTGRES_AUDIT_LOCK = 7_420_001


def canonical_time(at: datetime) -> str:
    """The same text for a time whether the database gave it back with or without its zone (UTC)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    payload = json.dumps(
        [prev_hash, canonical_time(at), user_id, username, action, entity, entity_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session, actor: Actor, action: str, entity: str = "", entity_id: object = "", **details: object
) -> AuditEntry:
    """Append one audit row inside the caller's transaction; ``details`` must hold no sensitive value."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers so two desks never chain onto the same previous row.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _POSTGRES_AUDIT_LOCK})
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS_HASH
    at = utcnow()
    details_text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        at=at,
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=details_text,
        prev_hash=prev,
        hash=entry_hash(
            prev, at, actor.user_id, actor.username, action, entity, str(entity_id), details_text
        ),
    )
    session.add(entry)
    session.flush()
    return entry
