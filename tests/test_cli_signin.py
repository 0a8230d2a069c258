"""The command line signs in: each attack below is what it must stop (run as real processes)."""

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from charity_desk.db.models import AuditEntry, Beneficiary
from charity_desk.domain.roles import Role
from charity_desk.services.beneficiaries import fill_search_text, join_name
from cli_runs import run_as, run_cli

PASSWORD = "staff password 7"


@pytest.fixture
def desk(services, admin, admin_password):
    """An association with an administrator, a front-desk clerk, a researcher and three files named
    الشمري: one in the researcher's caseload, two not."""
    users = services.acting_as(admin).users
    researcher = users.create("res1", "الباحثة", Role.SOCIAL_RESEARCHER, PASSWORD).id
    users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, PASSWORD)
    users.create("boardroom", "المدير التنفيذي", Role.EXECUTIVE, PASSWORD)  # may export, masked only
    files = {}
    with services.db.session() as session:
        for key, first, national_id, assigned in (
            ("own", "أحمد", "1012345672", researcher),
            ("other", "خالد", "1058529940", None),
            ("third", "سعد", "2034567897", None),
        ):
            person = Beneficiary(first_name=first, family_name="الشمري", full_name=join_name(first, "الشمري"),
                                 national_id=national_id, gender="male", assigned_researcher_id=assigned)
            fill_search_text(person)
            session.add(person)
            session.flush()
            files[key] = person.id
    return {"url": services.db.url, "admin_password": admin_password, "files": files, "db": services.db}


def _audit(db, action: str) -> list[tuple[str, str]]:
    with db.read_session() as session:
        rows = session.execute(select(AuditEntry.username, AuditEntry.details).where(AuditEntry.action == action))
        return [tuple(row) for row in rows]


def test_search_with_no_user_is_refused_and_shows_nobody(desk):
    refused = run_cli("search", "الشمري", "--db", desk["url"])
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert "--user" in refused.stderr and "1012345672" not in refused.stderr
    assert _audit(desk["db"], "beneficiary.searched") == []


def test_a_front_desk_clerk_without_the_export_permission_is_refused(desk, tmp_path):
    target = tmp_path / "everyone.xlsx"
    refused = run_as("clerk", PASSWORD, "export", "beneficiaries", str(target), "--db", desk["url"])
    assert refused.returncode == 1
    assert "«تصدير القوائم»" in refused.stderr  # the permission the clerk lacks, by its name in Settings
    assert not target.exists()
    assert _audit(desk["db"], "export") == []


def _cells(path) -> set[str]:
    return {str(value) for row in load_workbook(path).worksheets[0].iter_rows(values_only=True) for value in row}


def test_national_ids_leave_only_in_an_unmasked_export_by_someone_allowed_to_see_them(desk, tmp_path):
    masked = tmp_path / "masked.xlsx"
    assert run_as("boardroom", PASSWORD, "export", "beneficiaries", str(masked), "--db", desk["url"]).returncode == 0
    assert "1012345672" not in _cells(masked)

    refused = tmp_path / "refused.xlsx"
    attempt = run_as("boardroom", PASSWORD, "export", "beneficiaries", str(refused), "--unmasked", "--db",
                     desk["url"])
    assert attempt.returncode == 1 and not refused.exists()

    unmasked = tmp_path / "unmasked.xlsx"
    done = run_as("admin", desk["admin_password"], "export", "beneficiaries", str(unmasked), "--unmasked",
                  "--db", desk["url"])
    assert done.returncode == 0, done.stderr
    assert "1012345672" in _cells(unmasked)
    assert [json.loads(details)["masked"] for _user, details in _audit(desk["db"], "export")] == [True, False]


def test_with_no_terminal_the_password_is_never_read_from_a_pipe_unasked(desk):
    piped = run_cli("search", "الشمري", "--db", desk["url"], "--user", "admin", stdin=desk["admin_password"] + "\n")
    assert piped.returncode == 1 and piped.stdout == ""
    assert "--password-stdin" in piped.stderr and "Warning" not in piped.stderr


def test_a_wrong_password_reads_exactly_like_an_unknown_user(desk):
    wrong = run_as("clerk", "not the password", "search", "الشمري", "--db", desk["url"])
    unknown = run_as("nobody", "not the password", "search", "الشمري", "--db", desk["url"])
    assert wrong.returncode == unknown.returncode == 1
    assert wrong.stdout == unknown.stdout == ""
    assert wrong.stderr == unknown.stderr


def test_a_search_and_an_export_are_audited_under_the_signed_in_user(desk, tmp_path):
    found = run_as("admin", desk["admin_password"], "search", "الشمري", "--json", "--db", desk["url"])
    assert found.returncode == 0, found.stderr
    shown = {person["id"] for person in json.loads(found.stdout)}
    assert shown == set(desk["files"].values())
    [(username, details)] = _audit(desk["db"], "beneficiary.searched")
    assert username == "admin" and set(json.loads(details)["shown"]) == shown
    assert "1012345672" not in details  # what was searched for is not written into the trail

    target = tmp_path / "list.xlsx"
    exported = run_as("admin", desk["admin_password"], "export", "beneficiaries", str(target), "--db", desk["url"])
    assert exported.returncode == 0, exported.stderr
    assert target.exists()
    assert [username for username, _details in _audit(desk["db"], "export")] == ["admin"]


def test_a_social_researcher_finds_only_the_files_of_the_caseload(desk):
    found = run_as("res1", PASSWORD, "search", "الشمري", "--json", "--db", desk["url"])
    assert found.returncode == 0, found.stderr
    assert [person["id"] for person in json.loads(found.stdout)] == [desk["files"]["own"]]
    outside = run_as("res1", PASSWORD, "search", "1058529940", "--db", desk["url"])
    assert outside.returncode == 1 and outside.stdout == ""


def test_no_sign_in_for_training_data_once_the_database_has_accounts(desk):
    refused = run_cli("demo", "--beneficiaries", "5", "--db", desk["url"])
    assert refused.returncode == 1 and "--user" in refused.stderr
    clerk = run_as("clerk", PASSWORD, "demo", "--beneficiaries", "5", "--db", desk["url"])
    assert clerk.returncode == 1
    with desk["db"].read_session() as session:
        assert len(session.scalars(select(Beneficiary.id)).all()) == 3


def test_a_clerk_cannot_make_themselves_an_administrator(desk):
    refused = run_as("clerk", PASSWORD, "create-admin", "--username", "boss", "--db", desk["url"],
                     more_stdin="boss password 1\n")
    assert refused.returncode == 1
    anonymous = run_cli("create-admin", "--username", "boss", "--password-stdin", "--db", desk["url"],
                        stdin="boss password 1\n")
    assert anonymous.returncode == 1
    assert run_as("boss", "boss password 1", "search", "الشمري", "--db", desk["url"]).returncode == 1


def test_the_recovery_code_opens_an_encrypted_database_for_an_administrator_only(sqlite_database):
    """The key file restored from a backup holds no slot for the administrator's password: the
    password alone opens nothing, a wrong code opens nothing, a clerk with the right code is refused,
    and the administrator with the right code gets in (and from then on the password opens it)."""
    from charity_desk.db import cipher, key_slots
    from charity_desk.db.engine import sqlite_path
    from charity_desk.services.registry import Services

    services = Services(sqlite_database)
    code = services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", "admin password 9")
    services.acting_as(services.auth.login("admin", "admin password 9")).users.create(
        "clerk", "موظف الاستقبال", Role.FRONT_DESK, PASSWORD)
    with services.db.session() as session:
        person = Beneficiary(first_name="أحمد", family_name="الشمري", full_name=join_name("أحمد", "الشمري"),
                             national_id="1012345672", gender="male")
        fill_search_text(person)
        session.add(person)
    path = sqlite_path(sqlite_database.url)
    assert cipher.is_encrypted(path)
    key_slots.remove_user(path, cipher.key_for(path), "admin")
    url = sqlite_database.url

    def with_code(user: str, password: str, typed_code: str):
        return run_cli("search", "الشمري", "--json", "--db", url, "--user", user, "--password-stdin",
                       "--recovery-code-stdin", stdin=f"{typed_code}\n{password}\n")

    password_only = run_as("admin", "admin password 9", "search", "الشمري", "--db", url)
    assert password_only.returncode == 1 and password_only.stdout == ""

    wrong = with_code("admin", "admin password 9", "AAAA-BBBB-CCCC-DDDD-EEEE")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert "رمز الاسترداد غير صحيح" in wrong.stderr

    clerk = with_code("clerk", PASSWORD, code)
    assert clerk.returncode == 1 and clerk.stdout == "" and "1012345672" not in clerk.stderr
    assert "لمدير النظام" in clerk.stderr
    assert _audit(sqlite_database, "beneficiary.searched") == []

    opened = with_code("admin", "admin password 9", code.lower().replace("-", " "))
    assert opened.returncode == 0, opened.stderr
    assert [p["id"] for p in json.loads(opened.stdout)] == [person.id]
    assert [username for username, _details in _audit(sqlite_database, "beneficiary.searched")] == ["admin"]
    assert key_slots.has_user_slot(path, "admin")  # the sign-in gave the password its slot back
    assert run_as("admin", "admin password 9", "search", "الشمري", "--db", url).returncode == 0
