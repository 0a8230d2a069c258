"""The sealed backup file: a manifest (what the copy holds, its SHA-256, a keyed MAC) then the copy.

Layout: ``CDSEALED``, the manifest's length (4 bytes, big-endian), the manifest as JSON, then the
database copy (a SQLite file or a ``pg_dump`` archive).  The manifest's MAC is an HMAC-SHA256 under
the installation's audit secret (services.installation_secret), so a copy changed by one byte, or a
manifest whose hash was recomputed, is refused before anything is restored.  The manifest also
carries the audit trail's high-water mark, so a restored trail is checked up to its real end.

An encrypted backup (services.backup_crypto) holds this same sealed file, with the secret itself
inside the manifest so the trail of a backup restored on a new computer still verifies.  A plain
backup never carries the secret: a manifest that does is accepted only from inside an encrypted
backup, whose passphrase authenticates it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services import installation_secret
from charity_desk.services.errors import ServiceError
from charity_desk.services.installation_secret import Mark

CONTEXT = "Backups"
MAGIC = b"CDSEALED"
FORMAT = 1
_LENGTH = struct.Struct(">I")
MAX_MANIFEST = 64 * 1024
_CHUNK = 1 << 20
Progress = Callable[[int, int], None]


class ManifestError(ServiceError):
    """The sealed file cannot be trusted: damaged, altered, or sealed by another installation."""


def _error(text: str, **params: object) -> ManifestError:
    return ManifestError(Message(CONTEXT, text, params))


def altered() -> ManifestError:
    return _error(QT_TRANSLATE_NOOP(
        "Backups", "This backup file is damaged or was altered after it was made, so nothing was restored."))


def foreign_seal() -> ManifestError:
    return _error(QT_TRANSLATE_NOOP(
        "Backups",
        "This backup was sealed by another Charity Desk installation, so it cannot be checked here and nothing "
        "was restored. Restore an encrypted backup instead (it carries its own seal), or copy that "
        "installation's audit secret file to this desk first."))


@dataclass(frozen=True)
class Manifest:
    kind: str
    size: int
    sha256: str
    created_at: str
    revision: str | None
    app_version: str
    key_id: str
    high_water: Mark | None
    #: Row counts of the copy (people, audit entries), checked again after the restore's upgrade.
    counts: dict[str, int] | None
    secret: bytes | None = None

    def fields(self) -> dict:
        fields = {
            "format": FORMAT,
            "kind": self.kind,
            "size": self.size,
            "sha256": self.sha256,
            "created_at": self.created_at,
            "revision": self.revision,
            "app_version": self.app_version,
            "key_id": self.key_id,
            "high_water": self.high_water.to_json() if self.high_water else None,
            "counts": self.counts,
        }
        if self.secret is not None:
            fields["secret"] = self.secret.hex()
        return fields

    @classmethod
    def parse(cls, raw: dict) -> Manifest:
        if raw.get("format") != FORMAT:
            raise ValueError("format")
        mark = raw.get("high_water")
        counts = raw.get("counts")
        return cls(
            kind=str(raw["kind"]),
            size=int(raw["size"]),
            sha256=str(raw["sha256"]),
            created_at=str(raw["created_at"]),
            revision=None if raw.get("revision") is None else str(raw["revision"]),
            app_version=str(raw.get("app_version", "")),
            key_id=str(raw["key_id"]),
            high_water=Mark.from_json(mark) if mark is not None else None,
            counts={str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else None,
            secret=bytes.fromhex(raw["secret"]) if "secret" in raw else None,
        )


def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def manifest_mac(key: bytes, fields: dict) -> str:
    return hmac.new(key, b"charity-desk backup manifest\x00" + _canonical(fields), hashlib.sha256).hexdigest()


def file_digest(path: Path, progress: Progress | None = None, total: int = 0) -> tuple[int, str]:
    """Size and SHA-256 of ``path``; ``progress(bytes read, total)`` after each chunk."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if progress is not None:
                progress(size, total)
    return size, digest.hexdigest()


def write_sealed(
    payload: Path, destination: Path, manifest: Manifest, key: bytes, progress: Progress | None = None
) -> None:
    """``manifest`` describes ``payload`` (its size and sha256 are filled in here).

    ``progress(done, total)`` counts bytes over both passes: hashing the copy, then writing it.
    """
    total = 2 * payload.stat().st_size
    size, sha = file_digest(payload, progress, total)
    fields = replace(manifest, size=size, sha256=sha).fields()
    fields["mac"] = manifest_mac(key, fields)
    header = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with payload.open("rb") as source, destination.open("wb") as out:
        out.write(MAGIC + _LENGTH.pack(len(header)) + header)
        written = size
        while chunk := source.read(_CHUNK):
            out.write(chunk)
            written += len(chunk)
            if progress is not None:
                progress(written, total)
        out.flush()
        os.fsync(out.fileno())


def is_sealed(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(MAGIC)) == MAGIC


@dataclass(frozen=True)
class Opened:
    manifest: Manifest
    key: bytes


def open_sealed(path: Path, url: str, from_encrypted: bool) -> Opened:
    """Read and check the manifest (its MAC first): the key that seals it, and what it describes.

    A manifest carrying the secret is believed only ``from_encrypted``; otherwise the key must be
    one this desk holds for the database at ``url``.
    """
    with path.open("rb") as stream:
        start = stream.read(len(MAGIC) + _LENGTH.size)
        if len(start) < len(MAGIC) + _LENGTH.size or start[: len(MAGIC)] != MAGIC:
            raise altered()
        (length,) = _LENGTH.unpack(start[len(MAGIC):])
        if length > MAX_MANIFEST:
            raise altered()
        header = stream.read(length)
    try:
        raw = json.loads(header.decode("utf-8"))
        stored_mac = str(raw.pop("mac"))
        manifest = Manifest.parse(raw)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise altered() from error
    if manifest.secret is not None and not from_encrypted:
        raise altered()  # only an encrypted backup may bring its own key
    candidates = [manifest.secret] if manifest.secret is not None else installation_secret.read_keys(url)
    key = next((k for k in candidates if installation_secret.key_id(k) == manifest.key_id), None)
    if key is None:
        raise foreign_seal()
    if not hmac.compare_digest(manifest_mac(key, raw), stored_mac):
        raise altered()
    return Opened(manifest, key)


def extract_payload(path: Path, manifest: Manifest, destination: Path, progress: Progress | None = None) -> None:
    """Copy the database out of the sealed file, refusing it unless its size and SHA-256 match;
    ``progress(bytes copied, size the manifest gives)`` after each chunk."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream, destination.open("wb") as out:
        stream.seek(len(MAGIC))
        (length,) = _LENGTH.unpack(stream.read(_LENGTH.size))
        stream.seek(len(MAGIC) + _LENGTH.size + length)
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
            if progress is not None:
                progress(min(size, manifest.size), manifest.size)
    if size != manifest.size or not hmac.compare_digest(digest.hexdigest(), manifest.sha256):
        destination.unlink(missing_ok=True)
        raise altered()
