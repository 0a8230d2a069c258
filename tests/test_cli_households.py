"""``charity-desk households link`` on the demo register, as a real process: the demo's family members
who are registered beneficiaries are linked and the households counted; a front-desk account is refused."""

from __future__ import annotations

import json

from sqlalchemy import text

from charity_desk.db.engine import Database
from charity_desk.domain.roles import Role
from charity_desk.services.registry import Services
from cli_runs import create_admin, run_as, run_as_admin, run_cli


def test_households_link_on_the_demo_register(tmp_path):
    url = f"sqlite:///{(tmp_path / 'charity.sqlite3').as_posix()}"
    assert run_cli("migrate", "--db", url).returncode == 0
    create_admin(url)
    demo = run_as_admin("demo", "--beneficiaries", "400", "--seed", "3", "--db", url)
    assert demo.returncode == 0 and "الأسر التي تضم أكثر من ملف" in demo.stdout  # the demo's relatives are linked
    db = Database(url)
    with db.engine.begin() as connection:  # a family row loaded in bulk, as the demo and old data are
        second_id = connection.execute(text("SELECT national_id FROM beneficiary WHERE id = 2")).scalar_one()
        connection.execute(text(
            "INSERT INTO family_member (beneficiary_id, full_name, relation, national_id, gender, monthly_income, "
            "disability, schooling, name_key, version_id, created_at, updated_at) VALUES (1, 'أخ', 'brother', :n, "
            "'male', 0, '', '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"n": second_id})

    linked = run_as_admin("households", "link", "--json", "--db", url)
    assert linked.returncode == 0, linked.stderr
    figures = json.loads(linked.stdout)
    assert figures["links"] >= figures["households"] > 0
    with db.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM household_link WHERE beneficiary_id = 1 AND relative_id = 2")).scalar_one() == 1

    again = run_as_admin("households", "link", "--db", url)  # the same links when run again
    assert again.returncode == 0 and str(figures["links"]) in again.stdout

    Services(db).acting_as(Services(db).auth.login("root", "a strong password")).users.create(
        "desk", "موظف الاستقبال", Role.FRONT_DESK, "front desk pass 1")
    db.dispose()
    refused = run_as("desk", "front desk pass 1", "households", "link", "--db", url)
    assert refused.returncode != 0 and "صلاحية" in refused.stderr
