"""0018: a register from before merges upgrades itself: every file is unmerged (no pointer, no absorbed
IDs), the search still finds each one by name and ID (the columns are added in place, so the search
triggers survive), and two of its files can then be merged, the merged one's ID finding the survivor."""

from alembic import command
from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import alembic_config, upgrade_database
from charity_desk.domain.search_text import person_search_text
from charity_desk.services.registry import Services

PASSWORD = "correct horse 42"
PEOPLE = [  # id, first, father, grandfather, family, national ID
    (1, "سعد", "محمد", "علي", "الشمري", "1000010015"),
    (2, "سعد", "محمد", "علي", "الشمري", "1000010051"),
    (3, "نورة", "عبدالله", "فهد", "العتيبي", "1000010023"),
]


def _to(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _fill(db: Database) -> None:
    with db.engine.begin() as connection:
        for id_, first, father, grandfather, family, national_id in PEOPLE:
            connection.execute(text(
                "INSERT INTO beneficiary (id, first_name, father_name, grandfather_name, family_name, full_name, "
                "national_id, national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, "
                "region, city, building_number, street, district, postal_code, additional_number, unit, "
                "short_address, status, search_text, legal_hold, legal_hold_reason, version_id, created_at, "
                "updated_at) VALUES (:i, :f, :fa, :g, :fm, :full, :n, '', 'سعودي', 'male', '', '', '', '', '', '', "
                "'', '', '', '', '', '', 'active', :s, :no, '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"i": id_, "f": first, "fa": father, "g": grandfather, "fm": family, "n": national_id, "no": False,
                 "full": " ".join((first, father, grandfather, family)),
                 "s": person_search_text((first, father, grandfather, family), national_id, ())})


def test_upgrade_from_0017_leaves_every_file_unmerged_and_searchable(database_url, tmp_path):
    db = Database(database_url)
    _to(db, "0017")
    _fill(db)
    assert "merged_into_id" not in {c["name"] for c in inspect(db.engine).get_columns("beneficiary")}

    upgrade_database(db.engine, tmp_path / "backups")

    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT id, merged_into_id, absorbed_national_ids FROM beneficiary ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, None, ""), (2, None, ""), (3, None, "")]
    services = Services(db)
    services.setup.initialize("جمعية", "admin", "مدير النظام", PASSWORD)
    acting = services.acting_as(services.auth.login("admin", PASSWORD))
    assert [p.id for p in acting.beneficiaries.search("1000010051")] == [2]
    assert {p.id for p in acting.beneficiaries.search("سعد الشمري")} == {1, 2}

    acting.merges.merge(1, 2)

    assert [p.id for p in acting.beneficiaries.search("1000010051")] == [1]
    assert [p.id for p in acting.beneficiaries.search("سعد الشمري")] == [1]
    assert acting.files.open(2).person.id == 1
