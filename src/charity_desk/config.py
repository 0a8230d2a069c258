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


def data_folder() -> Path:
    """The data folder, whether or not it exists yet (reading the settings must not create it)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(_DIRS.user_data_dir)


def data_dir() -> Path:
    path = data_folder()
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(database_url: str | None = None, create: bool = True) -> Path:
    """Where backups and before-upgrade/before-restore copies go: the folder the settings name, else a
    ``backups`` folder beside the SQLite file of ``database_url``, else one in the data folder.

    ``create=False`` for a caller that may write nothing there (the copy writers make the folder)."""
    chosen = MachineSettings.load().backup_folder
    if chosen:
        path = Path(chosen).expanduser()
    else:
        database = sqlite_file(database_url) if database_url else None
        path = database.parent / "backups" if database else data_folder() / "backups"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def sqlite_file(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for a server or an in-memory database)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    name = url[len(prefix):].split("?", 1)[0]
    return Path(name) if name and name != ":memory:" else None


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'charity_desk.sqlite3').as_posix()}"


@dataclass
class MachineSettings:
    """Settings that belong to this computer rather than to the association."""

    database_url: str = ""
    language: str = "ar"
    #: The folder of the last export from this computer, proposed for the next one.
    export_folder: str = ""
    #: Where backups go when not beside the database (empty: a ``backups`` folder beside it).
    backup_folder: str = ""
    #: The association's name as last read from the database: the sign-in window's title before it opens.
    association_name: str = ""

    @classmethod
    def path(cls) -> Path:
        return data_folder() / "settings.json"

    @classmethod
    def load(cls) -> MachineSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        self.path().parent.mkdir(parents=True, exist_ok=True)
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
