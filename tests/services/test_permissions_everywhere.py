"""Role permissions as an attack on every service: for every role (and for a role whose permissions an
administrator has all cleared), every public method of every service the registry hands out whose
declared permission the role lacks is called, and must refuse with PermissionDenied before a single
SQL statement reaches the database.  The services and their methods are found by introspection of the
registry, so a method added later is attacked too, and one added without a declaration fails here.
"""

from __future__ import annotations

import inspect
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy import event

from charity_desk.domain.roles import Permission, Role
from charity_desk.i18n import catalogue_path
from charity_desk.services.actor import Actor
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.permission_guard import (
    OPEN_BECAUSE,
    guarded,
    needed,
    open_to_signed_in,
    public_methods,
    requires,
)
from charity_desk.services.programs import ProgramService
from charity_desk.services.registry import ActorServices

NOBODY = "no permission left"  # a role whose every cell an administrator cleared in Settings


def _service_names() -> list[str]:
    return [name for name, value in vars(ActorServices).items() if isinstance(value, cached_property)]


def _actor(role: Role | str) -> Actor:
    if role == NOBODY:
        return Actor(user_id=None, username="nobody", full_name="لا أحد", role=Role.FRONT_DESK, grants=frozenset())
    return Actor(user_id=None, username=str(role), full_name="موظف", role=role)


def _placeholders(function) -> list[None]:
    """None for each argument without a default: the call must be refused before any is looked at."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    return [None for p in parameters if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]


@pytest.fixture
def statements(database):
    """Every SQL statement sent to the database while the test runs."""
    sent: list[str] = []

    def record(_connection, _cursor, statement, _parameters, _context, _executemany):
        sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    yield sent
    event.remove(database.engine, "before_cursor_execute", record)


def test_every_public_method_of_every_service_declares_what_it_needs(services, admin):
    acting = services.acting_as(admin)
    undeclared, unexplained = [], []
    for name in _service_names():
        for method_name, function in public_methods(type(getattr(acting, name))).items():
            wanted = needed(function)
            if wanted is None:
                undeclared.append(f"{name}.{method_name}")
            elif not wanted and not getattr(function, OPEN_BECAUSE, "").strip():
                unexplained.append(f"{name}.{method_name}")
    assert not undeclared, f"declare @requires(...) or @open_to_signed_in(reason) on: {undeclared}"
    assert not unexplained, f"an open method says why it is open: {unexplained}"


@pytest.mark.parametrize("role", [*Role, NOBODY])
def test_a_role_without_the_permission_is_refused_before_any_data_is_read(services, admin, statements, role):
    actor = _actor(role)
    acting = services.acting_as(actor)
    attacked, let_through = [], []
    for name in _service_names():
        service = getattr(acting, name)
        for method_name, function in public_methods(type(service)).items():
            wanted = needed(function)
            if not wanted or set(wanted) <= actor.permissions:
                continue
            attacked.append(f"{name}.{method_name}")
            statements.clear()
            try:
                getattr(service, method_name)(*_placeholders(function))
            except PermissionDenied as refused:
                assert refused.permission in {p.value for p in wanted} - actor.permissions
                assert not statements, f"{name}.{method_name} read the database before refusing: {statements}"
            else:
                let_through.append(f"{name}.{method_name}")
    assert not let_through, f"{role} was let through: {let_through}"
    if role == NOBODY:  # everything but the open methods was attacked
        assert len(attacked) > 100
    elif role != Role.ADMINISTRATOR:
        assert attacked  # every role but the administrator lacks something


def test_the_same_call_goes_through_for_a_role_holding_the_permission(services, admin):
    """The refusal above comes from the permission, not from the call: the holder is served."""
    researcher = services.acting_as(_actor(Role.SOCIAL_RESEARCHER))
    assert researcher.visits.my_visits() == []
    with pytest.raises(PermissionDenied):
        services.acting_as(_actor(Role.FRONT_DESK)).visits.my_visits()
    # Open to every signed-in user, even one with no permission left:
    assert [p.code for p in services.acting_as(_actor(NOBODY)).programs.list()] == \
           [p.code for p in services.acting_as(admin).programs.list()]


def test_a_method_added_without_a_declaration_is_refused_even_to_the_administrator(services, admin):
    ran = []

    class WithANewMethod(ProgramService):
        def delete_everything(self) -> None:
            ran.append(True)

        @requires(Permission.PROGRAM_MANAGE)
        def declared(self) -> str:
            return "ok"

        @open_to_signed_in("a test")
        def open(self) -> str:
            return "open"

    service = guarded(WithANewMethod)(services.acting_as(admin).db, admin)
    with pytest.raises(PermissionDenied) as refused:
        service.delete_everything()
    assert not ran
    assert "delete_everything" in refused.value.permission
    assert service.declared() == "ok" and service.open() == "open"
    with pytest.raises(PermissionDenied):
        guarded(WithANewMethod)(services.db, _actor(Role.FRONT_DESK)).declared()


def test_the_refusal_says_so_in_arabic(services, tmp_path):
    copy = tmp_path / "ar.qm"
    copy.write_bytes(Path(catalogue_path("ar")).read_bytes())
    arabic = QTranslator()
    assert arabic.load(str(copy))
    with pytest.raises(PermissionDenied) as refused:
        services.acting_as(_actor(Role.EXECUTIVE)).users.list()
    shown = refused.value.message.render(arabic.translate)
    assert shown == f"ليست لديك صلاحية لهذا الإجراء ({Permission.USERS_MANAGE.value})."


def test_declaring_no_permission_is_an_error_not_an_open_method():
    with pytest.raises(TypeError):
        requires()
