"""What a merge does with each row that refers to a beneficiary's file, table by table.

Every foreign key to ``beneficiary`` must have a rule here (tests/services/test_merge_coverage.py
fails otherwise, and a merge refuses to run), so that a table added later cannot leave its rows behind
on a merged file or be moved without thought:

* ``MOVE``: the merged file's rows move to the survivor (their own columns unchanged).  Applications
  also move when both files applied to the same program: nothing of the history is lost, and the
  merge is refused only while both files have an *open* application to it (services.merge_files),
  since the application rules allow one open application per program and person.
* ``ONE_PER_FILE``: a section a file has at most one of (housing, health: the file's id is the key).
  The survivor keeps its own; the merged file's moves only when the survivor has none, otherwise it
  stays with the merged file, where undo finds it unchanged.
* ``STAYS``: the merge records themselves: nothing moves.
* ``DERIVED``: indexes computed from the files, which their owners rebuild inside the merge's and the
  undo's transaction: the duplicate pairs and keys (services.duplicate_candidates ``mark_merged`` and
  ``reopen_after_undo``) and the household links (services.households ``relink``), and the people
  served the dashboard counts (``served_person``, kept by the database's triggers as the deliveries
  move).  Such rows are not restored row by row by an undo: they are computed again from the files,
  which are.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import inspect

from charity_desk.db import models  # noqa: F401 - registers every table
from charity_desk.db.base import Base


class Rule(StrEnum):
    MOVE = "move"
    ONE_PER_FILE = "one_per_file"
    STAYS = "stays"
    DERIVED = "derived"


#: "table.column" of every foreign key to ``beneficiary``, and what a merge does with its rows.
RULES: dict[str, Rule] = {
    "application.beneficiary_id": Rule.MOVE,
    "home_visit.beneficiary_id": Rule.MOVE,
    "enrolment.beneficiary_id": Rule.MOVE,
    "service_delivery.beneficiary_id": Rule.MOVE,
    "survey_request.beneficiary_id": Rule.MOVE,
    "survey_response.beneficiary_id": Rule.MOVE,
    "complaint.beneficiary_id": Rule.MOVE,
    "referral.beneficiary_id": Rule.MOVE,
    "issued_letter.beneficiary_id": Rule.MOVE,
    "disclosure.beneficiary_id": Rule.MOVE,
    "stored_document.beneficiary_id": Rule.MOVE,
    "field_change.beneficiary_id": Rule.MOVE,
    "contact_entry.beneficiary_id": Rule.MOVE,
    "inquiry.beneficiary_id": Rule.MOVE,
    "family_member.beneficiary_id": Rule.MOVE,
    "money_item.beneficiary_id": Rule.MOVE,
    "needs_assessment.beneficiary_id": Rule.MOVE,
    "data_subject_request.beneficiary_id": Rule.MOVE,
    "notice_acknowledgement.beneficiary_id": Rule.MOVE,
    "retention_flag.beneficiary_id": Rule.MOVE,
    "appointment.beneficiary_id": Rule.MOVE,
    "sent_message.beneficiary_id": Rule.MOVE,
    "manual_task.beneficiary_id": Rule.MOVE,
    "housing.beneficiary_id": Rule.ONE_PER_FILE,
    "health_record.beneficiary_id": Rule.ONE_PER_FILE,
    "file_merge.survivor_id": Rule.STAYS,
    "file_merge.merged_id": Rule.STAYS,
    "duplicate_pair.lower_id": Rule.DERIVED,
    "duplicate_pair.higher_id": Rule.DERIVED,
    "duplicate_key.beneficiary_id": Rule.DERIVED,
    "household_link.beneficiary_id": Rule.DERIVED,
    "household_link.relative_id": Rule.DERIVED,
    "household_membership.beneficiary_id": Rule.DERIVED,
    "served_person.beneficiary_id": Rule.DERIVED,
}


def references_to_files(metadata) -> list[str]:
    """"table.column" of every foreign key to ``beneficiary`` in ``metadata``."""
    return sorted(
        f"{table.name}.{key.parent.name}"
        for table in metadata.sorted_tables
        for key in table.foreign_keys
        if key.column.table.name == "beneficiary"
    )


def unruled(metadata) -> list[str]:
    """The references with no rule yet."""
    return [reference for reference in references_to_files(metadata) if reference not in RULES]


def reference_columns(reference: str):
    """For "table.column": the mapped class, that column and the class's primary key column."""
    table, column = reference.split(".")
    model = next(m.class_ for m in Base.registry.mappers if m.local_table.name == table)
    return model, getattr(model, column), getattr(model, inspect(model).primary_key[0].key)
