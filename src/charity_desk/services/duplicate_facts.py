"""What the duplicate comparison reads about registered files, a handful of queries for many files.

The duplicate index is kept for the whole register, like the search index, whoever's change fed it:
its own reads go past the caseload filter (``UNFILTERED``); what a person is shown of it is read
again through their own session.  Merged files (pointers to their survivor) are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from charity_desk.db.models import Beneficiary, FamilyMember
from charity_desk.domain.duplicate_score import PersonFacts
from charity_desk.services.caseload import UNFILTERED

#: Execution options of every statement of the duplicate index.
INDEX_OPTIONS = {UNFILTERED: True}
CHUNK = 500

_COLUMNS = (Beneficiary.id, Beneficiary.first_name, Beneficiary.father_name, Beneficiary.grandfather_name,
            Beneficiary.family_name, Beneficiary.national_id, Beneficiary.birth_date, Beneficiary.gender,
            Beneficiary.mobile, Beneficiary.mobile_alt)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def _facts(row, family_ids: frozenset[str]) -> PersonFacts:
    _, first, father, grandfather, family, national_id, birth, gender, mobile, mobile_alt = row
    return PersonFacts((first, father, grandfather, family), national_id, birth, gender,
                       tuple(m for m in (mobile, mobile_alt) if m), family_ids)


def facts_of(session: Session, ids: Iterable[int]) -> dict[int, PersonFacts]:
    """File id → its facts, for the files of ``ids`` that exist and are not merged away (one statement a
    chunk: the file's row once per family member with an ID)."""
    found: dict[int, PersonFacts] = {}
    for batch in _chunks(ids):
        rows: dict[int, tuple] = {}
        family: dict[int, set[str]] = defaultdict(set)
        for *row, relative in session.execute(
                select(*_COLUMNS, FamilyMember.national_id)
                .outerjoin(FamilyMember, and_(FamilyMember.beneficiary_id == Beneficiary.id,
                                              FamilyMember.national_id != ""))
                .where(Beneficiary.id.in_(batch), Beneficiary.merged_into_id.is_(None)),
                execution_options=INDEX_OPTIONS):
            rows[row[0]] = row
            if relative:
                family[row[0]].add(relative)
        found.update({file_id: _facts(row, frozenset(family.get(file_id, ()))) for file_id, row in rows.items()})
    return found


def all_facts(session: Session) -> Iterator[tuple[int, PersonFacts]]:
    """Every file that is not merged away, with its facts (the whole-register scan)."""
    family: dict[int, set[str]] = defaultdict(set)
    for owner, national_id in session.execute(
            select(FamilyMember.beneficiary_id, FamilyMember.national_id).where(FamilyMember.national_id != ""),
            execution_options=INDEX_OPTIONS):
        family[owner].add(national_id)
    rows = session.execute(select(*_COLUMNS).where(Beneficiary.merged_into_id.is_(None)),
                           execution_options=INDEX_OPTIONS)
    for row in rows:
        yield row[0], _facts(row, frozenset(family.get(row[0], ())))
