"""The association itself, and settings an administrator changes without code."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, Timestamps, Versioned


class AssociationProfile(Versioned, Timestamps, Base):
    """One row: who the association is, as printed on its letters."""

    __tablename__ = "association_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    licence_number: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: Clause 6-1: the board meeting that approved the beneficiary policy.
    policy_approval_reference: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    #: The logo printed on letters (its bytes are in document_content).
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("document_content.sha256"))
    signatory_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signatory_title: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Setting(Base):
    """A named setting stored as text (idle-lock minutes, letter numbering, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
