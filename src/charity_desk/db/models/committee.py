"""Committees, their meetings, attendance and decisions (clause 5-5)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class Committee(Versioned, Timestamps, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    quorum: Mapped[int] = mapped_column(Integer, nullable=False)
    votes: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class CommitteeMember(Base):
    __tablename__ = "committee_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="member")  # chair, member, secretary
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Meeting(Versioned, Timestamps, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    #: Sequential per Hijri year, e.g. 1448/07.
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    #: Indexed: the committee page lists the meetings newest first (migration 0030).
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: Local time of day the meeting starts; empty for meetings recorded before it was asked.
    starts_at: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")  # open, closed
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_member.id"))
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Decision(Base):
    """What the committee decided about one application; final once its meeting is closed."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)  # accepted, rejected, deferred
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    service: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    duration_months: Mapped[int | None] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    reason_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    missing: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rationale: Mapped[str] = mapped_column(Text, nullable=False, default="")
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    #: A later decision that changes an earlier, final one names it here.
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
