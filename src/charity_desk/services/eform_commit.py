"""Writing an imported batch in bulk: new files, then applications exactly as ``add_application``
makes them (number, instructions version, consent, checklist, first transition), a chunk at a time.

``add_application`` costs about ten statements per application; for 10,000 rows that is minutes.
Here each chunk is a handful of multi-row INSERTs (the new ids are then read back by national ID and
application number, both unique: SQLite would otherwise return them one statement per row), and the
numbers of a chunk are reserved at once from the same sequence the desk uses, so imported and typed
applications share one numbering.
The rows go to the tables through Core, not the ORM's bulk path: no object bookkeeping per row.
The caller's transaction holds it all: nothing is visible until the whole batch commits.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from charity_desk.db.activity import rank_files
from charity_desk.db.base import utcnow
from charity_desk.db.household_index import link_new_files
from charity_desk.db.models import Application, ApplicationTransition, Beneficiary, ChecklistItem, Program
from charity_desk.domain.application_flow import State
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.search_text import person_search_text
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import join_name
from charity_desk.services.duplicate_candidates import refresh_files
from charity_desk.services.eform_rows import RowValues
from charity_desk.services.programs import Requirement
from charity_desk.services.sequences import reserve_in_sequence

CONSENT_METHOD = "electronic"


def insert_people(session: Session, actor: Actor, people: list[dict]) -> list[int]:
    """New files from ``clean_person`` values; their ids, in the same order."""
    if not people:
        return []
    now = utcnow()
    rows = []
    for values in people:
        names = (values["first_name"], values["father_name"], values["grandfather_name"], values["family_name"])
        rows.append({
            **values, "full_name": join_name(*names), "created_by_id": actor.user_id, "status": "active",
            "search_text": person_search_text(names, values["national_id"], (values["mobile"], values["mobile_alt"])),
            "version_id": 1, "created_at": now, "updated_at": now,
        })
    session.execute(insert(Beneficiary.__table__), rows)
    ids = dict(session.execute(select(Beneficiary.national_id, Beneficiary.id).where(
        Beneficiary.national_id.in_([r["national_id"] for r in rows]))).all())
    link_new_files(session.connection(), ids.values())  # family lists that already hold the new people's IDs
    refresh_files(session, ids.values())  # suspected duplicates among and against the new files
    return [ids[r["national_id"]] for r in rows]


def _numbers(session: Session, rows: list[RowValues]) -> list[str]:
    """Application numbers ``<Hijri year of receipt>-<sequence>``, reserved per year in one step."""
    years = [to_hijri(r.submitted_at.date()).year for r in rows]
    needed: dict[int, int] = defaultdict(int)
    for year in years:
        needed[year] += 1
    following = {year: reserve_in_sequence(session, f"application:{year}", count) for year, count in needed.items()}
    numbers = []
    for year in years:
        numbers.append(f"{year}-{following[year]:06d}")
        following[year] += 1
    return numbers


def insert_applications(session: Session, actor: Actor, program: Program, instructions_version: int,
                        requirements: tuple[Requirement, ...], applicants: list[tuple[int, RowValues]],
                        imported_from: str, attached: set[int]) -> list[str]:
    """One received application per (beneficiary id, row); returns their numbers.  The files in ``attached``
    (registered before the import) are ranked as having activity; the import's new files already are."""
    if not applicants:
        return []
    now = utcnow()
    numbers = _numbers(session, [row for _, row in applicants])
    rows = [{
        "number": number, "beneficiary_id": beneficiary_id, "program_id": program.id, "state": State.RECEIVED.value,
        "channel": row.channel, "submitted_at": row.submitted_at, "instructions_version": instructions_version,
        "consent_method": CONSENT_METHOD, "consent_at": row.submitted_at, "consent_taken_by_id": actor.user_id,
        "guardian_name": row.guardian_name, "guardian_national_id": row.guardian_national_id,
        "imported_from": imported_from[:255], "eligibility": "", "version_id": 1, "created_at": now, "updated_at": now,
    } for number, (beneficiary_id, row) in zip(numbers, applicants, strict=True)]
    session.connection().execute(insert(Application.__table__), rows)  # ranked below, not by the session's hook
    rank_files(session, attached)
    by_number = dict(session.execute(select(Application.number, Application.id).where(
        Application.number.in_(numbers))).all())
    ids = [by_number[number] for number in numbers]
    items = [{"application_id": application_id, "code": r.code, "label": r.label, "required": r.required,
              "status": "pending", "note": "", "version_id": 1} for application_id in ids for r in requirements]
    if items:
        session.execute(insert(ChecklistItem.__table__), items)
    session.execute(insert(ApplicationTransition.__table__), [
        {"application_id": application_id, "from_state": "", "to_state": State.RECEIVED.value, "at": now,
         "user_id": actor.user_id, "reason": ""} for application_id in ids])
    return numbers
