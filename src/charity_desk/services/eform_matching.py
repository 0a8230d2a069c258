"""Who in an imported batch is already known: a few chunked queries for the whole batch.

A query per row would make 10,000 rows wait on 30,000 round trips; these look up 500 keys at a
time.  The same functions serve the preview and, inside the commit's transaction, the check that
nothing changed in between.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import Date, String, and_, column, select, values
from sqlalchemy.orm import Session

from charity_desk.db.models import Application, Beneficiary
from charity_desk.domain.application_flow import OPEN_STATES

CHUNK = 500


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def registered_ids(session: Session, national_ids: Iterable[str]) -> dict[str, int]:
    """National ID → the file (beneficiary id) that already holds it."""
    found: dict[str, int] = {}
    for batch in chunks(set(national_ids)):
        found.update(session.execute(
            select(Beneficiary.national_id, Beneficiary.id).where(Beneficiary.national_id.in_(batch))).all())
    return found


def open_applications(session: Session, program_id: int, beneficiary_ids: Iterable[int]) -> dict[int, str]:
    """Beneficiary id → the number of their open application to ``program_id``."""
    open_states = [s.value for s in OPEN_STATES]
    found: dict[int, str] = {}
    for batch in chunks(set(beneficiary_ids)):
        found.update(session.execute(
            select(Application.beneficiary_id, Application.number).where(
                Application.program_id == program_id, Application.beneficiary_id.in_(batch),
                Application.state.in_(open_states))).all())
    return found


def similar_files(session: Session, people: list[dict]) -> dict[int, set[int]]:
    """Index in ``people`` → existing files with the same mobile, or the same first and family
    name and birth date (the rule the desk's registration uses)."""
    by_phone: dict[str, set[int]] = defaultdict(set)
    phones = {p[k] for p in people for k in ("mobile", "mobile_alt") if p[k]}
    for phone_column in (Beneficiary.mobile, Beneficiary.mobile_alt):
        for batch in chunks(phones):
            for file_id, mobile, mobile_alt in session.execute(
                    select(Beneficiary.id, Beneficiary.mobile, Beneficiary.mobile_alt).where(phone_column.in_(batch))):
                for phone in (mobile, mobile_alt):
                    by_phone[phone].add(file_id)
    by_name: dict[tuple, set[int]] = defaultdict(set)
    keys = {(p["first_name"], p["family_name"], p["birth_date"]) for p in people}
    for batch in chunks(keys):
        # Joined to the batch's keys as a VALUES table: each key is one seek in the name-and-birth index
        # (a row-value IN would scan the whole index for every chunk).
        wanted = values(column("first_name", String), column("family_name", String), column("birth_date", Date),
                        name="wanted").data(batch).cte("wanted")
        for file_id, *key in session.execute(
                select(Beneficiary.id, Beneficiary.first_name, Beneficiary.family_name, Beneficiary.birth_date)
                .select_from(wanted).join(Beneficiary, and_(Beneficiary.first_name == wanted.c.first_name,
                                                            Beneficiary.family_name == wanted.c.family_name,
                                                            Beneficiary.birth_date == wanted.c.birth_date))):
            by_name[tuple(key)].add(file_id)
    similar: dict[int, set[int]] = {}
    for index, person in enumerate(people):
        files = set(by_name.get((person["first_name"], person["family_name"], person["birth_date"]), ()))
        for phone in (person["mobile"], person["mobile_alt"]):
            files |= by_phone.get(phone, set()) if phone else set()
        if files:
            similar[index] = files
    return similar
