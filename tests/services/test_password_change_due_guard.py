"""A colleague whose password an administrator reset holds a temporary password that administrator
knows.  Until they choose their own, the services refuse them everything but choosing it, whoever
calls the services (the window, the command line, or a script acting through ``Services(db).acting_as``),
written as the attack: the temporary password used to act in the colleague's name."""

from __future__ import annotations

import inspect
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy import event, func, select

from charity_desk.db import cipher
from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.migrate import upgrade_database
from charity_desk.db.models import AuditEntry, UserAccount
from charity_desk.domain.roles import Permission, Role
from charity_desk.i18n import catalogue_path
from charity_desk.services import auth
from charity_desk.services.actor import Actor
from charity_desk.services.permission_guard import PasswordChangeDue, public_methods
from charity_desk.services.registry import ActorServices, Services

TEMPORARY = "temporary password 1"
OWN = "a password of my own 9"
CLERK_PASSWORD = "a clerk's password"


def _service_names() -> list[str]:
    return [name for name, value in vars(ActorServices).items() if isinstance(value, cached_property)]


def _placeholders(function) -> list[None]:
    parameters = list(inspect.signature(function).parameters.values())[1:]
    return [None for p in parameters if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]


def _arabic(tmp_path: Path) -> QTranslator:
    copy = tmp_path / "ar.qm"
    copy.write_bytes(Path(catalogue_path("ar")).read_bytes())
    translator = QTranslator()
    assert translator.load(str(copy))
    return translator


def _count(db: Database, model, *where) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture(autouse=True)
def no_failures_counted(monkeypatch):
    monkeypatch.setattr(auth, "_unopened_failures", {})  # failed unwraps are counted per process


def test_every_guarded_method_refuses_a_reset_administrator_before_any_data_is_read(services, admin):
    """The worst case: the colleague is an administrator (every permission).  Every public method of
    every service the registry hands out is called; all but choosing one's own password refuse, and
    not one SQL statement reaches the database first."""
    reset = Actor(user_id=admin.user_id, username="admin", full_name="مدير النظام", role=Role.ADMINISTRATOR,
                  grants=frozenset(Permission), must_change_password=True)
    acting = services.acting_as(reset)
    sent: list[str] = []
    event.listen(services.db.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    let_through, attacked = [], 0
    for name in _service_names():
        service = getattr(acting, name)
        for method_name, function in public_methods(type(service)).items():
            if (name, method_name) == ("users", "change_own_password"):
                continue
            attacked += 1
            sent.clear()
            try:
                getattr(service, method_name)(*_placeholders(function))
            except PasswordChangeDue:
                assert not sent, f"{name}.{method_name} read the database before refusing: {sent}"
            else:
                let_through.append(f"{name}.{method_name}")
    # The settings saved outside the registry's services take the actor per call: refused too.
    for change in (lambda: services.settings.set_idle_lock_minutes(reset, 240),
                   lambda: services.settings.set_digit_style(reset, "western")):
        with pytest.raises(PasswordChangeDue):
            change()
    assert not let_through, f"a reset colleague was let through: {let_through}"
    assert attacked > 100


def test_the_temporary_password_does_not_let_anyone_act_in_the_colleagues_name(tmp_path):
    """An encrypted desk, as a fresh process sees it: the administrator resets a fellow administrator's
    password; whoever types the temporary password opens the database and signs in, and then every
    call made directly on the services is refused in Arabic and writes nothing, until the colleague's
    own password is chosen.  The actor kept from that sign-in stays refused afterwards."""
    url = f"sqlite:///{(tmp_path / 'charity.sqlite3').as_posix()}"
    db = Database(url)
    upgrade_database(db.engine, tmp_path / "backups")
    services = Services(db)
    services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", "correct horse 42")
    admin = services.acting_as(services.auth.login("admin", "correct horse 42"))
    colleague = admin.users.create("deputy", "نائب المدير", Role.ADMINISTRATOR, "the deputy's password")
    clerk = admin.users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    admin.users.reset_password(colleague.id, "correct horse 42", TEMPORARY)
    db.dispose()
    cipher.forget(sqlite_path(url))

    auth.unlock(url, "deputy", TEMPORARY)  # the temporary password opens the file, as it must
    db = Database(url)
    services = Services(db)
    signed_in = services.auth.login("deputy", TEMPORARY)
    assert signed_in.must_change_password
    as_deputy = services.acting_as(signed_in)
    audit_before, accounts_before = _count(db, AuditEntry), _count(db, UserAccount)
    arabic = _arabic(tmp_path)
    attacks = {
        "list the staff": lambda: as_deputy.users.list(),
        "open an account": lambda: as_deputy.users.create("mole", "دخيل", Role.ADMINISTRATOR, "a mole's password"),
        "reset the clerk": lambda: as_deputy.users.reset_password(clerk.id, TEMPORARY, "the clerk's new one"),
        "take a new recovery code": lambda: as_deputy.users.new_recovery_code(TEMPORARY),
        "read the programmes": lambda: as_deputy.programs.list(),
        "search the families": lambda: as_deputy.beneficiaries.search("محمد"),
        "read the staff in the audit trail": lambda: as_deputy.audit_search.staff(),
        "change the idle lock": lambda: services.settings.set_idle_lock_minutes(signed_in, 600),
    }
    for what, attack in attacks.items():
        with pytest.raises(PasswordChangeDue) as refused:
            attack()
        shown = refused.value.message.render(arabic.translate)
        assert "أعاد المدير تعيين كلمة مرورك" in shown and "تغيير كلمة المرور" in shown, what
    assert _count(db, AuditEntry) == audit_before and _count(db, UserAccount) == accounts_before
    assert services.auth.login("clerk1", CLERK_PASSWORD).username == "clerk1"  # the clerk's password holds

    chosen = as_deputy.users.change_own_password(TEMPORARY, OWN)
    assert not chosen.must_change_password and chosen.user_id == signed_in.user_id
    working = services.acting_as(chosen)
    assert "clerk1" in {u.username for u in working.users.list()}
    assert working.programs.list() == services.acting_as(services.auth.login("admin", "correct horse 42")).programs.list()
    with pytest.raises(PasswordChangeDue):  # the sign-in's actor, kept by whoever signed in, stays refused
        as_deputy.users.list()
    assert not services.auth.login("deputy", OWN).must_change_password
    db.dispose()


def test_a_reset_colleague_who_chose_their_own_password_works_on_every_store(services, admin, admin_password):
    """PostgreSQL too: the guard reads the flag from the actor, whatever the store."""
    users = services.acting_as(admin).users
    clerk = users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    users.reset_password(clerk.id, admin_password, TEMPORARY)
    signed_in = services.auth.login("clerk1", TEMPORARY)
    with pytest.raises(PasswordChangeDue):
        services.acting_as(signed_in).programs.list()
    chosen = services.acting_as(signed_in).users.change_own_password(TEMPORARY, OWN)
    assert services.acting_as(chosen).programs.list() == services.acting_as(admin).programs.list()


def test_a_reset_supervisor_approves_nothing_at_another_desk_until_they_chose_their_own(services, admin,
                                                                                      admin_password):
    """A supervisor's approval (an ID that fails the check, a second benefit) is given by typing their
    password at the clerk's desk: with the temporary one, whoever knows it approves nothing."""
    users = services.acting_as(admin).users
    manager = users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "the manager's password")
    users.create("clerk1", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    users.reset_password(manager.id, admin_password, TEMPORARY)
    clerk = services.auth.login("clerk1", CLERK_PASSWORD)
    for permission in (Permission.ID_CHECK_OVERRIDE, Permission.DOUBLE_BENEFIT_OVERRIDE):
        with pytest.raises(PasswordChangeDue):
            services.auth.authorize("manager", TEMPORARY, permission, clerk)
    assert _count(services.db, AuditEntry, AuditEntry.action == "supervisor.approved") == 0
    services.acting_as(services.auth.login("manager", TEMPORARY)).users.change_own_password(TEMPORARY, OWN)
    assert services.auth.authorize("manager", OWN, Permission.ID_CHECK_OVERRIDE, clerk).user_id == manager.id
    assert _count(services.db, AuditEntry, AuditEntry.action == "supervisor.approved") == 1
