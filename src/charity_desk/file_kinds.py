"""What a file is, told from its content whatever its name says.

A file chosen for an import or a restore may be named anything: an Excel workbook saved as .csv, a PDF
renamed .xlsx, a database copy renamed .bak.  The readers ask here first, then read the file as what it
is, or refuse it saying what it is.  Only the first bytes are read (and, for a zip, its list of members).
Plain Python, importable from any layer.
"""

from __future__ import annotations

import codecs
import zipfile
from enum import StrEnum
from pathlib import Path

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "FileKinds"
HEAD_BYTES = 64 * 1024

#: The first bytes of Charity Desk's own backups (services.backup_crypto, services.backup_manifest).
ENCRYPTED_BACKUP_MAGIC = b"CDBACKUP"
SEALED_BACKUP_MAGIC = b"CDSEALED"
SQLITE_MAGIC = b"SQLite format 3\x00"


class FileKind(StrEnum):
    XLSX = "xlsx"
    TEXT = "text"  # CSV or any other plain text
    SQLITE = "sqlite"
    ENCRYPTED_BACKUP = "encrypted_backup"
    SEALED_BACKUP = "sealed_backup"
    POSTGRES_DUMP = "postgres_dump"
    OLD_EXCEL = "xls"
    ODS = "ods"
    WORD = "word"
    ZIP = "zip"
    PDF = "pdf"
    IMAGE = "image"
    EMPTY = "empty"
    UNKNOWN = "unknown"


#: How a message names each kind: «This file is {kind}…» (context "FileKinds").
LABELS: dict[FileKind, str] = {
    FileKind.XLSX: QT_TRANSLATE_NOOP("FileKinds", "an Excel workbook (.xlsx)"),
    FileKind.TEXT: QT_TRANSLATE_NOOP("FileKinds", "a text file (CSV)"),
    FileKind.SQLITE: QT_TRANSLATE_NOOP("FileKinds", "a SQLite database"),
    FileKind.ENCRYPTED_BACKUP: QT_TRANSLATE_NOOP("FileKinds", "an encrypted Charity Desk backup"),
    FileKind.SEALED_BACKUP: QT_TRANSLATE_NOOP("FileKinds", "a Charity Desk backup"),
    FileKind.POSTGRES_DUMP: QT_TRANSLATE_NOOP("FileKinds", "a PostgreSQL backup"),
    FileKind.OLD_EXCEL: QT_TRANSLATE_NOOP("FileKinds", "an old-format Excel workbook (.xls)"),
    FileKind.ODS: QT_TRANSLATE_NOOP("FileKinds", "a LibreOffice spreadsheet (.ods)"),
    FileKind.WORD: QT_TRANSLATE_NOOP("FileKinds", "a Word document"),
    FileKind.ZIP: QT_TRANSLATE_NOOP("FileKinds", "a zip archive"),
    FileKind.PDF: QT_TRANSLATE_NOOP("FileKinds", "a PDF"),
    FileKind.IMAGE: QT_TRANSLATE_NOOP("FileKinds", "an image"),
    FileKind.EMPTY: QT_TRANSLATE_NOOP("FileKinds", "empty"),
    FileKind.UNKNOWN: QT_TRANSLATE_NOOP("FileKinds", "of a kind Charity Desk does not read"),
}

_PREFIXES: tuple[tuple[bytes, FileKind], ...] = (
    (SQLITE_MAGIC, FileKind.SQLITE),
    (ENCRYPTED_BACKUP_MAGIC, FileKind.ENCRYPTED_BACKUP),
    (SEALED_BACKUP_MAGIC, FileKind.SEALED_BACKUP),
    (b"PGDMP", FileKind.POSTGRES_DUMP),
    (b"%PDF-", FileKind.PDF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileKind.OLD_EXCEL),  # OLE2: .xls (or an old .doc)
    (b"\x89PNG\r\n\x1a\n", FileKind.IMAGE),
    (b"\xff\xd8\xff", FileKind.IMAGE),
    (b"GIF8", FileKind.IMAGE),
)
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def label(kind: FileKind) -> Message:
    return Message(CONTEXT, LABELS[kind])


def sniff(path: Path) -> FileKind:
    """The kind of the file at ``path`` (which must exist and be readable)."""
    with open(path, "rb") as stream:
        head = stream.read(HEAD_BYTES)
    if not head:
        return FileKind.EMPTY
    for prefix, kind in _PREFIXES:
        if head.startswith(prefix):
            return kind
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    return FileKind.TEXT if _is_text(head) else FileKind.UNKNOWN


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return FileKind.XLSX
            if "word/document.xml" in names:
                return FileKind.WORD
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIMETYPE:
                return FileKind.ODS
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return FileKind.UNKNOWN
    return FileKind.ZIP


def _is_text(head: bytes) -> bool:
    """Text in one of the encodings spreadsheets write: UTF-16 with its BOM, UTF-8, or Windows Arabic."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    text = head.decode("utf-8", errors="ignore") if _utf8(head) else head.decode("cp1256", errors="replace")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return controls * 100 <= len(text)


def _utf8(head: bytes) -> bool:
    """Whether ``head`` is UTF-8, allowing a character cut at the end of the bytes read."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True
