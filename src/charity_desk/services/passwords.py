"""Password hashing with argon2id at the parameters SAUDI.md asks for (19 MiB, t=2, p=1)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.errors import ServiceError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

MIN_LENGTH = 8

#: A hash at today's parameters of a password nobody has: checking a sign-in for a username with no
#: account (or a refused one) against it costs exactly what a wrong password costs, so the time a
#: sign-in takes never tells whether the account exists.
DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$TPviwQjHjLcFOw5t1MM4Qw$HvBEc0FWEgKXe6TaS+DjuMi7ZbtV99klnbfVbU4cG2w"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _HASHER.check_needs_rehash(stored_hash)


def check_new_password(password: str) -> None:
    """Refuse a password too short to be chosen (message context "Users", the accounts screen's)."""
    if len(password) < MIN_LENGTH:
        raise ServiceError(
            Message(
                "Users",
                QT_TRANSLATE_NOOP("Users", "The password must have at least {count} characters."),
                {"count": MIN_LENGTH},
            ),
            field="password",
        )
