"""Every table that refers to a beneficiary's file has a merge rule (services.merge_rules).

A table added later with a foreign key to ``beneficiary`` fails here until someone decides what a
merge does with its rows: a merge must never leave records behind on a hidden file, nor move them
without thought.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

from charity_desk.db.base import Base
from charity_desk.services.merge_rules import RULES, references_to_files, unruled


def test_every_reference_to_a_file_has_a_merge_rule():
    assert not unruled(Base.metadata), (
        f"add a merge rule in services/merge_rules.py for: {unruled(Base.metadata)}")


def test_no_rule_names_a_reference_that_does_not_exist():
    assert set(RULES) <= set(references_to_files(Base.metadata))


def test_a_new_table_referring_to_files_is_caught():
    """The check itself: a copy of the schema with one more table referring to files fails it."""
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    Table("home_loan", copy, Column("id", Integer, primary_key=True),
          Column("borrower_id", Integer, ForeignKey("beneficiary.id")))
    assert unruled(copy) == ["home_loan.borrower_id"]
