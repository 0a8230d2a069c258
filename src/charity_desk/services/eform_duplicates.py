"""The rows of an imported batch that may be people already registered, or the same person twice in
the file: scored as the review queue scores two files (``domain.duplicate_score``), and reported in
their own part of the preview, apart from the refused rows.

Against the register, the batch is looked up in a few chunked queries (``possible_matches_of``); within
the file, rows are grouped in memory by the same keys.  A key shared by more than ``MAX_GROUP`` rows
(a test file whose every row carries one name and birthday) says nothing about any one of them and is
not compared; each row is reported once, with its likeliest matches.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy.orm import Session

from charity_desk.domain.duplicate_score import PersonFacts, blocking_keys, mobile_forms, score_pair
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from charity_desk.services.duplicate_candidates import possible_matches_of
from charity_desk.services.duplicate_facts import facts_of

CONTEXT = "EformImport"
MAX_GROUP = 40
#: Files or rows named for one row, the likeliest first.
PER_ROW = 3


@dataclass(frozen=True)
class RowCandidate:
    """Row ``row`` of the file may be file ``beneficiary_id``, or the person of row ``other_row``."""

    row: int
    score: int
    reasons: tuple[str, ...]
    beneficiary_id: int | None = None
    other_row: int | None = None

    @property
    def message(self) -> Message:
        if self.beneficiary_id is not None:
            return Message(CONTEXT, QT_TRANSLATE_NOOP(
                "EformImport", "May be the person of the existing file {file}: check before the checklist."),
                {"file": self.beneficiary_id})
        return Message(CONTEXT, QT_TRANSLATE_NOOP(
            "EformImport", "May be the same person as row {row} of this file, under another national ID."),
            {"row": self.other_row})


def _facts(person: dict) -> PersonFacts:
    return PersonFacts((person["first_name"], person["father_name"], person["grandfather_name"],
                        person["family_name"]), person["national_id"], person["birth_date"], person["gender"],
                       tuple(m for m in (person["mobile"], person["mobile_alt"]) if m))


def _within_file(people: dict[int, PersonFacts], keys: dict[int, set[str]]) -> dict[int, list[RowCandidate]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for row, facts in people.items():
        for key in keys[row] | {"m:" + m for m in mobile_forms(facts.mobiles)}:
            groups[key].append(row)
    pairs = {pair for rows in groups.values() if 1 < len(rows) <= MAX_GROUP for pair in combinations(sorted(rows), 2)}
    found: dict[int, list[RowCandidate]] = defaultdict(list)
    for earlier, later in sorted(pairs):
        result = score_pair(people[earlier], people[later])
        if result.candidate:
            found[later].append(RowCandidate(later, result.score, result.reasons, other_row=earlier))
    return found


def row_candidates(session: Session, people: dict[int, dict]) -> list[RowCandidate]:
    """For the rows that would open new files (row number → the person's cleaned values): the files and
    earlier rows each may duplicate, at most ``PER_ROW`` per row, by row then score."""
    facts = {row: _facts(person) for row, person in people.items()}
    keys = {row: blocking_keys(f) for row, f in facts.items()}
    found = _within_file(facts, keys)
    possible = possible_matches_of(session, facts, keys)
    registered = facts_of(session, {file_id for files in possible.values() for file_id in files})
    for row, files in possible.items():
        for file_id in files & registered.keys():
            result = score_pair(facts[row], registered[file_id])
            if result.candidate:
                found[row].append(RowCandidate(row, result.score, result.reasons, beneficiary_id=file_id))
    return [candidate for row in sorted(found)
            for candidate in sorted(found[row], key=lambda c: (-c.score, c.beneficiary_id or 0, c.other_row or 0))
            [:PER_ROW]]
