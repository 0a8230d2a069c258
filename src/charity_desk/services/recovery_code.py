"""The association's recovery code: lets an administrator in again when every password is lost.

Shown once (at first-run set-up, or when an administrator asks for a new one in Settings), stored
only as an argon2 hash in the ``setting`` table, and replaced by a new one each time it is used.
In an encrypted database the ``setting`` table also records which slot of the key-slot file the
current code wraps, so that after a crash in the middle of a replacement the next sign-in keeps
exactly that slot (services.key_slot_updates).
"""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from charity_desk.db.models import Setting
from charity_desk.domain.digits import to_western_digits
from charity_desk.services.passwords import DUMMY_HASH, hash_password, verify_password

SETTING = "recovery_code_hash"
#: The id of the key slot the current code opens (an encrypted database only).
SLOT_SETTING = "recovery_code_slot"
#: No 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read back from paper.
ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
GROUPS, GROUP_LENGTH = 5, 4


def _new_code() -> str:
    characters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    return "-".join(characters[i : i + GROUP_LENGTH] for i in range(0, len(characters), GROUP_LENGTH))


def normalize(typed: str) -> str:
    """The code as typed, whatever its spaces, dashes, letter case or digit style."""
    plain = "".join(c for c in to_western_digits(typed).upper() if c.isalnum())
    return "-".join(plain[i : i + GROUP_LENGTH] for i in range(0, len(plain), GROUP_LENGTH))


def exists(session: Session) -> bool:
    return session.get(Setting, SETTING) is not None


def replace(session: Session) -> str:
    """Store a new code (the old one stops working); returns it, to be shown once.

    Its hash is written (and flushed, taking the write lock) before its key slot, and the slot's id is
    recorded in the same transaction."""
    from charity_desk.services import key_slot_updates

    code = _new_code()
    session.merge(Setting(key=SETTING, value=hash_password(code)))
    session.flush()
    slot = key_slot_updates.recovery_code_added(session, code)
    if slot is not None:
        session.merge(Setting(key=SLOT_SETTING, value=slot))
    return code


def settle_after_crash(session: Session) -> None:
    """After a replacement interrupted between its steps, keep only the slot of the code the database
    records.  Called at each sign-in while its transaction holds the write lock; the file is read, and
    nothing more, when the code's replacement was not interrupted (a database converted from plain
    records no slot: its legacy slot stays until the code is next replaced)."""
    from charity_desk.services import key_slot_updates

    if not key_slot_updates.recovery_unsettled(session):
        return
    session.flush()
    recorded = session.get(Setting, SLOT_SETTING)
    if recorded is not None:
        key_slot_updates.settle_recovery(session, recorded.value)


def matches(session: Session, typed: str) -> bool:
    """Whether ``typed`` is the current code; costs one argon2 check even when there is no code."""
    row = session.get(Setting, SETTING)
    valid = verify_password(row.value if row is not None else DUMMY_HASH, normalize(typed))
    return valid and row is not None
