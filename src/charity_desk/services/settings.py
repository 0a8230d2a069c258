"""Workflow settings an administrator changes without code (stored in the ``setting`` table)."""

from __future__ import annotations

from charity_desk.db.engine import Database
from charity_desk.db.models import Setting
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.numerals import DIGIT_STYLES, WESTERN
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import ServiceError

CONTEXT = "Settings"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
DIGIT_STYLE = "digit_style"


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

    def digit_style(self) -> str:
        """How numbers are written on screen and in documents (``numerals.DIGIT_STYLES``)."""
        with self._db.read_session() as session:
            row = session.get(Setting, DIGIT_STYLE)
            return row.value if row and row.value in DIGIT_STYLES else WESTERN

    def set_digit_style(self, actor: Actor, style: str) -> None:
        actor.require(Permission.SETTINGS_MANAGE)
        if style not in DIGIT_STYLES:
            raise ServiceError(
                Message(CONTEXT, QT_TRANSLATE_NOOP("Settings", "Choose Western or Arabic-Indic digits.")),
                field=DIGIT_STYLE,
            )
        with self._db.session() as session:
            session.merge(Setting(key=DIGIT_STYLE, value=style))
            audit.record(session, actor, "setting.changed", "setting", DIGIT_STYLE, value=style)
