"""The whole register checked for duplicates at once (``charity-desk duplicates scan``), in one
transaction: every file's blocking keys written afresh, every candidate pair scored and stored.

Files are grouped in memory by each blocking key, each mobile, and each national ID with one digit
masked or one pair of neighbouring digits put in order (two IDs one mistyped digit or one swap apart
share such a group); only files within a group are compared.  A group larger than ``MAX_GROUP`` (a
mobile entered for a whole village, a very common name on a common birthday) says too little to
compare everyone in it; its files are still compared through their other groups.
Stored pairs follow the same rules as the per-file check: a dismissed pair stays dismissed until
either file changes, a merged pair is never touched, an open pair no longer suspected is removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.models import DuplicateKey, DuplicatePair
from charity_desk.db.models.duplicates import DISMISSED, MERGED, OPEN
from charity_desk.domain.duplicate_score import PersonFacts, blocking_keys, mobile_forms, score_pair
from charity_desk.domain.national_id import normalize_national_id
from charity_desk.services.duplicate_candidates import pair_fingerprint
from charity_desk.services.duplicate_facts import INDEX_OPTIONS, all_facts

MAX_GROUP = 40
WRITE_CHUNK = 20_000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ScanCancelled(Exception):
    """The person cancelled; the transaction is rolled back, nothing changed."""


@dataclass(frozen=True)
class ScanResult:
    files: int
    #: Pairs suspected now (open), of which found for the first time, and dismissed ones reopened.
    open_pairs: int
    new_pairs: int
    reopened: int
    #: Open pairs no longer suspected (a file was corrected), removed.
    cleared: int


def _id_groups(national_id: str) -> list[str]:
    value = normalize_national_id(national_id)
    masked = [f"{value[:i]}*{value[i + 1:]}" for i in range(len(value))]
    swapped = [f"{value[:i]}{i}{''.join(sorted(value[i:i + 2]))}{value[i + 2:]}" for i in range(len(value) - 1)
               if value[i] != value[i + 1]]
    return ["i:" + m for m in masked] + ["s:" + s for s in swapped]


def _groups(people: dict[int, PersonFacts], progress: Progress | None,
            cancelled: Cancelled | None) -> tuple[dict[str, list[int]], list[tuple[str, int]]]:
    groups: dict[str, list[int]] = defaultdict(list)
    key_rows: list[tuple[str, int]] = []
    for done, (file_id, facts) in enumerate(people.items(), 1):
        for key in blocking_keys(facts):
            groups[key].append(file_id)
            key_rows.append((key, file_id))
        for mobile in mobile_forms(facts.mobiles):
            groups["m:" + mobile].append(file_id)
        for key in _id_groups(facts.national_id):
            groups[key].append(file_id)
        if done % 10_000 == 0:
            if cancelled is not None and cancelled():
                raise ScanCancelled()
            if progress is not None:
                progress(done, len(people))
    return groups, key_rows


def _candidate_pairs(groups: dict[str, list[int]]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        if 1 < len(members) <= MAX_GROUP:
            pairs.update(combinations(sorted(set(members)), 2))
    return pairs


def _write_keys(session: Session, key_rows: list[tuple[str, int]]) -> None:
    session.execute(delete(DuplicateKey), execution_options=INDEX_OPTIONS)
    for start in range(0, len(key_rows), WRITE_CHUNK):
        session.execute(insert(DuplicateKey.__table__), [
            {"key": key, "beneficiary_id": file_id} for key, file_id in key_rows[start:start + WRITE_CHUNK]],
            execution_options=INDEX_OPTIONS)


def _chunked(session: Session, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), WRITE_CHUNK):
        session.execute(statement, rows[start:start + WRITE_CHUNK], execution_options=INDEX_OPTIONS)


def scan_register(session: Session, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> ScanResult:
    people = dict(all_facts(session))
    groups, key_rows = _groups(people, progress, cancelled)
    found = {}
    for lower, higher in _candidate_pairs(groups):
        result = score_pair(people[lower], people[higher])
        if result.candidate:
            found[lower, higher] = result
    del groups
    if cancelled is not None and cancelled():
        raise ScanCancelled()
    _write_keys(session, key_rows)
    existing = {(lower, higher): (pair_id, status, fingerprint) for pair_id, lower, higher, status, fingerprint in
                session.execute(select(DuplicatePair.id, DuplicatePair.lower_id, DuplicatePair.higher_id,
                                       DuplicatePair.status, DuplicatePair.fingerprint),
                                execution_options=INDEX_OPTIONS)}
    now = utcnow()
    new, changed, reopened = [], [], 0
    for (lower, higher), result in found.items():
        fingerprint = pair_fingerprint(people[lower], people[higher])
        values = {"score": result.score, "reasons": ",".join(result.reasons), "fingerprint": fingerprint}
        if (lower, higher) not in existing:
            new.append({"lower_id": lower, "higher_id": higher, "status": OPEN, "found_at": now, "version_id": 1,
                        **values})
            continue
        pair_id, status, stored = existing[lower, higher]
        if status == MERGED or (status == DISMISSED and stored == fingerprint):
            continue
        reopened += status == DISMISSED
        changed.append({"pair": pair_id, "status": OPEN, **values})
    cleared = [pair_id for key, (pair_id, status, _) in existing.items() if status == OPEN and key not in found]
    _chunked(session, insert(DuplicatePair.__table__), new)
    table = DuplicatePair.__table__
    _chunked(session, update(table).where(table.c.id == bindparam("pair")).values(
        score=bindparam("score"), reasons=bindparam("reasons"), fingerprint=bindparam("fingerprint"),
        status=bindparam("status"), decided_at=None, decided_by_id=None, version_id=table.c.version_id + 1),
        changed)
    for start in range(0, len(cleared), WRITE_CHUNK):
        session.execute(delete(table).where(table.c.id.in_(cleared[start:start + WRITE_CHUNK])),
                        execution_options=INDEX_OPTIONS)
    if progress is not None:
        progress(len(people), len(people))
    open_now = sum(1 for key in found if existing.get(key, (0, OPEN))[1] == OPEN) + reopened
    return ScanResult(len(people), open_now, len(new), reopened, len(cleared))
