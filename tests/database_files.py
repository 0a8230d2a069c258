"""Reading a database file as an attacker or a checker would, whether it is plain or encrypted
(with the key this test process unwrapped: db.cipher remembers it)."""

from __future__ import annotations

from pathlib import Path

from charity_desk.db import cipher


def open_database_file(path: Path | str, **kwargs):
    """A DB-API connection to ``path`` (plain, or encrypted under a key this process holds)."""
    return cipher.open_file(Path(path), **kwargs)


def plain_copy(source: Path, copy: Path) -> Path:
    """A plain copy of ``source``, as an attacker who could read it would make to craft a backup."""
    key = cipher.key_for(source)
    if key is not None:
        cipher.export_plain(source, copy, key)
        return copy
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(copy)) as target:
        origin.backup(target)
    return copy
