"""First start: the association's name and the first administrator account."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from charity_desk.db.engine import Database, sqlite_path
from charity_desk.db.models import AssociationProfile, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Role
from charity_desk.services import audit, key_slot_updates, recovery_code
from charity_desk.services.actor import SYSTEM
from charity_desk.services.errors import ServiceError
from charity_desk.services.users import add_account

CONTEXT = "Setup"


@dataclass(frozen=True)
class SetupState:
    has_association: bool
    has_accounts: bool

    @property
    def complete(self) -> bool:
        return self.has_association and self.has_accounts


class SetupService:
    def __init__(self, db: Database):
        self._db = db

    def state(self) -> SetupState:
        with self._db.read_session() as session:
            return SetupState(
                has_association=session.scalar(select(AssociationProfile.id).limit(1)) is not None,
                has_accounts=session.scalar(select(UserAccount.id).limit(1)) is not None,
            )

    def initialize(
        self, association_name: str, username: str = "", full_name: str = "", password: str = ""
    ) -> str:
        """Record the association's name and, when there is no account yet, the first administrator.

        Both happen in one transaction.  An administrator made earlier with ``create-admin`` is kept.
        Returns the association's recovery code, to be shown once (only its hash is stored); it lets
        an administrator in again if every password is lost (``AuthService.recover``).
        """
        if not association_name.strip():
            raise ServiceError(
                Message(CONTEXT, QT_TRANSLATE_NOOP("Setup", "Enter the association's name.")),
                field="association_name",
            )
        with self._db.session() as session:
            if session.scalar(select(AssociationProfile.id).limit(1)) is not None:
                raise ServiceError(
                    Message(CONTEXT, QT_TRANSLATE_NOOP("Setup", "This database is already set up."))
                )
            session.add(AssociationProfile(name=association_name.strip()))
            if session.scalar(select(UserAccount.id).limit(1)) is None:
                add_account(session, SYSTEM, username, full_name, Role.ADMINISTRATOR, password)
            code = recovery_code.replace(session)
            audit.record(session, SYSTEM, "setup.initialized")
        path = sqlite_path(self._db.url)
        if path is not None:
            key_slot_updates.association_name(path, association_name.strip())
        return code

    def association_name(self) -> str:
        with self._db.read_session() as session:
            return session.scalar(select(AssociationProfile.name).limit(1)) or ""
