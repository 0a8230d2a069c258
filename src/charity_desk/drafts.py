"""Drafts of forms being typed, kept on this computer so that nothing typed is lost.

A draft is written on every pause in typing and removed once the form is saved; after a crash or
a closed window the form offers it back.  Drafts hold personal data, so they live in the
application's data folder next to the database, never in a temporary folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from charity_desk.config import data_dir


def _path(key: str) -> Path:
    folder = data_dir() / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key}.json"


def save_draft(key: str, values: dict[str, str]) -> None:
    """Write atomically, so that a crash mid-write leaves the previous draft intact."""
    path = _path(key)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(values, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


def load_draft(key: str) -> dict[str, str] | None:
    try:
        return json.loads(_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def discard_draft(key: str) -> None:
    _path(key).unlink(missing_ok=True)
