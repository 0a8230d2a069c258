"""The whole register checked for duplicates at once (``charity-desk duplicates scan``), in one
transaction: every file's blocking keys written afresh, every candidate pair scored and stored.

Files are grouped in memory by each blocking key and each mobile, and paired with the files whose
national ID is one mistyped digit or one swap away (``_id_pairs``); only files within a group, and
such pairs, are compared.  A group larger than ``MAX_GROUP`` (a
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
from charity_desk.domain.duplicate_score import (
    Prepared,
    blocking_keys,
    id_keys,
    id_variants,
    prepare,
    score_prepared,
)
from charity_desk.domain.national_id import luhn_ok
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


def _id_pairs(people: dict[int, Prepared]) -> set[tuple[int, int]]:
    """Files whose national IDs are one mistyped digit or one swap apart.  Luhn catches every single
    mistyped digit and every swap but 09/90, so two IDs that both pass it can only be a 09/90 swap apart:
    only an ID accepted by a supervisor's override is looked up with all its variants."""
    by_id = {facts.national_id: file_id for file_id, facts in people.items() if facts.national_id}
    pairs: set[tuple[int, int]] = set()
    for file_id, facts in people.items():
        value = facts.national_id
        if not value:
            continue
        if luhn_ok(value):
            variants = {value[:i] + value[i + 1] + value[i] + value[i + 2:] for i in range(len(value) - 1)
                        if {value[i], value[i + 1]} == {"0", "9"}}
        else:
            variants = id_variants(value)
        for variant in variants:
            other = by_id.get(variant)
            if other is not None and other != file_id:
                pairs.add((min(file_id, other), max(file_id, other)))
    return pairs


def _groups(people: dict[int, Prepared], progress: Progress | None,
            cancelled: Cancelled | None) -> tuple[dict[str, list[int]], dict[int, set[str]]]:
    groups: dict[str, list[int]] = defaultdict(list)
    keys: dict[int, set[str]] = {}
    for done, (file_id, facts) in enumerate(people.items(), 1):
        keys[file_id] = file_keys = blocking_keys(facts)
        for key in file_keys:
            groups[key].append(file_id)
        for mobile in facts.mobiles:
            groups["m:" + mobile].append(file_id)
        if done % 10_000 == 0:
            if cancelled is not None and cancelled():
                raise ScanCancelled()
            if progress is not None:  # grouping is about 60% of the work; scoring and writing the rest
                progress(done * 6 // 10, len(people))
    return groups, keys


def _candidate_pairs(groups: dict[str, list[int]]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        if 1 < len(members) <= MAX_GROUP:
            pairs.update(combinations(sorted(set(members)), 2))
    return pairs


def _write_keys(session: Session, keys: dict[int, set[str]]) -> None:
    """Only the keys that differ from those stored (after the per-file checks, usually none)."""
    stored: dict[int, set[str]] = defaultdict(set)
    for key, file_id in session.execute(select(DuplicateKey.key, DuplicateKey.beneficiary_id),
                                        execution_options=INDEX_OPTIONS):
        stored[file_id].add(key)
    table = DuplicateKey.__table__
    removed = [{"k": key, "b": file_id} for file_id, old in stored.items() for key in old - keys.get(file_id, set())]
    added = [{"key": key, "beneficiary_id": file_id} for file_id, new in keys.items()
             for key in new - stored.get(file_id, set())]
    _chunked(session, delete(table).where(table.c.key == bindparam("k"), table.c.beneficiary_id == bindparam("b")),
             removed)
    _chunked(session, insert(table), added)


def _chunked(session: Session, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), WRITE_CHUNK):
        session.execute(statement, rows[start:start + WRITE_CHUNK], execution_options=INDEX_OPTIONS)


def scan_register(session: Session, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> ScanResult:
    people = dict(all_facts(session))
    prepared = {file_id: prepare(facts) for file_id, facts in people.items()}
    groups, keys = _groups(prepared, progress, cancelled)
    found = {}
    for lower, higher in _candidate_pairs(groups) | _id_pairs(prepared):
        result = score_prepared(prepared[lower], prepared[higher])
        if result.candidate:
            found[lower, higher] = result
    del groups, prepared
    if cancelled is not None and cancelled():
        raise ScanCancelled()
    if progress is not None:
        progress(len(people) * 8 // 10, len(people))
    _write_keys(session, {file_id: file_keys | id_keys(people[file_id].national_id)
                          for file_id, file_keys in keys.items()})
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
