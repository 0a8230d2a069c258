"""Making a backup file from a database copy, and getting a checked copy back out of one.

A backup is always a sealed file (services.backup_manifest), encrypted on request
(services.backup_crypto).  Reading one checks, in this order: the encryption (passphrase, header),
the manifest's MAC, then the copy's size and SHA-256 -- before the copy is even looked at.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from charity_desk import __version__
from charity_desk.db.restore import PGDUMP, SQLITE, payload_kind
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services import backup_manifest
from charity_desk.services.backup_manifest import Manifest
from charity_desk.services.errors import ServiceError
from charity_desk.services.installation_secret import Mark, key_id

CONTEXT = "Backups"
#: The tables whose row counts a backup records and a restore checks again after its upgrade.
COUNTED = ("beneficiary", "audit_entry")


def _error(text: str, **params: object) -> ServiceError:
    return ServiceError(Message(CONTEXT, text, params))


def not_a_backup() -> ServiceError:
    return _error(QT_TRANSLATE_NOOP("Backups", "This file is not a Charity Desk backup."))


def unsealed_copy() -> ServiceError:
    return _error(QT_TRANSLATE_NOOP(
        "Backups",
        "This file is a bare database copy without the seal Charity Desk puts on its backups (an older backup "
        "or a copy made by hand), so it cannot be trusted and nothing was restored.",
    ))


@dataclass(frozen=True)
class CopyFacts:
    revision: str | None
    counts: dict[str, int] | None


def sqlite_copy_facts(path: Path) -> CopyFacts:
    from charity_desk.db import cipher

    with closing(cipher.open_file(path, read_only=True)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}
    return CopyFacts(revision[0] if revision else None, counts)


def seal(copy: Path, work: Path, kind: str, facts: CopyFacts, key: bytes, mark: Mark | None,
         passphrase: str | None, progress: backup_manifest.Progress | None = None) -> Path:
    """The backup file for ``copy``, written in ``work``: sealed, and encrypted with ``passphrase``.

    Only the encrypted file carries the key, so the trail of a backup restored elsewhere verifies.
    ``progress(done, total)`` follows the sealing (bytes hashed and written).
    """
    manifest = Manifest(
        kind=kind, size=0, sha256="", created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        revision=facts.revision, app_version=__version__, key_id=key_id(key), high_water=mark,
        counts=facts.counts, secret=key if passphrase is not None else None,
    )
    sealed = work / "sealed"
    backup_manifest.write_sealed(copy, sealed, manifest, key, progress)
    if passphrase is None:
        return sealed
    from charity_desk.services.backup_crypto import encrypt_file

    encrypted = work / "encrypted"
    encrypt_file(sealed, encrypted, passphrase)
    sealed.unlink()
    return encrypted


@dataclass(frozen=True)
class Unpacked:
    payload: Path
    #: None for an encrypted backup made before backups were sealed: trusted on its passphrase, its
    #: plain-hash trail is checked, then sealed under ``key`` (this desk's) once restored.
    manifest: Manifest | None
    key: bytes
    encrypted: bool


def _other_kind() -> ServiceError:
    return _error(QT_TRANSLATE_NOOP(
        "Backups",
        "This backup was taken from the other kind of database (a SQLite file or a PostgreSQL server), so "
        "it cannot be restored here.",
    ))


def _from_before_seals(inner: Path, work: Path, url: str, kind: str) -> Unpacked:
    from charity_desk.services import installation_secret

    payload = work / f"staged.{kind}"
    inner.replace(payload)
    keys = installation_secret.read_keys(url)
    return Unpacked(payload, None, keys[-1] if keys else installation_secret.new_key(url), True)


def unpack(file: Path, work: Path, url: str, passphrase: str | None, expected_kind: str,
           progress: backup_manifest.Progress | None = None) -> Unpacked:
    """The checked database copy from ``file``, written to ``work``; ``url`` is the live database's
    (its secret checks a plain backup's seal); ``progress(done, total)`` follows the copy out."""
    from charity_desk.services.backup_crypto import decrypt_file, is_encrypted, passphrase_needed

    if not file.is_file():
        raise _error(QT_TRANSLATE_NOOP("Backups", "The backup file {path} was not found."), path=str(file))
    encrypted = is_encrypted(file)
    inner = file
    if encrypted:
        if passphrase is None:
            raise passphrase_needed()
        inner = work / "decrypted"
        decrypt_file(file, inner, passphrase)
    if not backup_manifest.is_sealed(inner):
        kind = payload_kind(inner)
        if kind is None:
            raise not_a_backup()
        if not encrypted:
            raise unsealed_copy()
        if kind != expected_kind:
            raise _other_kind()
        return _from_before_seals(inner, work, url, kind)
    opened = backup_manifest.open_sealed(inner, url, from_encrypted=encrypted)
    if opened.manifest.kind not in (SQLITE, PGDUMP):
        raise backup_manifest.altered()
    if opened.manifest.kind != expected_kind:
        raise _other_kind()
    payload = work / f"staged.{opened.manifest.kind}"
    backup_manifest.extract_payload(inner, opened.manifest, payload, progress)
    if inner != file:
        inner.unlink()
    if payload_kind(payload) != opened.manifest.kind:
        raise not_a_backup()
    return Unpacked(payload, opened.manifest, opened.key, encrypted)
