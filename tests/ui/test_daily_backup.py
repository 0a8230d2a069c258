"""The automatic backup runs beside the GUI and is taken once a day."""

from charity_desk.config import backup_dir
from charity_desk.services.backup_rotation import regular_backups
from charity_desk.services.registry import Services
from charity_desk.ui.daily_backup import DailyBackup


def test_one_backup_a_day_from_start_and_exit(sqlite_database):
    services = Services(sqlite_database)
    first = DailyBackup(services)
    first.start()
    first.finish()
    taken = regular_backups(backup_dir(sqlite_database.url))
    assert len(taken) == 1

    second = DailyBackup(services)
    second.start()
    second.finish()
    assert regular_backups(backup_dir(sqlite_database.url)) == taken


def test_a_failed_automatic_backup_does_not_stop_the_desk(sqlite_database, tmp_path, caplog):
    # The backups folder beside the database (config.backup_dir) is a file here.
    (tmp_path / "backups").write_text("a file where the folder should be")
    DailyBackup(Services(sqlite_database)).finish()
    assert "automatic daily backup failed" in caplog.text
