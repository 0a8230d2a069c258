"""Workflow settings an administrator changes without code (stored in the ``setting`` table)."""

from __future__ import annotations

from charity_desk.db.engine import Database
from charity_desk.db.models import Setting
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import ServiceError

CONTEXT = "Settings"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10


class SettingsService:
    def __init__(self, db: Database):
        self._db = db

    def idle_lock_minutes(self) -> int:
        with self._db.read_session() as session:
            row = session.get(Setting, IDLE_LOCK_MINUTES)
            return int(row.value) if row else DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, actor: Actor, minutes: int) -> None:
        actor.require(Permission.SETTINGS_MANAGE)
        if not 1 <= minutes <= 240:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Settings", "The idle time before the screen locks must be 1 to 240 minutes."
                    ),
                ),
                field=IDLE_LOCK_MINUTES,
            )
        with self._db.session() as session:
            session.merge(Setting(key=IDLE_LOCK_MINUTES, value=str(minutes)))
            audit.record(session, actor, "setting.changed", "setting", IDLE_LOCK_MINUTES, value=minutes)
