"""The SQLite file must live on this computer: a network share is refused with a reason."""

from pathlib import Path

import pytest

from charity_desk.config import resolve_database_url
from charity_desk.db.engine import DatabaseLocationError, check_location, is_network_path


@pytest.mark.parametrize(
    "path", ["//server/share/charity.sqlite3", "\\\\\\\\server\\\\share\\\\charity.sqlite3"]
)
def test_unc_paths_are_network_paths(path):
    assert is_network_path(Path(path))


def test_local_temp_folder_is_not_a_network_path(tmp_path):
    assert not is_network_path(tmp_path / "charity.sqlite3")


def test_network_share_is_refused_with_a_message():
    with pytest.raises(DatabaseLocationError) as error:
        check_location("sqlite:////" + "/server/share/charity.sqlite3")
    assert "PostgreSQL" in str(error.value)


def test_database_option_accepts_paths_and_urls(tmp_path):
    assert resolve_database_url(str(tmp_path / "x.sqlite3")).startswith("sqlite:///")
    assert resolve_database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_database_url("sqlite:///a.db") == "sqlite:///a.db"
