"""A direct beneficiary's core record; the other parts of the file hang off it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Sequence,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned

#: The sequence PostgreSQL draws activity ranks from (SQLite's insert trigger takes the highest plus one).
ACTIVITY_RANK_SEQUENCE = "beneficiary_activity_rank_seq"


class Beneficiary(Versioned, Timestamps, Base):
    __tablename__ = "beneficiary"
    __table_args__ = (
        Index("ix_beneficiary_full_name", "full_name"),
        Index("ix_beneficiary_mobile", "mobile"),
        # The duplicate rule (same name and birth date, or same other mobile), at the desk and in imports.
        Index("ix_beneficiary_name_birth", "first_name", "family_name", "birth_date"),
        Index("ix_beneficiary_mobile_alt", "mobile_alt"),
        # The files due for re-verification in their order (services.reverification_lists).
        Index("ix_beneficiary_reverification", "status", text("coalesce(verified_on, '0001-01-01')")),
        # ... and how many are due, the merged files (not due) told apart in the index (migration 0027).
        Index("ix_beneficiary_reverification_unmerged", "status", text("coalesce(verified_on, '0001-01-01')"),
              "merged_into_id"),
        # The people on legal hold, by name (services.retention_lists).
        Index("ix_beneficiary_legal_hold", "legal_hold", "full_name"),
        # ... and how many, the merged files (no people of their own) told apart in the index (migration 0028).
        Index("ix_beneficiary_legal_hold_unmerged", "legal_hold", "merged_into_id", "full_name"),
        # The search's order within a tier, and on SQLite the full-text index's row key (db.activity).
        Index("ix_beneficiary_activity_rank", "activity_rank", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False)
    father_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    grandfather_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    family_name: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    #: The four parts joined, kept for display and ordering.
    full_name: Mapped[str] = mapped_column(String(330), nullable=False)
    national_id: Mapped[str] = mapped_column(String(10), nullable=False, unique=True)
    #: Why a supervisor accepted an ID whose check digit failed; empty when it passed.
    national_id_override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    nationality: Mapped[str] = mapped_column(String(80), nullable=False, default="سعودي")
    gender: Mapped[str] = mapped_column(String(10), nullable=False)
    birth_date: Mapped[date | None] = mapped_column(Date)
    marital_status: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    mobile: Mapped[str] = mapped_column(String(13), nullable=False, default="")
    mobile_alt: Mapped[str] = mapped_column(String(13), nullable=False, default="")
    region: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    building_number: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    street: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    additional_number: Mapped[str] = mapped_column(String(4), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    short_address: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")  # active, suspended
    #: When the file was last confirmed up to date (annual re-verification).
    verified_on: Mapped[date | None] = mapped_column(Date, index=True)
    assigned_researcher_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: Normalized words of the name plus the ID and phone forms; the search index reads this.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Unique; the file with the most recent activity has the highest (db.activity).  Given by the
    #: database when the file is created.
    activity_rank: Mapped[int | None] = mapped_column(BigInteger, Sequence(ACTIVITY_RANK_SEQUENCE))
    #: A legal hold blocks flagging and destruction of anything about the person (PDPL retention).
    legal_hold: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    legal_hold_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: When the file was anonymized after its retention period; it is never flagged again.
    anonymized_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: The file this one was merged into (services.merge_files): it is then hidden from lists and
    #: opening it opens the survivor.  A plain column rather than a foreign key: SQLite adds a key only
    #: by rebuilding the table and its search triggers; the merge service keeps it pointing at a file.
    merged_into_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: National IDs of the files merged into this one, indexed with its search text so that a search
    #: for a merged file's ID finds the survivor.
    absorbed_national_ids: Mapped[str] = mapped_column(Text, nullable=False, default="")
