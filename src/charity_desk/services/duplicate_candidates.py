"""Suspected duplicates found as files are added and changed, inside the change's own transaction.

A file is compared only with the files that share one of its blocking keys (table
``duplicate_key``), one of its mobiles (indexed on ``beneficiary``) or a national ID one digit or one
swap away (an ID accepted by override is kept under its neighbours' keys, ``domain.duplicate_score.id_keys``;
one failing the check digit looks its neighbours up in the unique ID index): a few indexed look-ups,
never a pass over every pair.
Each candidate pair is stored once (lower id first) with its score and reasons.  A dismissed pair
stays dismissed while the fingerprint of both files is the one it was dismissed with; when either
file changes in what the comparison reads, the pair is open again.  A merged pair is never reopened
here (only ``reopen_after_undo`` does that).

Registration, file edits and the e-form import call ``refresh_file``/``refresh_files``; the merge
calls ``mark_merged`` and its undo ``reopen_after_undo``; anonymizing a file calls ``forget_file``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from charity_desk.db.base import utcnow
from charity_desk.db.index_hints import using_index
from charity_desk.db.models import Beneficiary, DuplicateKey, DuplicatePair
from charity_desk.db.models.duplicates import DISMISSED, MERGED, OPEN
from charity_desk.domain.duplicate_score import (
    DuplicateScore,
    PersonFacts,
    blocking_keys,
    facts_fingerprint,
    id_keys,
    id_probes,
    mobile_forms,
    score_pair,
)
from charity_desk.services.actor import Actor
from charity_desk.services.duplicate_facts import INDEX_OPTIONS, facts_of

#: A key or mobile shared by more files than this says too little to compare with all of them.
MAX_COMPARED = 40
CHUNK = 500
#: Each mobile column looked up through its own index: most files have no second mobile, so ANALYZE
#: rates that index at every file per key (``db.index_hints``).
_MOBILE_INDEXES = ((Beneficiary.mobile, "ix_beneficiary_mobile"), (Beneficiary.mobile_alt, "ix_beneficiary_mobile_alt"))


def pair_fingerprint(lower: PersonFacts, higher: PersonFacts) -> str:
    return hashlib.sha256((facts_fingerprint(lower) + facts_fingerprint(higher)).encode()).hexdigest()


def _in_chunks(values: Iterable) -> Iterator[list]:
    ordered = list(values)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def possible_matches_of(session: Session, people: dict[object, PersonFacts],
                        keys: dict[object, set[str]]) -> dict[object, set[int]]:
    """For each person: the files sharing a blocking key, a mobile, or a national ID within one digit or
    one swap of theirs (a few chunked look-ups on indexes for the whole batch)."""
    probes = {person: id_probes(facts.national_id) for person, facts in people.items()}
    wanted = {person: keys.get(person, set()) | probes[person][0] for person in people}
    by_key: dict[str, set[int]] = defaultdict(set)
    for batch in _in_chunks({key for person_keys in wanted.values() for key in person_keys}):
        for key, file_id in session.execute(select(DuplicateKey.key, DuplicateKey.beneficiary_id).where(
                DuplicateKey.key.in_(batch)), execution_options=INDEX_OPTIONS):
            by_key[key].add(file_id)
    mobiles = {person: mobile_forms(facts.mobiles) for person, facts in people.items()}
    by_mobile: dict[str, set[int]] = defaultdict(set)
    for batch in _in_chunks({m for forms in mobiles.values() for m in forms}):
        for column, index in _MOBILE_INDEXES:
            for file_id, mobile in session.execute(using_index(select(Beneficiary.id, column).where(
                    column.in_(batch)), Beneficiary.__table__, index), execution_options=INDEX_OPTIONS):
                by_mobile[mobile].add(file_id)
    by_id: dict[str, int] = {}
    for batch in _in_chunks({v for _, national_ids in probes.values() for v in national_ids}):
        by_id.update(session.execute(select(Beneficiary.national_id, Beneficiary.id).where(
            Beneficiary.national_id.in_(batch)), execution_options=INDEX_OPTIONS).all())
    found: dict[object, set[int]] = {}
    for person in people:
        files = {file_id for key in wanted[person] if len(by_key[key]) <= MAX_COMPARED for file_id in by_key[key]}
        files |= {file_id for mobile in mobiles[person] if len(by_mobile[mobile]) <= MAX_COMPARED
                  for file_id in by_mobile[mobile]}
        files |= {by_id[v] for v in probes[person][1] if v in by_id}
        files.discard(person)
        found[person] = files
    return found


def scored_matches(session: Session, facts: PersonFacts, keys: set[str],
                   exclude: int | None = None) -> dict[int, tuple[DuplicateScore, PersonFacts]]:
    """The candidates for one person not registered yet (or ``exclude``, registered): file id → (score,
    the file's facts)."""
    possible = possible_matches_of(session, {exclude: facts}, {exclude: keys})[exclude]
    scored = {other_id: (score_pair(facts, other), other) for other_id, other in facts_of(session, possible).items()}
    return {other_id: found for other_id, found in scored.items() if found[0].candidate}


def _store_keys(session: Session, keys: dict[int, set[str]], batch: list[int]) -> None:
    session.execute(delete(DuplicateKey).where(DuplicateKey.beneficiary_id.in_(batch)),
                    execution_options=INDEX_OPTIONS)
    rows = [{"key": key, "beneficiary_id": file_id} for file_id, file_keys in keys.items() for key in file_keys]
    if rows:
        session.execute(insert(DuplicateKey), rows, execution_options=INDEX_OPTIONS)


def _pairs_of(session: Session, batch: list[int]) -> dict[tuple[int, int], tuple[int, str, str]]:
    rows = session.execute(select(DuplicatePair.lower_id, DuplicatePair.higher_id, DuplicatePair.id,
                                  DuplicatePair.status, DuplicatePair.fingerprint).where(
        or_(DuplicatePair.lower_id.in_(batch), DuplicatePair.higher_id.in_(batch))),
        execution_options=INDEX_OPTIONS)
    return {(lower, higher): (pair_id, status, fingerprint) for lower, higher, pair_id, status, fingerprint in rows}


def store_pair(session: Session, lower: int, higher: int, result: DuplicateScore, fingerprint: str,
               existing: tuple[int, str, str] | None) -> None:
    """Insert the pair, update an open one, or reopen a dismissed one whose files changed."""
    values = {"score": result.score, "reasons": ",".join(result.reasons), "fingerprint": fingerprint}
    if existing is None:
        session.execute(insert(DuplicatePair), [{"lower_id": lower, "higher_id": higher, "status": OPEN,
                                                 "found_at": utcnow(), "version_id": 1, **values}],
                        execution_options=INDEX_OPTIONS)
        return
    pair_id, status, stored = existing
    if status == MERGED or (status == DISMISSED and stored == fingerprint):
        return
    if status == DISMISSED:
        values |= {"status": OPEN, "decided_at": None, "decided_by_id": None}
    session.execute(update(DuplicatePair).where(DuplicatePair.id == pair_id)
                    .values(**values, version_id=DuplicatePair.version_id + 1), execution_options=INDEX_OPTIONS)


def refresh_files(session: Session, beneficiary_ids: Iterable[int]) -> None:
    """Re-check files that were added or changed: their blocking keys, and their pairs with every file
    they may duplicate (each other included)."""
    session.flush()
    for batch in _in_chunks(sorted(set(beneficiary_ids))):
        people = facts_of(session, batch)
        for gone in set(batch) - people.keys():  # deleted, or merged away
            forget_file(session, gone)
        keys = {file_id: blocking_keys(facts) for file_id, facts in people.items()}
        _store_keys(session, {file_id: keys[file_id] | id_keys(facts.national_id)
                              for file_id, facts in people.items()}, batch)
        possible = possible_matches_of(session, people, keys)
        known = people | facts_of(session, {o for others in possible.values() for o in others} - people.keys())
        found: dict[tuple[int, int], DuplicateScore] = {}
        for file_id, others in possible.items():
            for other_id in others & known.keys():
                lower, higher = sorted((file_id, other_id))
                if (lower, higher) not in found:
                    found[lower, higher] = score_pair(known[lower], known[higher])
        found = {pair: result for pair, result in found.items() if result.candidate}
        existing = _pairs_of(session, batch)
        for (lower, higher), result in found.items():
            store_pair(session, lower, higher, result, pair_fingerprint(known[lower], known[higher]),
                       existing.get((lower, higher)))
        gone_pairs = [pair_id for pair, (pair_id, status, _) in existing.items()
                      if status == OPEN and pair not in found]
        if gone_pairs:
            session.execute(delete(DuplicatePair).where(DuplicatePair.id.in_(gone_pairs)),
                            execution_options=INDEX_OPTIONS)


def refresh_file(session: Session, beneficiary_id: int) -> None:
    """Re-check one file that was added or changed (``refresh_files``)."""
    refresh_files(session, [beneficiary_id])


def forget_file(session: Session, beneficiary_id: int) -> None:
    """A file merged away or anonymized keeps no keys (they are digests of its name and birth date) and
    no open pairs; its dismissed and merged pairs stay as history."""
    session.execute(delete(DuplicateKey).where(DuplicateKey.beneficiary_id == beneficiary_id),
                    execution_options=INDEX_OPTIONS)
    session.execute(delete(DuplicatePair).where(
        or_(DuplicatePair.lower_id == beneficiary_id, DuplicatePair.higher_id == beneficiary_id),
        DuplicatePair.status == OPEN), execution_options=INDEX_OPTIONS)


def _set_status(session: Session, actor: Actor, first_id: int, second_id: int, status: str) -> None:
    lower, higher = sorted((first_id, second_id))
    existing = session.execute(select(DuplicatePair.id).where(
        DuplicatePair.lower_id == lower, DuplicatePair.higher_id == higher), execution_options=INDEX_OPTIONS).first()
    decided = {"decided_at": utcnow(), "decided_by_id": actor.user_id} if status == MERGED else {
        "decided_at": None, "decided_by_id": None}
    if existing is None:
        session.execute(insert(DuplicatePair), [{"lower_id": lower, "higher_id": higher, "score": 0, "reasons": "",
                                                 "status": status, "fingerprint": "", "found_at": utcnow(),
                                                 "version_id": 1, **decided}], execution_options=INDEX_OPTIONS)
    else:
        session.execute(update(DuplicatePair).where(DuplicatePair.id == existing[0]).values(
            status=status, version_id=DuplicatePair.version_id + 1, **decided), execution_options=INDEX_OPTIONS)


def mark_merged(session: Session, actor: Actor, survivor_id: int, merged_id: int) -> None:
    """Inside the merge's transaction, after the merged file points at its survivor: the pair between
    them is merged (the merge audits itself), the merged file leaves the index, the survivor is checked
    again."""
    _set_status(session, actor, survivor_id, merged_id, MERGED)
    forget_file(session, merged_id)
    refresh_file(session, survivor_id)


def reopen_after_undo(session: Session, actor: Actor, survivor_id: int, merged_id: int) -> None:
    """Inside the undo's transaction, after both files are themselves again: their pair is open again and
    both are checked again (which scores the pair anew)."""
    _set_status(session, actor, survivor_id, merged_id, OPEN)
    refresh_file(session, merged_id)
    refresh_file(session, survivor_id)
