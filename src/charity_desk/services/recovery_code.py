"""The association's recovery code: lets an administrator in again when every password is lost.

Shown once (at first-run set-up, or when an administrator asks for a new one in Settings), stored
only as an argon2 hash in the ``setting`` table, and replaced by a new one each time it is used.
"""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from charity_desk.db.models import Setting
from charity_desk.domain.digits import to_western_digits
from charity_desk.services.passwords import DUMMY_HASH, hash_password, verify_password

SETTING = "recovery_code_hash"
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
    """Store a new code (the old one stops working); returns it, to be shown once."""
    from charity_desk.services import key_slot_updates

    code = _new_code()
    session.merge(Setting(key=SETTING, value=hash_password(code)))
    key_slot_updates.recovery_code(session, code)
    return code


def matches(session: Session, typed: str) -> bool:
    """Whether ``typed`` is the current code; costs one argon2 check even when there is no code."""
    row = session.get(Setting, SETTING)
    valid = verify_password(row.value if row is not None else DUMMY_HASH, normalize(typed))
    return valid and row is not None
