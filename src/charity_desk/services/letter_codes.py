"""Verification codes printed on letters: a keyed hash of what the letter says.

The key is a random secret made once per installation and kept in the database.  A code can only
be produced by the application, and editing any field of a stored letter makes its code stop
matching, so a forged or altered letter is detected when its code is checked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from sqlalchemy.orm import Session

from charity_desk.db.models import IssuedLetter, Setting
from charity_desk.domain.digits import to_western_digits

KEY_SETTING = "letter_signing_key"


def signing_key(session: Session) -> bytes:
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        row = Setting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def _payload(letter: IssuedLetter) -> bytes:
    return json.dumps([letter.reference_number, letter.kind, letter.issued_on.isoformat(), letter.addressee,
                       letter.subject, letter.body, letter.beneficiary_id, letter.decision_id, letter.referral_id],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def letter_code(key: bytes, letter: IssuedLetter) -> str:
    """``XXXX-XXXX`` from the first 40 bits of the HMAC, in an alphabet without look-alike letters."""
    digest = hmac.new(key, _payload(letter), hashlib.sha256).digest()
    text = base64.b32encode(digest[:5]).decode("ascii")
    return f"{text[:4]}-{text[4:]}"


def normalize_code(typed: str) -> str:
    """The code as stored, from what was typed: any case, spaces or dashes, Arabic-Indic digits."""
    compact = "".join(ch for ch in to_western_digits(typed).upper() if ch.isascii() and ch.isalnum())
    return f"{compact[:4]}-{compact[4:8]}" if len(compact) == 8 else typed.strip().upper()
