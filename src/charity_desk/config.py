"""Where Charity Desk keeps its files, and the per-machine settings file.

Per-machine settings (which database, which language) live in a small JSON file in the user's
config folder; everything about the association itself lives in the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "CharityDesk"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)

#: Overrides the data folder (tests, portable installs).
DATA_DIR_ENV = "CHARITY_DESK_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'charity_desk.sqlite3').as_posix()}"


@dataclass
class MachineSettings:
    """Settings that belong to this computer rather than to the association."""

    database_url: str = ""
    language: str = "ar"

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> MachineSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        tmp = self.path().with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path())

    def effective_database_url(self, override: str | None = None) -> str:
        return resolve_database_url(override or self.database_url or default_database_url())


def resolve_database_url(value: str) -> str:
    """Accept a SQLAlchemy URL, a ``postgresql://`` URL or a plain path to a SQLite file."""
    if "://" in value:
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve().as_posix()}"
