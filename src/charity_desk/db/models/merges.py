"""Merges of duplicate files: what moved from the merged file to the survivor, so that it can be undone."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from charity_desk.db.base import Base, utcnow


class FileMerge(Base):
    """One merge of ``merged_id`` into ``survivor_id``; ``undone_at`` is set when an administrator undid it.

    The JSON columns hold everything undo needs: each file's fields as they were before the merge, the
    fields the survivor took from the other file, and the ids of the rows that moved, table by table.
    """

    __tablename__ = "file_merge"
    __table_args__ = (
        # The merged-pairs list, newest first (services.merge_lists), and the figures of a period.
        Index("ix_file_merge_merged_at", "merged_at", "id"),
        Index("ix_file_merge_undone_at", "undone_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("beneficiary.id", ondelete="CASCADE"), index=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: JSON {column: value} of each file before the merge (dates as ISO text).
    survivor_before: Mapped[str] = mapped_column(Text, nullable=False)
    merged_before: Mapped[str] = mapped_column(Text, nullable=False)
    #: JSON {column: value}: the survivor's fields set from the merged file's values.
    taken: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    #: JSON {table: [row keys]}: the rows that moved from the merged file to the survivor.
    moved: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: What undo could not put back as it was (JSON list of codes), e.g. a field changed since.
    undo_notes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    #: Why the reviewer merged (free text, optional).
    reason: Mapped[str] = mapped_column(String(500), nullable=False, default="")
