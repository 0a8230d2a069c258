"""A file is told by its content, whatever its name: real files of every kind the desk meets,
each saved under a misleading name."""

import sqlite3
import zipfile

import pytest
from openpyxl import Workbook

from charity_desk.file_kinds import (
    ENCRYPTED_BACKUP_MAGIC,
    SEALED_BACKUP_MAGIC,
    FileKind,
    sniff,
)


def _xlsx(path):
    workbook = Workbook()
    workbook.active.append(["الاسم", "رقم الهوية"])
    workbook.save(path)


def _sqlite(path):
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


MAKERS = {
    FileKind.XLSX: _xlsx,
    FileKind.SQLITE: _sqlite,
    FileKind.WORD: lambda p: _zip(p, {"word/document.xml": "<w:document/>"}),
    FileKind.ODS: lambda p: _zip(p, {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
    FileKind.ZIP: lambda p: _zip(p, {"photo.jpg": b"\xff\xd8\xff"}),
    FileKind.PDF: lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    FileKind.OLD_EXCEL: lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
    FileKind.IMAGE: lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32)),
    FileKind.ENCRYPTED_BACKUP: lambda p: p.write_bytes(ENCRYPTED_BACKUP_MAGIC + bytes(80)),
    FileKind.SEALED_BACKUP: lambda p: p.write_bytes(SEALED_BACKUP_MAGIC + bytes(80)),
    FileKind.POSTGRES_DUMP: lambda p: p.write_bytes(b"PGDMP\x01\x0e\x00" + bytes(40)),
    FileKind.EMPTY: lambda p: p.write_bytes(b""),
    FileKind.UNKNOWN: lambda p: p.write_bytes(bytes(range(256)) * 4),
}


@pytest.mark.parametrize("kind", list(MAKERS), ids=str)
@pytest.mark.parametrize("name", ["applications.csv", "applications.xlsx", "backup.sqlite3", "noname"])
def test_each_kind_is_told_by_its_content_whatever_its_name(tmp_path, kind, name):
    path = tmp_path / name
    MAKERS[kind](path)
    assert sniff(path) is kind


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8-sig", "الاسم,رقم الهوية\nنورة,1012345672\n"),
    ("utf-8", "الاسم;رقم الهوية\nنورة;1012345672\n"),
    ("utf-16", "الاسم\tرقم الهوية\nنورة\t1012345672\n"),
    ("cp1256", "الاسم,رقم الهوية\nنورة,1012345672\n"),
])
def test_csv_in_every_encoding_excel_writes_is_text(tmp_path, encoding, text):
    path = tmp_path / "applications.xlsx"  # a CSV under a workbook's name
    path.write_bytes(text.encode(encoding))
    assert sniff(path) is FileKind.TEXT


def test_a_utf8_character_cut_at_the_end_of_the_bytes_read_is_still_text(tmp_path):
    path = tmp_path / "long.csv"
    path.write_bytes(("ن" * 40_000).encode("utf-8"))  # 80 KB: the 64 KB read ends inside a character
    assert sniff(path) is FileKind.TEXT


def test_the_backup_signatures_are_the_backups_own():
    from charity_desk.services import backup_crypto, backup_manifest

    assert backup_crypto.MAGIC == ENCRYPTED_BACKUP_MAGIC
    assert backup_manifest.MAGIC == SEALED_BACKUP_MAGIC
