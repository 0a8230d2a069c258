"""The installation's audit secret and high-water mark: two small files kept outside the database.

The secret seals the audit trail (HMAC-SHA256, services.audit) and every backup's manifest, so a
person who can change the database but cannot read this file cannot rewrite, cut or forge the trail
unnoticed.  Where the files live:

* a SQLite database: beside the database file, as ``<file>.audit-key`` and ``<file>.audit-mark``
  (the default database sits in the data folder, so its secret does too);
* a PostgreSQL server: in this desk's data folder, as ``postgres-<server>.audit-key`` and
  ``.audit-mark``.  Every desk on the server needs the same secret: the administrator copies the
  ``.audit-key`` file of the first desk into the data folder of each other desk.  A desk without it
  refuses to write to a sealed trail (:class:`MissingSecret`) instead of writing unsealed entries.

The key file holds a list of keys, newest last: restoring an encrypted backup adds the key its
trail was sealed with, and the trail itself says which key seals it (the one its last entry
verifies under), so keeping old keys never weakens anything.

The high-water mark is the id and seal of the newest entry this desk wrote or restored, itself
sealed, so a trail whose tail was deleted (or that was emptied) no longer reaches it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from charity_desk.config import data_dir
from charity_desk.db.engine import sqlite_path
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.errors import ServiceError

CONTEXT = "AuditSecret"
KEY_SUFFIX = ".audit-key"
MARK_SUFFIX = ".audit-mark"
KEY_BYTES = 32


class MissingSecret(ServiceError):
    """The trail is sealed but this desk does not hold the key it was sealed with."""

    def __init__(self, path: Path):
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "AuditSecret",
                    "This desk does not have the secret that seals the audit trail, so it cannot record "
                    "anything. Copy the file {name} from the first desk (or from where the database came "
                    "from) to {path}, or restore an encrypted backup.",
                ),
                {"name": _isolated(path.name), "path": _isolated(str(path))},
            )
        )
        self.path = path


def _isolated(text: str) -> str:
    """A file name or path kept left to right inside an Arabic sentence (Unicode isolates)."""
    return f"\u2066{text}\u2069"


def _base(url: str) -> Path:
    path = sqlite_path(url)
    if path is not None:
        return path
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    server = f"{parsed.host or 'local'}:{parsed.port or 5432}/{parsed.database or ''}"
    return data_dir() / f"postgres-{hashlib.sha256(server.encode()).hexdigest()[:12]}"


def key_path(url: str) -> Path:
    base = _base(url)
    return base.with_name(base.name + KEY_SUFFIX)


def mark_path(url: str) -> Path:
    base = _base(url)
    return base.with_name(base.name + MARK_SUFFIX)


def key_id(key: bytes) -> str:
    """A short public name for a key (it says which key, never the key)."""
    return hashlib.sha256(b"charity-desk key id\x00" + key).hexdigest()[:16]


def _write_private(path: Path, text: str) -> None:
    """Written whole or not at all, readable by this account only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own, so two writers (two windows, two threads) never write into one file.
    partial = path.with_name(f"{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    try:
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


#: path -> (the file's stat signature, its keys): every audit entry reads the keys.
_read: dict[Path, tuple[tuple[int, int, int], list[bytes]]] = {}


def read_keys(url: str) -> list[bytes]:
    """The keys this desk holds for the database at ``url``, newest last (none: an empty list)."""
    path = key_path(url)
    try:
        status = path.stat()
        signature = (status.st_ino, status.st_mtime_ns, status.st_size)
        cached = _read.get(path)
        if cached is not None and cached[0] == signature:
            return list(cached[1])
        raw = json.loads(path.read_text(encoding="utf-8"))
        keys = [bytes.fromhex(value) for value in raw["keys"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _unreadable(path) from error
    _read[path] = (signature, keys)
    return list(keys)


def _unreadable(path: Path) -> ServiceError:
    return ServiceError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "AuditSecret",
                "The audit secret file {path} is damaged. Put back a good copy of it (from another desk or "
                "an encrypted backup).",
            ),
            {"path": _isolated(str(path))},
        )
    )


def add_key(url: str, key: bytes) -> None:
    """Keep ``key`` (from an encrypted backup, say) as the newest; a key already held moves last."""
    keys = [k for k in read_keys(url) if k != key] + [key]
    _write_private(key_path(url), json.dumps({"keys": [k.hex() for k in keys]}, indent=1))


def new_key(url: str) -> bytes:
    key = secrets.token_bytes(KEY_BYTES)
    add_key(url, key)
    return key


@dataclass(frozen=True)
class Mark:
    """The newest entry seen: its id and seal, with a seal of its own under the trail's key."""

    entry_id: int
    entry_mac: str
    seal: str

    def to_json(self) -> dict:
        return {"id": self.entry_id, "mac": self.entry_mac, "seal": self.seal}

    @classmethod
    def from_json(cls, raw: object) -> Mark:
        if not isinstance(raw, dict):
            raise ValueError("mark")
        return cls(int(raw["id"]), str(raw["mac"]), str(raw["seal"]))

    def sealed_by(self, keys: list[bytes]) -> bool:
        return any(hmac.compare_digest(mark_seal(key, self.entry_id, self.entry_mac), self.seal) for key in keys)


def mark_seal(key: bytes, entry_id: int, entry_mac: str) -> str:
    payload = f"charity-desk audit mark\x00{entry_id}\x00{entry_mac}".encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def make_mark(key: bytes, entry_id: int, entry_mac: str) -> Mark:
    return Mark(entry_id, entry_mac, mark_seal(key, entry_id, entry_mac))


class MarkUnreadable(Exception):
    """The mark file exists but cannot be read: itself a sign it was tampered with."""


def read_mark(url: str) -> Mark | None:
    path = mark_path(url)
    try:
        return Mark.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MarkUnreadable(str(path)) from error


def has_mark(url: str) -> bool:
    return mark_path(url).exists()


def write_mark(url: str, mark: Mark, only_forward: bool = True) -> None:
    """Record ``mark``; with ``only_forward`` a mark never moves back to an older entry."""
    if only_forward:
        try:
            current = read_mark(url)
        except MarkUnreadable:
            current = None
        if current is not None and current.entry_id > mark.entry_id:
            return
    _write_private(mark_path(url), json.dumps(mark.to_json()))
