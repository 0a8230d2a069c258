"""Annual re-verification: files not confirmed within the period are flagged and may be suspended."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select

from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary, Setting
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import BeneficiarySummary, summary_columns
from charity_desk.services.beneficiary_file import load_person
from charity_desk.services.errors import ServiceError
from charity_desk.services.file_edits import record_changes
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.permission_guard import open_to_signed_in, requires

PERIOD_SETTING = "reverification_days"
DEFAULT_PERIOD_DAYS = 365


class ReverificationService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @open_to_signed_in("the re-verification period shown with the due list; a setting")
    def period_days(self) -> int:
        with self._db.read_session() as session:
            row = session.get(Setting, PERIOD_SETTING)
            return int(row.value) if row else DEFAULT_PERIOD_DAYS

    @requires(Permission.SETTINGS_MANAGE)
    def set_period_days(self, days: int) -> None:
        if not 30 <= days <= 1095:
            raise ServiceError(Message("Reverification", QT_TRANSLATE_NOOP(
                "Reverification", "The re-verification period is 30 to 1095 days.")), field=PERIOD_SETTING)
        with self._db.session() as session:
            session.merge(Setting(key=PERIOD_SETTING, value=str(days)))
            audit.record(session, self._actor, "setting.changed", "setting", PERIOD_SETTING, value=days)

    @requires(Permission.BENEFICIARY_VIEW)
    def due(self, today: date | None = None, limit: int = 1000) -> list[BeneficiarySummary]:
        """Active files whose last verification is older than the period (oldest first)."""
        cutoff = (today or date.today()) - timedelta(days=self.period_days())
        statement = (select(*summary_columns()).where(Beneficiary.status == "active",
                                                      or_(Beneficiary.verified_on.is_(None),
                                                          Beneficiary.verified_on < cutoff),
                                                      Beneficiary.merged_into_id.is_(None))
                     .order_by(Beneficiary.verified_on).limit(limit))
        with self._db.read_session() as session:
            return [BeneficiarySummary.from_row(row) for row in session.execute(statement)]

    @requires(Permission.BENEFICIARY_EDIT)
    def confirm(self, beneficiary_id: int, today: date | None = None) -> None:
        """The file was checked with the person: it counts as verified from today, and is active again."""
        with self._db.session() as session:
            person = load_person(session, beneficiary_id)
            record_changes(session, self._actor, beneficiary_id, "beneficiary", beneficiary_id, person,
                           {"verified_on": today or date.today(), "status": "active"}, "إعادة التحقق السنوية")
            audit.record(session, self._actor, "beneficiary.reverified", "beneficiary", beneficiary_id)

    @requires(Permission.PROGRAM_MANAGE)
    def suspend(self, beneficiary_ids: list[int], reason: str) -> int:
        refuse_formulas(("reason", reason))
        if not reason.strip():
            raise ServiceError(Message("Reverification", QT_TRANSLATE_NOOP(
                "Reverification", "Write why the files are suspended.")), field="reason")
        with self._db.session() as session:
            for beneficiary_id in beneficiary_ids:
                person = load_person(session, beneficiary_id)
                record_changes(session, self._actor, beneficiary_id, "beneficiary", beneficiary_id, person,
                               {"status": "suspended"}, reason)
            audit.record(session, self._actor, "beneficiary.suspended", "beneficiary", "", count=len(beneficiary_ids))
        return len(beneficiary_ids)
