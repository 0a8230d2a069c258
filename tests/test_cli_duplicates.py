"""``charity-desk duplicates scan`` as a real process: in Arabic by default, JSON for scripts, and
refused to a front-desk account."""

import json

from sqlalchemy import text

from charity_desk.db.engine import Database
from charity_desk.domain.roles import Role
from charity_desk.services.registry import Services
from cli_runs import ADMIN_PASSWORD, create_admin, run_as, run_as_admin


def test_the_scan_reports_in_arabic_and_as_json_and_keeps_dismissed_pairs(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    create_admin(url)
    assert run_as_admin("demo", "--beneficiaries", "400", "--seed", "3", "--db", url).returncode == 0
    db = Database(url)
    with db.engine.begin() as connection:  # one pair dismissed, then the queue lost, as after an old copy
        opened = connection.execute(text("SELECT count(*) FROM duplicate_pair WHERE status = 'open'")).scalar()
        connection.execute(text("UPDATE duplicate_pair SET status = 'dismissed' WHERE id = "
                                "(SELECT min(id) FROM duplicate_pair)"))
        connection.execute(text("DELETE FROM duplicate_pair WHERE status = 'open'"))
    db.dispose()
    assert opened >= 2

    arabic = run_as_admin("duplicates", "scan", "--db", url)
    assert arabic.returncode == 0, arabic.stderr
    assert "الملفات المفحوصة: 400" in arabic.stdout
    assert f"الأزواج المشتبه فيها بانتظار المراجعة: {opened - 1} (جديدة: {opened - 1}" in arabic.stdout

    again = run_as_admin("duplicates", "scan", "--json", "--db", url)
    assert json.loads(again.stdout) == {"files": 400, "open_pairs": opened - 1, "new_pairs": 0, "reopened": 0,
                                        "cleared": 0}


def test_a_front_desk_account_may_not_scan(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    create_admin(url)
    services = Services(Database(url))
    admin = services.auth.login("root", ADMIN_PASSWORD)
    services.acting_as(admin).users.create("desk", "موظف", Role.FRONT_DESK, "desk password 1")
    services.db.dispose()
    refused = run_as("desk", "desk password 1", "duplicates", "scan", "--db", url)
    assert refused.returncode != 0
    assert "صلاحية" in refused.stderr
