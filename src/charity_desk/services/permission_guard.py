"""Role permissions checked in one place, for every service the registry hands out.

Each public method of a service says what it needs, next to its ``def``: ``@requires(Permission.X)``
(every permission listed), or ``@open_to_signed_in("why")`` for a method any signed-in user may call.
These decorators only record the decision.  ``guarded`` builds, once per service class, the subclass
the registry instantiates: each public method first checks the acting user's permissions
(``Actor.require``: PermissionDenied with its Arabic message, before any data is read), and a public
method with no decision is refused, so a new method cannot reach the screens without one.

A person whose password an administrator reset holds a temporary password that administrator knows:
until they choose their own, every method refuses them (PasswordChangeDue) but the few marked
``@open_while_password_change_due`` (choosing it).  The flag is the one their sign-in read
(``Actor.must_change_password``); the change returns a new Actor without it.

Checks that depend on the data stay where the data is read, each in one line of its method: money
and health details shown only to those holding INCOME_VIEW and HEALTH_VIEW (beneficiary_file,
person_export), an unmasked export only with INCOME_VIEW (exports), new people in an e-form import
only with BENEFICIARY_EDIT (eform_import), the permission the requested state of an application asks
for (applications.transition), and the caseload rule (services.caseload).  Settings saved before
anyone signs in (services.settings, not handed out by ActorServices) take the actor per call and
check it there.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TypeVar

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services.errors import PermissionDenied, ServiceError

Service = TypeVar("Service", bound=type)
Method = TypeVar("Method", bound=Callable)


class PasswordChangeDue(ServiceError):
    """An administrator reset the acting person's password: they choose their own before anything else
    (not a missing permission: screens that say «this account may not» would mislead)."""

    def __init__(self):
        super().__init__(Message("Services", QT_TRANSLATE_NOOP(
            "Services", "An administrator reset your password: choose your own password first («Change "
                        "password»). Nothing else can be done until then.")))


#: Attribute recording a method's decision: the tuple of permissions it needs (empty when open).
NEEDS = "__permissions_needed__"
#: Attribute recording why a method is open to every signed-in user.
OPEN_BECAUSE = "__open_because__"
#: Attribute marking a method open to a person who must first choose their own password.
OPEN_WHILE_CHANGE_DUE = "__open_while_password_change_due__"


def requires(*permissions: Permission) -> Callable[[Method], Method]:
    """The method needs every one of ``permissions``."""
    if not permissions:
        raise TypeError("requires() needs at least one permission; use open_to_signed_in(reason)")

    def record(method: Method) -> Method:
        setattr(method, NEEDS, permissions)
        return method

    return record


def open_to_signed_in(reason: str) -> Callable[[Method], Method]:
    """Any signed-in user may call the method; ``reason`` says why (read by whoever reviews it)."""

    def record(method: Method) -> Method:
        setattr(method, NEEDS, ())
        setattr(method, OPEN_BECAUSE, reason)
        return method

    return record


def open_while_password_change_due(method: Method) -> Method:
    """The method serves a person whose password an administrator reset (choosing their own)."""
    setattr(method, OPEN_WHILE_CHANGE_DUE, True)
    return method


def needed(method: Callable) -> tuple[Permission, ...] | None:
    """The permissions ``method`` needs, () when open to every signed-in user, None when undeclared."""
    return getattr(method, NEEDS, None)


def public_methods(cls: type) -> dict[str, Callable]:
    """The methods a caller may reach: functions of the class (and its bases) not named with ``_``."""
    return {name: f for name, f in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}


@functools.cache
def guarded(cls: Service) -> Service:
    """``cls`` with each public method checking the acting user's permissions (``self._actor``) first."""
    checked = {name: _checked(cls, name, method) for name, method in public_methods(cls).items()}
    return type(cls.__name__, (cls,), {
        "__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__, **checked,
    })


def _checked(cls: type, name: str, method: Callable) -> Callable:
    permissions = needed(method)
    open_while_change_due = getattr(method, OPEN_WHILE_CHANGE_DUE, False)

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        if permissions is None:
            raise PermissionDenied(f"{cls.__name__}.{name}")
        if self._actor.must_change_password and not open_while_change_due:
            raise PasswordChangeDue()
        for permission in permissions:
            self._actor.require(permission)
        return method(self, *args, **kwargs)

    return call
