"""The key-slot file beside an encrypted database: its key, wrapped once for each person who may open it.

``<database>.keys`` (JSON, owner-only) holds the database's id, the association's name (the sign-in
window shows it before anything is decrypted) and slots.  A slot is the database key encrypted with
AES-256-GCM under a key derived from a secret: a user's password (argon2id, its own salt), or the
administrator recovery code.  Each slot's associated data names the database id, the slot's kind and
its holder, so a slot moved to another file, or to another name, no longer opens.  The file as a
whole carries an HMAC under a key derived from the database key: once a slot is unwrapped, an edited
name, a removed or added slot, or a changed field is detected and the file is refused.

Holders' user names are stored as keyed hashes (of the database id), not in clear.

Two kinds of slot exist only between an upgrade and the holder's next sign-in:
* ``open``: the key in clear, while a new database has no account yet (set-up has not finished; no
  personal data can be entered without an account).  It is dropped when the first slot is written.
* ``legacy``: made when a plain database is converted, for accounts whose password (and for the
  recovery code, whose value) is not known then: wrapped under the stored argon2 hash of that
  password, which lives only inside the encrypted database from then on.  The holder's next
  sign-in replaces it with an ordinary slot.  Until then, the unencrypted pre-conversion backup
  (which holds those hashes) can open it: that is why the conversion tells where that backup is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".keys"
FORMAT = 1
USER, RECOVERY, LEGACY_USER, LEGACY_RECOVERY, OPEN = "user", "recovery", "legacy-user", "legacy-recovery", "open"
#: argon2id for slots: stronger than the stored password hashes (the slot file is what a thief can
#: attack offline).  Tests may lower it for speed; what is written is stored with each slot.
KDF_COST = {"m": 64 * 1024, "t": 2, "p": 1}
_KDF_FLOOR = {"m": 1024, "t": 1, "p": 1}


class KeySlotError(Exception):
    """The key-slot file cannot be used: missing, unreadable, or altered."""


class WrongSecret(Exception):
    """No slot opens with what was typed (the same answer for an unknown name)."""


@dataclass
class SlotFile:
    database: str
    association: str
    slots: list[dict]
    mac: str = ""

    def body(self) -> dict:
        return {"format": FORMAT, "database": self.database, "association": self.association, "slots": self.slots}


def path_for(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + SUFFIX)


def exists(database: Path) -> bool:
    return path_for(database).is_file()


def read(database: Path) -> SlotFile:
    path = path_for(database)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise KeySlotError(f"unknown key-slot format in {path}")
        return SlotFile(str(raw["database"]), str(raw["association"]), list(raw["slots"]), str(raw["mac"]))
    except FileNotFoundError as error:
        raise KeySlotError(f"the key-slot file {path} is missing") from error
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeySlotError(f"the key-slot file {path} is damaged") from error


def association_name(database: Path) -> str | None:
    """The association's name as the slot file says (unverified until a key opens it)."""
    try:
        return read(database).association
    except KeySlotError:
        return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _mac(key: bytes, body: dict) -> str:
    mac_key = hashlib.sha256(b"charity-desk key-slot file mac\x00" + key).digest()
    return hmac.new(mac_key, _canonical(body), hashlib.sha256).hexdigest()


def holder(database_id: str, name: str) -> str:
    """A slot's holder as stored: a user name (case and spaces ignored) hashed with the database id."""
    text = f"charity-desk slot holder\x00{database_id}\x00{name.strip().lower()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _aad(database_id: str, kind: str, who: str) -> bytes:
    return f"charity-desk key slot\x00{database_id}\x00{kind}\x00{who}".encode()


def _derive(secret: str, salt: bytes, cost: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, int(cost["t"]), int(cost["m"]), int(cost["p"]), 32, Type.ID)


def _from_hash_digest(digest: bytes) -> bytes:
    return hashlib.sha256(b"charity-desk legacy slot\x00" + digest).digest()


def _parse_argon2(stored_hash: str) -> tuple[dict, bytes, bytes]:
    """(cost, salt, digest) of an ``$argon2id$v=19$m=..,t=..,p=..$salt$digest`` hash."""
    _, variant, _version, params, salt, digest = stored_hash.split("$")
    if variant != "argon2id":
        raise ValueError(variant)
    cost = {k: int(v) for k, v in (item.split("=") for item in params.split(","))}

    def unpad(text: str) -> bytes:
        return base64.b64decode(text + "=" * (-len(text) % 4))

    return cost, unpad(salt), unpad(digest)


def _wrap(kek: bytes, key: bytes, aad: bytes) -> tuple[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return _b64(nonce), _b64(AESGCM(kek).encrypt(nonce, key, aad))


def _unwrap(kek: bytes, slot: dict, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def _slot(database_id: str, kind: str, who: str, key: bytes, secret: str) -> dict:
    salt = secrets.token_bytes(16)
    cost = dict(KDF_COST)
    nonce, wrapped = _wrap(_derive(secret, salt, cost), key, _aad(database_id, kind, who))
    return {"kind": kind, "holder": who, "salt": _b64(salt), "cost": cost, "nonce": nonce, "wrapped": wrapped}


def _legacy_slot(database_id: str, kind: str, who: str, key: bytes, stored_hash: str) -> dict:
    cost, salt, digest = _parse_argon2(stored_hash)
    nonce, wrapped = _wrap(_from_hash_digest(digest), key, _aad(database_id, kind, who))
    return {"kind": kind, "holder": who, "salt": _b64(salt), "cost": cost, "length": len(digest),
            "nonce": nonce, "wrapped": wrapped}


def _open_slot(slot: dict, database_id: str, secret: str) -> bytes | None:
    try:
        cost, salt = slot["cost"], _unb64(slot["salt"])
        if any(int(cost[k]) < _KDF_FLOOR[k] for k in _KDF_FLOOR):
            return None
        if slot["kind"] in (LEGACY_USER, LEGACY_RECOVERY):
            from argon2.low_level import Type, hash_secret_raw

            digest = hash_secret_raw(secret.encode("utf-8"), salt, int(cost["t"]), int(cost["m"]),
                                     int(cost["p"]), int(slot["length"]), Type.ID)
            kek = _from_hash_digest(digest)
        else:
            kek = _derive(secret, salt, cost)
    except (KeyError, TypeError, ValueError):
        return None
    return _unwrap(kek, slot, _aad(database_id, slot["kind"], slot["holder"]))


def _write(database: Path, slots: SlotFile, key: bytes) -> None:
    slots.mac = _mac(key, slots.body())
    path = path_for(database)
    partial = path.with_name(f"{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump({**slots.body(), "mac": slots.mac}, stream, ensure_ascii=False, indent=1)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def verified(database: Path, key: bytes) -> SlotFile:
    """The slot file, after checking its MAC under ``key``; raises KeySlotError if it was altered."""
    slots = read(database)
    if not hmac.compare_digest(_mac(key, slots.body()), slots.mac):
        raise KeySlotError(f"the key-slot file {path_for(database)} was altered")
    return slots


def create(database: Path, key: bytes, association: str = "") -> None:
    """A new slot file for a new database: an open slot until the first account gets its own."""
    database_id = secrets.token_hex(16)
    _write(database, SlotFile(database_id, association, [{"kind": OPEN, "holder": "", "key": _b64(key)}]), key)


def open_key(database: Path) -> bytes | None:
    """The key of a database whose set-up has not finished (an open slot), checked against the MAC."""
    slots = read(database)
    for slot in slots.slots:
        if slot.get("kind") == OPEN:
            key = _unb64(slot["key"])
            verified(database, key)
            return key
    return None


def _dummy_cost() -> None:
    """What trying a slot costs, spent when there is no slot to try."""
    _derive("charity-desk", b"\x00" * 16, KDF_COST)


def unlock(database: Path, username: str, password: str) -> bytes:
    """The database key, unwrapped with ``username``'s password; raises WrongSecret (the same for an
    unknown name) or KeySlotError (the file was altered)."""
    slots = read(database)
    who = holder(slots.database, username)
    candidates = [s for s in slots.slots if s.get("holder") == who and s.get("kind") in (USER, LEGACY_USER)]
    return _first_opened(database, slots, candidates, password)


def unlock_with_recovery(database: Path, code: str) -> bytes:
    """The database key, unwrapped with the recovery code (as normalised by services.recovery_code)."""
    slots = read(database)
    candidates = [s for s in slots.slots if s.get("kind") in (RECOVERY, LEGACY_RECOVERY)]
    return _first_opened(database, slots, candidates, code)


def _first_opened(database: Path, slots: SlotFile, candidates: list[dict], secret: str) -> bytes:
    """The key of the first of ``candidates`` that ``secret`` opens, checked against the file's MAC;
    with no candidate, the cost of one try is spent anyway (an unknown name answers as a wrong one)."""
    if not candidates:
        _dummy_cost()
        raise WrongSecret()
    for slot in candidates:
        key = _open_slot(slot, slots.database, secret)
        if key is not None:
            verified(database, key)
            return key
    raise WrongSecret()


def _without(slots: SlotFile, kinds: tuple[str, ...], who: str | None) -> list[dict]:
    return [s for s in slots.slots
            if s.get("kind") != OPEN and not (s.get("kind") in kinds and (who is None or s.get("holder") == who))]


def has_user_slot(database: Path, username: str) -> bool:
    """Whether ``username`` holds an ordinary slot (not a legacy one, which their sign-in replaces)."""
    try:
        slots = read(database)
    except KeySlotError:
        return False
    who = holder(slots.database, username)
    return any(s.get("kind") == USER and s.get("holder") == who for s in slots.slots)


def user_slot_kinds(database: Path, username: str) -> list[str]:
    """The kinds of the slots ``username`` holds: ``[USER]`` once settled; two while a password change
    was interrupted between writing the new slot and dropping the old (their next sign-in keeps one)."""
    try:
        slots = read(database)
    except KeySlotError:
        return []
    who = holder(slots.database, username)
    return [s.get("kind") for s in slots.slots if s.get("holder") == who and s.get("kind") in (USER, LEGACY_USER)]


def add_user(database: Path, key: bytes, username: str, password: str) -> str:
    """Give ``username`` one more slot, under ``password``, keeping the ones they have: the first step
    of a password change, taken before the change commits (see :func:`keep_user_slot`).  Returns the
    new slot's id (its nonce, random and unique)."""
    slots = verified(database, key)
    added = _slot(slots.database, USER, holder(slots.database, username), key, password)
    slots.slots = [*(s for s in slots.slots if s.get("kind") != OPEN), added]
    _write(database, slots, key)
    return added["nonce"]


def keep_user_slot(database: Path, key: bytes, username: str, slot_id: str) -> None:
    """Drop every other slot of ``username``: their new password's slot is now their only one."""
    slots = verified(database, key)
    who = holder(slots.database, username)
    slots.slots = [s for s in slots.slots
                   if not (s.get("holder") == who and s.get("kind") in (USER, LEGACY_USER) and s.get("nonce") != slot_id)]
    _write(database, slots, key)


def drop_user_slot(database: Path, key: bytes, username: str, slot_id: str) -> None:
    """Drop the slot :func:`add_user` made (the change it was for did not commit)."""
    slots = verified(database, key)
    who = holder(slots.database, username)
    slots.slots = [s for s in slots.slots if not (s.get("holder") == who and s.get("nonce") == slot_id)]
    _write(database, slots, key)


def set_user(database: Path, key: bytes, username: str, password: str) -> None:
    """Give ``username`` a slot under ``password`` (replacing any they had)."""
    slots = verified(database, key)
    who = holder(slots.database, username)
    slots.slots = _without(slots, (USER, LEGACY_USER), who) + [_slot(slots.database, USER, who, key, password)]
    _write(database, slots, key)


def remove_user(database: Path, key: bytes, username: str) -> None:
    slots = verified(database, key)
    slots.slots = _without(slots, (USER, LEGACY_USER), holder(slots.database, username))
    _write(database, slots, key)


def recovery_slot_ids(database: Path) -> list[str]:
    """The ids of the recovery code's slots: one once settled; two while a new code's was written beside
    the old one's and not yet settled (see :func:`keep_recovery_slot`).  A legacy slot's id is its nonce too."""
    try:
        slots = read(database)
    except KeySlotError:
        return []
    return [str(s.get("nonce")) for s in slots.slots if s.get("kind") in (RECOVERY, LEGACY_RECOVERY)]


def add_recovery(database: Path, key: bytes, code: str) -> str:
    """One more recovery slot, under ``code``, beside the current one: the first step of replacing the
    code, taken before the new code's hash commits.  Returns the new slot's id (its nonce)."""
    slots = verified(database, key)
    added = _slot(slots.database, RECOVERY, "", key, code)
    slots.slots = [*slots.slots, added]
    _write(database, slots, key)
    return added["nonce"]


def keep_recovery_slot(database: Path, key: bytes, slot_id: str) -> None:
    """The slot ``slot_id`` becomes the only recovery slot (and a new database's open slot goes, as the
    first slot written ends it).  Nothing changes when that slot is not in the file: another desk's newer
    code settled since, and dropping its slot would leave no recovery at all."""
    slots = verified(database, key)
    kept = [s for s in slots.slots if s.get("kind") == RECOVERY and s.get("nonce") == slot_id]
    if kept:
        slots.slots = _without(slots, (RECOVERY, LEGACY_RECOVERY), None) + kept
        _write(database, slots, key)


def drop_recovery_slot(database: Path, key: bytes, slot_id: str) -> None:
    """Drop the slot :func:`add_recovery` made (the new code it was for did not commit)."""
    slots = verified(database, key)
    slots.slots = [s for s in slots.slots if not (s.get("kind") == RECOVERY and s.get("nonce") == slot_id)]
    _write(database, slots, key)


def set_association(database: Path, key: bytes, name: str) -> None:
    slots = verified(database, key)
    if slots.association != name:
        slots.association = name
        _write(database, slots, key)


def create_converted(database: Path, key: bytes, association: str, users: dict[str, str],
                     recovery_hash: str | None) -> None:
    """The slot file of a database converted from plain: a legacy slot per account (``users``: name ->
    stored argon2 hash) and for the recovery code, replaced by ordinary ones as each is used."""
    database_id = secrets.token_hex(16)
    slots = [_legacy_slot(database_id, LEGACY_USER, holder(database_id, name), key, stored)
             for name, stored in users.items()]
    if recovery_hash:
        slots.append(_legacy_slot(database_id, LEGACY_RECOVERY, "", key, recovery_hash))
    _write(database, SlotFile(database_id, association, slots), key)
