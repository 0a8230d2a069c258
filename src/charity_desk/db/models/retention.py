"""Retention (PDPL): the period kept per data category, the runs that flag records past it, and the
record of every destruction an administrator approved."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, utcnow


class RetentionRule(Base):
    """An administrator's period for one category; a category without a row uses data/retention.json."""

    __tablename__ = "retention_rule"

    category: Mapped[str] = mapped_column(String(40), primary_key=True)
    years: Mapped[int] = mapped_column(Integer, nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class RetentionRun(Base):
    """One search for records past retention; its flags wait for an administrator's approval."""

    __tablename__ = "retention_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    #: The day the periods were counted back from.
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    run_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")  # pending, approved, replaced


class RetentionFlag(Base):
    """A record found past retention: which one and by which date, never its contents."""

    __tablename__ = "retention_flag"
    __table_args__ = (
        Index("ix_retention_flag_run_category", "run_id", "category"),
        # A check's flags in the order found (services.retention_lists).
        Index("ix_retention_flag_run", "run_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("retention_run.id", ondelete="CASCADE"), nullable=False)
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    #: The date the period is counted from (last activity of a file, date of a contact, ...).
    relevant_on: Mapped[date] = mapped_column(Date, nullable=False)


class DestructionRecord(Base):
    """What was destroyed, how many, under which rule, approved by whom and when; no personal value."""

    __tablename__ = "destruction_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("retention_run.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    action: Mapped[str] = mapped_column(String(12), nullable=False)  # deleted, anonymized
    record_count: Mapped[int] = mapped_column(Integer, nullable=False)
    years: Mapped[int] = mapped_column(Integer, nullable=False)
    #: Records dated before this day were past retention.
    cutoff: Mapped[date] = mapped_column(Date, nullable=False)
    approved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    approved_by_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: For the audit trail: the hash of the last entry removed, where the remaining chain now starts.
    chain_anchor: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
