"""Writing the audit trail: append-only, UTC, each entry sealed with the one before it under a key.

Every entry's ``hash`` column holds an HMAC-SHA256 of its id, its contents and the seal of the entry
before it, under the installation's secret (services.installation_secret), which lives outside the
database.  Trails written before keyed seals existed were chained with plain SHA-256
(:func:`entry_hash`); an ``audit.sealed`` transition entry checks the old chain and seals where it
ends and where it starts.  The start-up upgrade step writes it (services.schema_upgrade, with a
progress indication: it reads the whole trail), so a sign-in after the upgrade costs one entry.
:func:`record` still writes it first when it meets an unsealed trail: a trail can arrive without
that step -- a backup restored from before seals, whose restore entry then seals it, or a database
opened by code that skips the start-up step -- and an entry must never be sealed onto an unchecked
plain chain.

Two writers never fork the chain: SQLite write sessions take the write lock when they begin (BEGIN
IMMEDIATE) and PostgreSQL writers take an advisory lock first; even without either, each entry's id
is the previous entry's id plus one, so a second writer chaining onto the same entry collides on the
primary key and its transaction fails instead of forking the trail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.models import AuditEntry
from charity_desk.services import installation_secret
from charity_desk.services.actor import SYSTEM, Actor

GENESIS_HASH = "0" * 64
TRANSITION = "audit.sealed"
_POSTGRES_AUDIT_LOCK = 7_420_001
_SEAL_VERSION = "charity-desk audit v2"
Progress = Callable[[int, int], None]
#: How far back a writer looks for an entry sealed by a key it holds when the newest one is not.
_LOOK_BACK = 20

_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.username,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.details,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def canonical_time(at: datetime) -> str:
    """The same text for a time whether the database gave it back with or without its zone (UTC)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _canonical(fields: list) -> bytes:
    """The one byte form of an entry's fields that a hash or a seal is taken over."""
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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
    """The plain SHA-256 link of trails written before keyed seals (kept to check those entries)."""
    payload = _canonical([prev_hash, canonical_time(at), user_id, username, action, entity, entity_id, details])
    return hashlib.sha256(payload).hexdigest()


def entry_seal(
    key: bytes,
    entry_id: int,
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    """HMAC-SHA256 under the installation's secret of the entry's id, contents and previous seal."""
    payload = _canonical([_SEAL_VERSION, entry_id, prev_hash, canonical_time(at), user_id, username, action,
                          entity, entity_id, details])
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def row_seal(key: bytes, row) -> str:
    """The seal a stored row (anything with the audit columns as attributes) should carry."""
    return entry_seal(key, row.id, row.prev_hash, row.at, row.user_id, row.username, row.action, row.entity,
                      row.entity_id, row.details)


def row_hash(row) -> str:
    return entry_hash(row.prev_hash, row.at, row.user_id, row.username, row.action, row.entity, row.entity_id,
                      row.details)


def sealed_by(keys: list[bytes], row) -> bytes | None:
    """The key among ``keys`` that seals ``row``, if any (newest first)."""
    return next((key for key in reversed(keys) if hmac.compare_digest(row_seal(key, row), row.hash)), None)


def _database_url(session: Session) -> str:
    return session.get_bind().engine.url.render_as_string(hide_password=True)


def _sealing_key(session: Session, url: str, last) -> tuple[bytes, bool]:
    """The key the trail is sealed with, and whether a transition entry must come first.

    Only a trail this desk has never seen sealed (no high-water mark here) may be sealed anew: a
    plain-hash tail where a mark exists is tampering, and is sealed over without a transition so
    the verifier reports it.
    """
    keys = installation_secret.read_keys(url)
    if last is None:
        return (keys[-1] if keys else installation_secret.new_key(url)), False
    if key := sealed_by(keys, last):
        return key, False
    if row_hash(last) == last.hash and not installation_secret.has_mark(url):
        return (keys[-1] if keys else installation_secret.new_key(url)), True
    recent = session.execute(
        select(*_COLUMNS).where(AuditEntry.id < last.id).order_by(AuditEntry.id.desc()).limit(_LOOK_BACK)
    )
    for row in recent:
        if key := sealed_by(keys, row):
            return key, False  # the newest entries were altered: keep sealing, the verifier names them
    if row_hash(last) == last.hash and keys:
        return keys[-1], False
    raise installation_secret.MissingSecret(installation_secret.key_path(url))


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers so two desks never chain onto the same previous row.
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _POSTGRES_AUDIT_LOCK})


def _last(session: Session):
    return session.execute(select(*_COLUMNS).order_by(AuditEntry.id.desc()).limit(1)).first()


def _append(session: Session, key: bytes, last, actor: Actor, action: str, entity: str, entity_id: str,
            details_text: str) -> AuditEntry:
    entry_id = (last.id if last is not None else 0) + 1
    prev = last.hash if last is not None else GENESIS_HASH
    at = utcnow()
    entry = AuditEntry(
        id=entry_id,
        at=at,
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details_text,
        prev_hash=prev,
        hash=entry_seal(key, entry_id, prev, at, actor.user_id, actor.username, action, entity, entity_id,
                        details_text),
    )
    session.add(entry)
    session.flush()
    return entry


def _transition(session: Session, key: bytes, last, progress: Progress | None = None) -> AuditEntry:
    """Check the plain-hash trail, then seal where it starts and ends under the key."""
    from charity_desk.services.audit_verify import check_plain_chain

    legacy = check_plain_chain(session, progress=progress)
    details = {
        "legacy_entries": legacy.rows,
        "legacy_start": legacy.start,
        "legacy_intact": legacy.first_bad_id is None,
        "legacy_first_bad": legacy.first_bad_id,
        "key": installation_secret.key_id(key),
    }
    return _append(session, key, last, SYSTEM, TRANSITION, "audit", "",
                   json.dumps(details, ensure_ascii=False, sort_keys=True))


def record(
    session: Session, actor: Actor, action: str, entity: str = "", entity_id: object = "", **details: object
) -> AuditEntry:
    """Append one audit row inside the caller's transaction; ``details`` must hold no sensitive value."""
    _lock(session)
    url = _database_url(session)
    last = _last(session)
    key, transition = _sealing_key(session, url, last)
    if transition:
        last = _transition(session, key, last)
    details_text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    entry = _append(session, key, last, actor, action, entity, str(entity_id), details_text)
    _mark_after_commit(session, url, installation_secret.make_mark(key, entry.id, entry.hash))
    return entry


def needs_sealing(session: Session) -> bool:
    """Whether the trail is a plain-hash one still waiting for its transition (one query, one HMAC).

    A sealed trail whose key this desk lacks needs no transition: its first write says what is missing.
    """
    last = _last(session)
    if last is None:
        return False
    try:
        return _sealing_key(session, _database_url(session), last)[1]
    except installation_secret.MissingSecret:
        return False


def seal_trail(session: Session, progress: Progress | None = None) -> None:
    """Seal a plain-hash trail now (nothing happens to an empty or already sealed one);
    ``progress(done, total)`` follows the check of the old chain, the long part."""
    _lock(session)
    url = _database_url(session)
    last = _last(session)
    if last is None:
        return
    key, transition = _sealing_key(session, url, last)
    if transition:
        entry = _transition(session, key, last, progress)
        _mark_after_commit(session, url, installation_secret.make_mark(key, entry.id, entry.hash))


def trail_key(session: Session) -> tuple[bytes, installation_secret.Mark | None]:
    """The key a (sealed) trail is sealed with, and the high-water mark of its newest entry.

    Used to seal a backup's manifest: a desk that does not hold the trail's key cannot make one.
    """
    url = _database_url(session)
    last = _last(session)
    keys = installation_secret.read_keys(url)
    if last is None:
        return (keys[-1] if keys else installation_secret.new_key(url)), None
    key = sealed_by(keys, last) or (keys[-1] if keys else None)  # an altered newest entry shows at restore
    if key is None:
        raise installation_secret.MissingSecret(installation_secret.key_path(url))
    return key, installation_secret.make_mark(key, last.id, last.hash)


def _mark_after_commit(session: Session, url: str, mark: installation_secret.Mark) -> None:
    """The high-water mark moves only once the entry is committed (a rolled-back entry never existed)."""
    session.info["audit_mark"] = (url, mark)
    if not session.info.get("audit_mark_hooked"):
        event.listen(session, "after_commit", _write_pending_mark)
        event.listen(session, "after_rollback", _drop_pending_mark)
        session.info["audit_mark_hooked"] = True


def _write_pending_mark(session: Session) -> None:
    pending = session.info.pop("audit_mark", None)
    if pending is None:
        return
    url, mark = pending
    # The entry is committed; a mark left behind only makes the next check less strict.
    with suppress(OSError):
        installation_secret.write_mark(url, mark)


def _drop_pending_mark(session: Session) -> None:
    session.info.pop("audit_mark", None)
