"""Suspected duplicate files: the pairs found, and the keys that find them without comparing everyone.

``DuplicateKey`` holds each file's blocking keys (folded name words with the birth date, and the
like): a file is compared only with the files sharing one of its keys, its mobiles (indexed on
``beneficiary``) or a national ID one digit away (the unique index on ``beneficiary.national_id``).
``DuplicatePair`` is one pair (the lower file id first) with its score, its reasons as codes of
``domain.duplicate_score`` and its status; ``fingerprint`` is taken over what the comparison read of
both files, so a dismissed pair comes back only when one of them changes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Versioned, utcnow

OPEN = "open"
DISMISSED = "dismissed"
MERGED = "merged"


class DuplicatePair(Versioned, Base):
    __tablename__ = "duplicate_pair"
    __table_args__ = (
        UniqueConstraint("lower_id", "higher_id", name="uq_duplicate_pair_files"),
        CheckConstraint("lower_id < higher_id", name="ordered"),
        # The review queue: open pairs by score, highest first (services.duplicate_lists).
        Index("ix_duplicate_pair_queue", "status", "score", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lower_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), nullable=False)
    higher_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="CASCADE"), nullable=False, index=True
    )
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    #: Reason codes of ``domain.duplicate_score``, comma-separated, strongest first.
    reasons: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default=OPEN)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    found_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class DuplicateKey(Base):
    __tablename__ = "duplicate_key"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(
        ForeignKey("beneficiary.id", ondelete="CASCADE"), primary_key=True, index=True
    )
