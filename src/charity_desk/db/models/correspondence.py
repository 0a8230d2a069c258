"""Letters issued (the outgoing-correspondence register), their templates, and referrals (5-10)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned, utcnow


class LetterTemplate(Versioned, Timestamps, Base):
    """The wording of one kind of letter, with {placeholders}; an administrator edits it."""

    __tablename__ = "letter_template"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)  # acceptance, rejection, referral, deferral
    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)


class IssuedLetter(Base):
    """One outgoing letter: its number, what it said, and the code that proves it genuine."""

    __tablename__ = "issued_letter"
    __table_args__ = (UniqueConstraint("reference_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference_number: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiary.id", ondelete="SET NULL"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id"), index=True)
    addressee: Mapped[str] = mapped_column(String(300), nullable=False)
    subject: Mapped[str] = mapped_column(String(300), nullable=False)
    #: JSON list of paragraphs, exactly as printed.
    body: Mapped[str] = mapped_column(Text, nullable=False)
    verification_code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class PartnerAssociation(Versioned, Timestamps, Base):
    """Another association requests can be referred to."""

    __tablename__ = "partner_association"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    services: Mapped[str] = mapped_column(Text, nullable=False, default="")
    city: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    contact_person: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Referral(Versioned, Timestamps, Base):
    __tablename__ = "referral"
    # The dashboard's referrals each way over a period, one date range a direction.
    __table_args__ = (Index("ix_referral_direction_created", "direction", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner_association.id"), index=True)
    direction: Mapped[str] = mapped_column(String(5), nullable=False, default="out")  # out, in
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    beneficiary_informed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    informed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="sent")  # sent, accepted, declined, served
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class Disclosure(Base):
    """Personal data shared outside the association: to whom, on what basis, which items (PDPL)."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(200), nullable=False)
    basis: Mapped[str] = mapped_column(Text, nullable=False)
    #: JSON list of the data items shared (names of fields, never their values).
    items: Mapped[str] = mapped_column(Text, nullable=False)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id"))
    shared_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    shared_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
