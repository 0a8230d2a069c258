"""How many files wait for their re-verification, by the day each was last confirmed with the person,
kept by the database's triggers (migration 0030) in the same transaction as every write: never written
by the application itself."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base


class ConfirmationDayTotal(Base):
    """The active files, merged files left out, last confirmed on one day (``0001-01-01``: never), so the
    files due for a period are a sum over a few hundred days instead of a count over every file."""

    __tablename__ = "confirmation_day_total"
    __table_args__ = {"sqlite_with_rowid": False}

    confirmed_on: Mapped[date] = mapped_column(Date, primary_key=True)
    files: Mapped[int] = mapped_column(Integer, nullable=False)
