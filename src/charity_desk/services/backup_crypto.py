"""The encrypted backup file: AES-256-GCM in 1 MiB segments, key from scrypt(passphrase, salt).

Layout: a header (magic, version, scrypt cost, salt, nonce prefix, key check, header checksum)
followed by the segments.  Each segment's nonce is the prefix, the segment number and a last-segment
flag, and the header is authenticated with every segment, so an altered, reordered or cut file is
refused (the STREAM construction).  The key check tells a wrong passphrase from a damaged file; the
header checksum (a plain SHA-256 of the header, version 2 on) tells a damaged or altered header from
a wrong passphrase, since an altered salt or key check would otherwise look like one.

The ``cryptography`` library is imported when a backup is encrypted or read, not at start-up.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.errors import ServiceError

CONTEXT = "Backups"
MAGIC = b"CDBACKUP"
VERSION = 2
SEGMENT = 1 << 20
TAG = 16
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
MIN_PASSPHRASE = 8
# magic, version, log2(n), r, p, salt, nonce prefix, key check
_HEADER_V1 = struct.Struct(f">{len(MAGIC)}sBBBB16s7s32s")
_CHECKSUM = 16
_HEADER_SIZES = {1: _HEADER_V1.size, 2: _HEADER_V1.size + _CHECKSUM}


class BackupFileError(ServiceError):
    """The backup file cannot be read back: wrong passphrase, damaged or not a backup."""


def wrong_passphrase() -> BackupFileError:
    return BackupFileError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("Backups", "The passphrase of this backup is wrong."))
    )


def damaged() -> BackupFileError:
    return BackupFileError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Backups", "This backup file is damaged or was altered; it cannot be used to restore."
            ),
        )
    )


def passphrase_needed() -> BackupFileError:
    return BackupFileError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Backups", "This backup is encrypted: give its passphrase to restore it."),
        )
    )


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backups", "The backup passphrase must have at least {count} characters."),
                {"count": MIN_PASSPHRASE},
            ),
            field="passphrase",
        )


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(MAGIC)) == MAGIC


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The AES key and the key check (a hash of the rest of the derived bytes)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    derived = Scrypt(salt=salt, length=64, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return derived[:32], hashlib.sha256(derived[32:]).digest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def _segments(stream: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """Each piece with whether it is the last (an empty input still gives one, empty, last piece)."""
    current = stream.read(size)
    while True:
        following = stream.read(size)
        yield current, not following
        if not following:
            return
        current = following


def encrypt_file(source: Path, destination: Path, passphrase: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(7)
    key, key_check = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    fields = _HEADER_V1.pack(MAGIC, VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, prefix, key_check)
    header = fields + _header_checksum(fields)
    aead = AESGCM(key)
    with source.open("rb") as plain, destination.open("wb") as out:
        out.write(header)
        for index, (piece, last) in enumerate(_segments(plain, SEGMENT)):
            out.write(aead.encrypt(_nonce(prefix, index, last), piece, header))
        out.flush()
        os.fsync(out.fileno())


def _header_checksum(fields: bytes) -> bytes:
    return hashlib.sha256(b"charity-desk backup header\x00" + fields).digest()[:_CHECKSUM]


def _read_header(sealed: BinaryIO) -> bytes:
    """The whole header, refused as damaged unless its checksum (version 2 on) and values hold."""
    start = sealed.read(len(MAGIC) + 1)
    size = _HEADER_SIZES.get(start[-1]) if len(start) == len(MAGIC) + 1 else None
    if size is None or start[: len(MAGIC)] != MAGIC:
        raise damaged()
    header = start + sealed.read(size - len(start))
    if len(header) < size:
        raise damaged()
    fields = header[: _HEADER_V1.size]
    if size > _HEADER_V1.size and not hmac.compare_digest(_header_checksum(fields), header[_HEADER_V1.size:]):
        raise damaged()
    _magic, _version, log2_n, r, p, _salt, _prefix, _check = _HEADER_V1.unpack(fields)
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise damaged()
    return header


def decrypt_file(source: Path, destination: Path, passphrase: str) -> None:
    """Decrypt to ``destination``; on any error nothing usable is left there."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        with source.open("rb") as sealed, destination.open("wb") as out:
            header = _read_header(sealed)
            _magic, _version, log2_n, r, p, salt, prefix, stored_check = _HEADER_V1.unpack(header[: _HEADER_V1.size])
            key, key_check = _derive(passphrase, salt, log2_n, r, p)
            if not hmac.compare_digest(key_check, stored_check):
                raise wrong_passphrase()
            aead = AESGCM(key)
            for index, (piece, last) in enumerate(_segments(sealed, SEGMENT + TAG)):
                try:
                    out.write(aead.decrypt(_nonce(prefix, index, last), piece, header))
                except InvalidTag as error:
                    raise damaged() from error
    except BackupFileError:
        destination.unlink(missing_ok=True)
        raise
