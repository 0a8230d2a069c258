"""Retention per data category (PDPL): find records past their period, have an administrator approve,
then destroy them for good and keep a record of the destruction; a legal hold protects a person.

The flags of a run name records, never their contents. Approval looks again at each flagged record
(a hold may have been placed since), destroys what is still due, and writes one destruction record
per category, all in one transaction after the password was typed again.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Beneficiary,
    ContactEntry,
    DestructionRecord,
    Inquiry,
    RetentionFlag,
    RetentionRule,
    RetentionRun,
    StoredDocument,
    SurveyResponse,
)
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.auth import AuthService
from charity_desk.services.beneficiary_file import load_person
from charity_desk.services.errors import NotFound, ServiceError
from charity_desk.services.file_anonymizer import anonymize_files
from charity_desk.services.free_text_entry import refuse_formulas
from charity_desk.services.permission_guard import requires
from charity_desk.services.retention_records import (
    anonymize_applications,
    anonymize_inquiries,
    anonymize_survey_answers,
    candidates,
    delete_audit_prefix,
    delete_documents,
)
from charity_desk.services.retention_views import (
    DestructionView,
    FlaggedRecord,
    LegalHoldView,
    RetentionRuleView,
    RetentionRunView,
    category,
    default_categories,
)

CONTEXT = "Retention"
MIN_YEARS, MAX_YEARS = 1, 50
FLAGS_SHOWN = 2000


def _error(text: str, field: str | None = None, **params) -> ServiceError:
    return ServiceError(Message(CONTEXT, text, params), field=field)


def cutoff_for(as_of: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29th that year lacks)."""
    try:
        return as_of.replace(year=as_of.year - years)
    except ValueError:
        return as_of.replace(year=as_of.year - years, day=28)


def _destroy(session: Session, code: str, ids: list[int]) -> tuple[int, str]:
    """Destroy the records ``ids`` of category ``code``: how many, and the audit chain's new anchor."""
    if not ids:
        return 0, ""
    if code == "beneficiary_file":
        return anonymize_files(session, ids), ""
    if code == "contact_log":
        return session.execute(delete(ContactEntry).where(ContactEntry.id.in_(ids))).rowcount, ""
    if code == "documents":
        return delete_documents(session, StoredDocument.id.in_(ids)), ""
    if code == "applications":
        return anonymize_applications(session, ids), ""
    if code == "survey_answers":
        return anonymize_survey_answers(session, SurveyResponse.id.in_(ids)), ""
    if code == "inquiries":
        return anonymize_inquiries(session, Inquiry.id.in_(ids)), ""
    if code == "audit":
        return delete_audit_prefix(session, max(ids))
    raise KeyError(code)


def _years(session: Session) -> dict[str, int]:
    chosen = dict(tuple(row) for row in session.execute(select(RetentionRule.category, RetentionRule.years)))
    return {c.code: chosen.get(c.code, c.years) for c in default_categories()}


def _destruction_view(row: DestructionRecord) -> DestructionView:
    return DestructionView(row.id, row.category, row.action, row.record_count, row.years, row.cutoff,
                           row.approved_at, row.approved_by_name)


class RetentionService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.PRIVACY_MANAGE)
    def rules(self) -> list[RetentionRuleView]:
        with self._db.read_session() as session:
            years = _years(session)
        return [RetentionRuleView(c, years[c.code], c.years) for c in default_categories()]

    @requires(Permission.PRIVACY_MANAGE)
    def set_years(self, code: str, years: int) -> None:
        category(code)
        if not MIN_YEARS <= years <= MAX_YEARS:
            raise _error(QT_TRANSLATE_NOOP("Retention", "A retention period is {low} to {high} years."),
                         field="years", low=MIN_YEARS, high=MAX_YEARS)
        with self._db.session() as session:
            session.merge(RetentionRule(category=code, years=years, changed_at=utcnow(),
                                        changed_by_id=self._actor.user_id))
            audit.record(session, self._actor, "retention.rule_changed", "retention_rule", code, years=years)

    @requires(Permission.PRIVACY_MANAGE)
    def find_past_retention(self, today: date | None = None) -> RetentionRunView:
        """A new run over every category; an earlier run still awaiting approval is replaced."""
        as_of = today or date.today()
        with self._db.session() as session:
            session.execute(update(RetentionRun).where(RetentionRun.status == "pending").values(status="replaced"))
            session.execute(delete(RetentionFlag).where(
                RetentionFlag.run_id.in_(select(RetentionRun.id).where(RetentionRun.status == "replaced"))))
            run = RetentionRun(as_of=as_of, run_by_id=self._actor.user_id, status="pending")
            session.add(run)
            session.flush()
            counts = {}
            for code, years in _years(session).items():
                found = candidates(session, code, cutoff_for(as_of, years))
                counts[code] = len(found)
                if found:
                    session.execute(insert(RetentionFlag), [
                        {"run_id": run.id, "category": code, "record_id": record_id, "beneficiary_id": person,
                         "relevant_on": day} for record_id, person, day in found])
            audit.record(session, self._actor, "retention.checked", "retention_run", run.id, as_of=as_of,
                         counts=counts)
            run_id = run.id
        return self.pending_run(run_id)

    @requires(Permission.PRIVACY_MANAGE)
    def pending_run(self, run_id: int | None = None, with_flags: bool = True) -> RetentionRunView | None:
        """The check awaiting approval; without ``with_flags`` only its counts (a screen that lists the
        flags a page at a time reads them from ``services.lists``)."""
        with self._db.read_session() as session:
            statement = select(RetentionRun).where(RetentionRun.status == "pending")
            if run_id is not None:
                statement = statement.where(RetentionRun.id == run_id)
            run = session.scalars(statement.order_by(RetentionRun.id.desc()).limit(1)).first()
            if run is None:
                return None
            counts = dict(tuple(row) for row in session.execute(
                select(RetentionFlag.category, func.count(RetentionFlag.id)).where(RetentionFlag.run_id == run.id)
                .group_by(RetentionFlag.category)))
            if not with_flags:
                return RetentionRunView(run.id, run.run_at, run.as_of, run.status,
                                        {c.code: counts.get(c.code, 0) for c in default_categories()}, ())
            rows = session.execute(
                select(RetentionFlag, Beneficiary.full_name, Beneficiary.national_id)
                .outerjoin(Beneficiary, Beneficiary.id == RetentionFlag.beneficiary_id)
                .where(RetentionFlag.run_id == run.id).order_by(RetentionFlag.id).limit(FLAGS_SHOWN))
            flags = tuple(FlaggedRecord(f.id, f.category, f.record_id, f.beneficiary_id, name or "", national_id or "",
                                        f.relevant_on) for f, name, national_id in rows)
            return RetentionRunView(run.id, run.run_at, run.as_of, run.status,
                                    {c.code: counts.get(c.code, 0) for c in default_categories()}, flags)

    @requires(Permission.PRIVACY_MANAGE)
    def exclude(self, flag_ids: list[int]) -> int:
        """Leave flagged records out of this approval; the next run finds them again."""
        with self._db.session() as session:
            pending = select(RetentionRun.id).where(RetentionRun.status == "pending")
            removed = session.execute(delete(RetentionFlag).where(RetentionFlag.id.in_(flag_ids),
                                                                  RetentionFlag.run_id.in_(pending))).rowcount
            audit.record(session, self._actor, "retention.excluded", "retention_flag", "", count=removed)
        return removed

    @requires(Permission.PRIVACY_MANAGE)
    def approve(self, run_id: int, password: str) -> list[DestructionView]:
        """Irreversibly destroy what the run flagged and is still due, after the password again."""
        AuthService(self._db).confirm_password(self._actor, password)
        with self._db.session() as session:
            run = session.get(RetentionRun, run_id)
            if run is None or run.status != "pending":
                raise _error(QT_TRANSLATE_NOOP(
                    "Retention", "This check was already approved or replaced. Run the check again."))
            records = []
            for code, years in _years(session).items():
                cutoff = cutoff_for(run.as_of, years)
                flagged = select(RetentionFlag.record_id).where(RetentionFlag.run_id == run_id,
                                                                RetentionFlag.category == code)
                due = [record_id for record_id, _person, _day in candidates(session, code, cutoff, only=flagged)]
                count, anchor = _destroy(session, code, due)
                if count:
                    action = "anonymized" if category(code).action == "anonymize" else "deleted"
                    record = DestructionRecord(run_id=run_id, category=code, action=action, record_count=count,
                                               years=years, cutoff=cutoff, approved_by_id=self._actor.user_id,
                                               approved_by_name=self._actor.full_name, chain_anchor=anchor)
                    session.add(record)
                    records.append(record)
            run.status = "approved"
            session.execute(delete(RetentionFlag).where(RetentionFlag.run_id == run_id))
            session.flush()
            # The sealed entry vouches for where the kept audit trail now starts (services.audit_verify).
            audit.record(session, self._actor, "retention.destroyed", "retention_run", run_id,
                         counts={r.category: r.record_count for r in records},
                         audit_anchor=next((r.chain_anchor for r in records if r.chain_anchor), ""))
            return [_destruction_view(r) for r in records]

    @requires(Permission.PRIVACY_MANAGE)
    def destructions(self, limit: int = 500) -> list[DestructionView]:
        with self._db.read_session() as session:
            rows = session.scalars(select(DestructionRecord).order_by(DestructionRecord.id.desc()).limit(limit))
            return [_destruction_view(r) for r in rows]

    @requires(Permission.PRIVACY_MANAGE)
    def legal_holds(self) -> list[LegalHoldView]:
        with self._db.read_session() as session:
            rows = session.execute(select(Beneficiary.id, Beneficiary.full_name, Beneficiary.national_id,
                                          Beneficiary.legal_hold_reason)
                                   .where(Beneficiary.legal_hold.is_(True), Beneficiary.merged_into_id.is_(None))
                                   .order_by(Beneficiary.full_name))
            return [LegalHoldView(*row) for row in rows]

    @requires(Permission.PRIVACY_MANAGE)
    def place_hold(self, national_id: str, reason: str) -> int:
        """Protect everything about the person from flagging and destruction until the hold is lifted.
        A merged file's ID places it on the survivor, where the person's records are."""
        refuse_formulas(("reason", reason))
        with self._db.session() as session:
            beneficiary_id = session.scalar(select(func.coalesce(Beneficiary.merged_into_id, Beneficiary.id))
                                            .where(Beneficiary.national_id == national_id.strip()))
            if beneficiary_id is None:
                raise NotFound("beneficiary", national_id.strip())
            self._set_hold(session, beneficiary_id, True, reason)
        return beneficiary_id

    @requires(Permission.PRIVACY_MANAGE)
    def release_hold(self, beneficiary_id: int, reason: str) -> None:
        refuse_formulas(("reason", reason))
        with self._db.session() as session:
            self._set_hold(session, beneficiary_id, False, reason)

    def _set_hold(self, session: Session, beneficiary_id: int, on: bool, reason: str) -> None:
        if not reason.strip():
            raise _error(QT_TRANSLATE_NOOP("Retention", "Write the reason for the legal hold."), field="reason")
        load_person(session, beneficiary_id)
        # Not an activity of the file: the last-activity date (and its retention) must not move.
        session.execute(update(Beneficiary).where(Beneficiary.id == beneficiary_id).values(
            legal_hold=on, legal_hold_reason=reason.strip() if on else "", updated_at=Beneficiary.updated_at,
            version_id=Beneficiary.version_id + 1))
        # The reason says why the association must keep the file (a claim, an inquiry), not about the person.
        audit.record(session, self._actor, "legal_hold.placed" if on else "legal_hold.released", "beneficiary",
                     beneficiary_id, reason=reason.strip())
