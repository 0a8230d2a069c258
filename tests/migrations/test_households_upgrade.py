"""0021: an existing register upgrades itself: its family members get their name keys, the family
members who are registered files are linked (by national ID, and people who name each other), the
households formed, and the permission to approve a double benefit stored; the downgrade removes them."""

from sqlalchemy import inspect, text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import upgrade_database
from migrations.old_schema import migrate_to

PEOPLE = [  # id, first, father, grandfather, family, national ID
    (1, "سعد", "محمد", "علي", "الشمري", "1000010015"),
    (2, "نورة", "عبدالله", "فهد", "العتيبي", "1000010023"),
    (3, "فهد", "سعد", "محمد", "الشمري", "1000010031"),
    (4, "خالد", "سعد", "علي", "الشمري", "1000010049"),
]
MEMBERS = [  # holder, name, relation, national ID
    (1, "فهد سعد الشمري", "son", "1000010031"),
    (1, "نوره عبد الله العتيبي", "spouse", ""),
    (2, "سعد محمد الشمري", "spouse", ""),
    (4, "سعد محمد الشمري", "brother", ""),  # named without being named back
]


def _fill(db: Database) -> None:
    with db.engine.begin() as connection:
        for id_, first, father, grandfather, family, national_id in PEOPLE:
            connection.execute(text(
                "INSERT INTO beneficiary (id, first_name, father_name, grandfather_name, family_name, full_name, "
                "national_id, national_id_override_reason, nationality, gender, marital_status, mobile, mobile_alt, "
                "region, city, building_number, street, district, postal_code, additional_number, unit, "
                "short_address, status, search_text, legal_hold, legal_hold_reason, version_id, created_at, "
                "updated_at) VALUES (:i, :f, :fa, :g, :fm, :full, :n, '', 'سعودي', 'male', '', '', '', '', '', '', "
                "'', '', '', '', '', '', 'active', '', :no, '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"i": id_, "f": first, "fa": father, "g": grandfather, "fm": family, "n": national_id, "no": False,
                 "full": " ".join((first, father, grandfather, family))})
        for holder, name, relation, national_id in MEMBERS:
            connection.execute(text(
                "INSERT INTO family_member (beneficiary_id, full_name, relation, national_id, gender, "
                "monthly_income, disability, schooling, version_id, created_at, updated_at) VALUES (:b, :n, :r, :i, "
                "'', 0, '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                {"b": holder, "n": name, "r": relation, "i": national_id})


def test_upgrade_links_the_existing_households(database_url, tmp_path):
    db = Database(database_url)
    migrate_to(db, "0020")
    _fill(db)

    upgrade_database(db.engine, tmp_path / "backups")

    with db.engine.connect() as connection:
        links = set(connection.execute(text(
            "SELECT beneficiary_id, relative_id, basis FROM household_link")).all())
        households = dict(connection.execute(text(
            "SELECT beneficiary_id, household_key FROM household_membership")).all())
        keys = connection.execute(text("SELECT name_key FROM family_member ORDER BY id")).scalars().all()
        granted = dict(connection.execute(text(
            "SELECT role, granted FROM role_permission WHERE permission = 'double_benefit.override'")).all())
    assert links == {(1, 3, "national_id"), (1, 2, "named"), (2, 1, "named")}
    assert households == {1: 1, 2: 1, 3: 1}
    assert keys[1] == "نوره عبدالله عتيبي"
    assert {role for role, yes in granted.items() if yes} == {"administrator", "program_manager"}
    assert len(granted) == 6

    migrate_to(db, "0020", down=True)
    tables = set(inspect(db.engine).get_table_names())
    assert not {"household_link", "household_membership", "double_benefit_override"} & tables
    assert "name_key" not in {c["name"] for c in inspect(db.engine).get_columns("family_member")}
    db.dispose()
