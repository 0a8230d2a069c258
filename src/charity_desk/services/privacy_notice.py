"""The privacy notice (PDPL): versioned text shown or printed at intake, and who acknowledged which version.

Until an administrator records a text, version 1 is the default in data/privacy_notice.json; it is
written to the database the first time someone acknowledges it, so the version a person saw is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db.engine import Database
from charity_desk.db.models import NoticeAcknowledgement, PrivacyNotice, UserAccount
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.privacy_deadlines import as_utc
from charity_desk.domain.roles import Permission
from charity_desk.reference import default_privacy_notice
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.errors import InvalidInput
from charity_desk.services.permission_guard import requires

CONTEXT = "PrivacyNotice"
ACKNOWLEDGEMENT_METHODS = ("written", "verbal", "electronic")


@dataclass(frozen=True)
class NoticeView:
    version: int
    text: str
    recorded_at: datetime | None
    recorded_by: str


@dataclass(frozen=True)
class NoticeAcknowledgementInput:
    """Staff ticked that the person was shown (or given) this version and acknowledged it."""

    version: int | None
    method: str


@dataclass(frozen=True)
class AcknowledgementView:
    version: int
    method: str
    acknowledged_at: datetime
    staff: str


def _error(text: str, field: str, **params) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), field=field)


def acknowledgement_errors(notice: NoticeAcknowledgementInput | None) -> list[DomainError]:
    if notice is None or notice.version is None:
        return [_error(QT_TRANSLATE_NOOP(
            "PrivacyNotice", "Show or print the privacy notice for the person, then tick that they acknowledged it."),
            "privacy_notice")]
    if notice.method not in ACKNOWLEDGEMENT_METHODS:
        return [_error(QT_TRANSLATE_NOOP("PrivacyNotice", "Choose how the person acknowledged the notice."),
                       "notice_method")]
    return []


def _latest(session: Session) -> PrivacyNotice | None:
    return session.scalar(select(PrivacyNotice).order_by(PrivacyNotice.version.desc()).limit(1))


def current_notice(session: Session, actor: Actor) -> PrivacyNotice:
    """The notice in force, writing the default text down as version 1 when none was recorded yet."""
    notice = _latest(session)
    if notice is None:
        notice = PrivacyNotice(version=1, text=default_privacy_notice(), recorded_by_id=None)
        session.add(notice)
        session.flush()
        audit.record(session, actor, "privacy_notice.recorded", "privacy_notice", notice.id, version=1,
                     source="default")
    return notice


def acknowledge(session: Session, actor: Actor, beneficiary_id: int, notice: NoticeAcknowledgementInput) -> None:
    """Store the acknowledgement with the person, inside the caller's transaction."""
    current = current_notice(session, actor)
    if notice.version != current.version:
        raise InvalidInput([_error(QT_TRANSLATE_NOOP(
            "PrivacyNotice", "The privacy notice changed to version {version} after this form was opened: "
                             "show the new version and tick again."), "privacy_notice", version=current.version)])
    session.add(NoticeAcknowledgement(beneficiary_id=beneficiary_id, notice_id=current.id, method=notice.method,
                                      staff_id=actor.user_id))
    session.flush()
    audit.record(session, actor, "privacy_notice.acknowledged", "beneficiary", beneficiary_id,
                 version=current.version, method=notice.method)


class PrivacyNoticeService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def current(self) -> NoticeView:
        with self._db.read_session() as session:
            row = session.execute(select(PrivacyNotice, UserAccount.full_name)
                                  .outerjoin(UserAccount, UserAccount.id == PrivacyNotice.recorded_by_id)
                                  .order_by(PrivacyNotice.version.desc()).limit(1)).first()
        if row is None:
            return NoticeView(1, default_privacy_notice(), None, "")
        notice, name = row
        return NoticeView(notice.version, notice.text, as_utc(notice.recorded_at), name or "")

    @requires(Permission.PRIVACY_MANAGE)
    def history(self) -> list[NoticeView]:
        with self._db.read_session() as session:
            rows = session.execute(select(PrivacyNotice, UserAccount.full_name)
                                   .outerjoin(UserAccount, UserAccount.id == PrivacyNotice.recorded_by_id)
                                   .order_by(PrivacyNotice.version.desc())).all()
        return [NoticeView(n.version, n.text, as_utc(n.recorded_at), name or "") for n, name in rows]

    @requires(Permission.PRIVACY_MANAGE)
    def record(self, text: str) -> int:
        """Record a new version of the notice; returns its number. People acknowledge it from now on."""
        text = text.strip()
        if not text:
            raise InvalidInput([_error(QT_TRANSLATE_NOOP("PrivacyNotice", "Write the text of the notice."), "text")])
        with self._db.session() as session:
            latest = current_notice(session, self._actor)
            if latest.text.strip() == text:
                raise InvalidInput([_error(QT_TRANSLATE_NOOP(
                    "PrivacyNotice", "This is the text of the current version: change it before recording."),
                    "text")])
            version = (session.scalar(select(func.max(PrivacyNotice.version))) or 0) + 1
            notice = PrivacyNotice(version=version, text=text, recorded_by_id=self._actor.user_id)
            session.add(notice)
            session.flush()
            audit.record(session, self._actor, "privacy_notice.recorded", "privacy_notice", notice.id,
                         version=version)
            return version

    @requires(Permission.BENEFICIARY_VIEW)
    def acknowledgements(self, beneficiary_id: int) -> list[AcknowledgementView]:
        with self._db.read_session() as session:
            rows = session.execute(
                select(PrivacyNotice.version, NoticeAcknowledgement.method, NoticeAcknowledgement.acknowledged_at,
                       UserAccount.full_name)
                .join(PrivacyNotice, PrivacyNotice.id == NoticeAcknowledgement.notice_id)
                .outerjoin(UserAccount, UserAccount.id == NoticeAcknowledgement.staff_id)
                .where(NoticeAcknowledgement.beneficiary_id == beneficiary_id)
                .order_by(NoticeAcknowledgement.acknowledged_at)).all()
        return [AcknowledgementView(v, m, as_utc(at), name or "") for v, m, at, name in rows]
