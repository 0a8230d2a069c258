"""Errors a service raises for the person using it; each carries a translatable message."""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Services"


class ServiceError(Exception):
    def __init__(self, message: Message, field: str | None = None):
        super().__init__(message.render())
        self.message = message
        self.field = field


class PermissionDenied(ServiceError):
    def __init__(self, permission: str):
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Services", "You do not have the permission for this ({permission})."),
                {"permission": permission},
            )
        )
        self.permission = permission


class NotFound(ServiceError):
    def __init__(self, what: str, key: object):
        super().__init__(
            Message(
                CONTEXT, QT_TRANSLATE_NOOP("Services", "Not found: {what} {key}."), {"what": what, "key": key}
            )
        )


class StaleRecord(ServiceError):
    """Someone else saved the same record after it was opened here; ``by``, ``at`` and ``fields``
    say what they changed, when the history tells."""

    def __init__(self, by: str = "", at: str = "", fields: Message | None = None):
        if fields is None:
            message = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Services",
                "Another user saved this record after you opened it. Your changes were not saved; "
                "reopen the record to see theirs."))
        else:
            message = Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Services",
                "{by} saved this record at {at}, after you opened it, changing: {fields}. Your changes "
                "were not saved; reopen the record to see theirs, then make yours again."),
                {"by": by, "at": at, "fields": fields})
        super().__init__(message)


def from_domain(error: DomainError) -> ServiceError:
    return ServiceError(error.message, error.field)


class InvalidInput(ServiceError):
    """One or more fields of a form are wrong; ``errors`` holds each, with the field to fix."""

    def __init__(self, errors: list[DomainError]):
        super().__init__(errors[0].message, errors[0].field)
        self.errors = errors

    @property
    def fields(self) -> dict[str, Message]:
        return {e.field or "": e.message for e in self.errors}
