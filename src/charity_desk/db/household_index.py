"""Keeping the household links (``household_link``, ``household_membership``) in step with the files.

The links are derived from the family lists, the national IDs and the names (rules in
``domain.household_links``), so they are rebuilt, never edited: for the files a change touched
(``link_files``, inside the change's own transaction) or for the whole register (``link_everything``:
the migration that introduced them and the ``households link`` command).

Everything here runs on the transaction's connection: the links of a file join it to files that may be
outside the acting researcher's caseload, and keeping them right is the application's bookkeeping,
not a read or a change of those files by the person.  Every look-up goes through an index
(family_member.national_id and .name_key, beneficiary.national_id, the link's two ends).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, func, insert, select, union_all, update

from charity_desk.db.base import utcnow
from charity_desk.db.index_hints import using_index
from charity_desk.db.models import Beneficiary, FamilyMember, HouseholdLink, HouseholdMembership
from charity_desk.domain.household_links import households, links_by_name, name_key, person_keys

_MEMBER = FamilyMember.__table__
_PERSON = Beneficiary.__table__
_LINK = HouseholdLink.__table__
_MEMBERSHIP = HouseholdMembership.__table__
#: The file a national ID leads to: the survivor of a merged file, else the file itself.
_SURVIVOR = func.coalesce(_PERSON.c.merged_into_id, _PERSON.c.id)
#: A household larger than this is not followed further (bad data must not make a change slow).
MAX_HOUSEHOLD = 200
_CHUNK = 500


@dataclass(frozen=True)
class LinkCount:
    links: int
    households: int


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _keys_of(connection: Connection, ids: Iterable[int]) -> dict[int, frozenset[str]]:
    names = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in connection.execute(select(_PERSON.c.id, _PERSON.c.first_name, _PERSON.c.father_name,
                                             _PERSON.c.grandfather_name, _PERSON.c.family_name)
                                      .where(_PERSON.c.id.in_(chunk))):
            names[row.id] = person_keys(row.first_name, row.father_name, row.grandfather_name, row.family_name)
    return names


def _refresh_name_keys(connection: Connection, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        rows = connection.execute(select(_MEMBER.c.id, _MEMBER.c.full_name, _MEMBER.c.name_key)
                                  .where(_MEMBER.c.beneficiary_id.in_(chunk))).all()
        _store_keys(connection, rows)


def _store_keys(connection: Connection, rows) -> None:
    changed = [{"member": row.id, "key": key} for row in rows if (key := name_key(row.full_name)) != row.name_key]
    if changed:
        statement = update(_MEMBER).where(_MEMBER.c.id == bindparam("member")).values(name_key=bindparam("key"))
        connection.execute(statement, changed)


def _links_for(connection: Connection, file_id: int, keys: frozenset[str]) -> dict[int, tuple]:
    """{member id: (file listing the member, file the member is, basis)} for every link touching ``file_id``.

    A national ID of a file merged into another (services.merge_files) is the survivor's."""
    found: dict[int, tuple] = {}
    for member_id, relative in connection.execute(
            select(_MEMBER.c.id, _SURVIVOR).join(_PERSON, _PERSON.c.national_id == _MEMBER.c.national_id)
            .where(_MEMBER.c.beneficiary_id == file_id, _MEMBER.c.national_id != "", file_id != _SURVIVOR)):
        found[member_id] = (file_id, relative, "national_id")
    # Its own ID and those of the files merged into it, each through its index (``db.index_hints``: most
    # files are merged into none and most members carry no ID, so ANALYZE would have both tables scanned).
    own_ids = union_all(select(_PERSON.c.national_id).where(_PERSON.c.id == file_id, _PERSON.c.national_id != ""),
                        using_index(select(_PERSON.c.national_id).where(_PERSON.c.merged_into_id == file_id,
                                                                        _PERSON.c.national_id != ""),
                                    _PERSON, "ix_beneficiary_merged_into_id"))
    for member_id, holder in connection.execute(using_index(
            select(_MEMBER.c.id, _MEMBER.c.beneficiary_id)
            .where(_MEMBER.c.national_id.in_(own_ids), _MEMBER.c.beneficiary_id != file_id),
            _MEMBER, "ix_family_member_national_id")):
        found[member_id] = (holder, file_id, "national_id")
    if not keys:
        return found
    # By the name key's index alone (a condition on the national ID would lead to the index of the IDs,
    # where every member without one shares the same empty value).
    naming = sorted((holder, member_id) for member_id, holder, member_national_id in connection.execute(
        select(_MEMBER.c.id, _MEMBER.c.beneficiary_id, _MEMBER.c.national_id)
        .where(_MEMBER.c.name_key.in_(sorted(keys))))
        if not member_national_id and holder != file_id)
    naming = [(member_id, holder) for holder, member_id in naming]
    if not naming:
        return found
    own = [(member_id, key) for member_id, key in connection.execute(select(_MEMBER.c.id, _MEMBER.c.name_key).where(
        _MEMBER.c.beneficiary_id == file_id, _MEMBER.c.national_id == "")) if links_by_name(key)]
    other_keys = _keys_of(connection, {holder for _, holder in naming})
    for member_id, holder in naming:
        named_back = [own_id for own_id, key in own if key in other_keys.get(holder, ())]
        if named_back:
            found.setdefault(member_id, (holder, file_id, "named"))
            for own_id in named_back:
                found.setdefault(own_id, (file_id, holder, "named"))
    return found


def _neighbours(connection: Connection, ids: Iterable[int]) -> set[int]:
    ids = list(set(ids))
    found: set[int] = set()
    for chunk in _chunks(ids):
        for end in (_LINK.c.beneficiary_id, _LINK.c.relative_id):
            for a, b in connection.execute(select(_LINK.c.beneficiary_id, _LINK.c.relative_id).where(end.in_(chunk))):
                found.update((a, b))
    return found


def household_files(connection: Connection, file_id: int) -> set[int]:
    """Every file reachable from ``file_id`` through links (at most ``MAX_HOUSEHOLD``), itself included."""
    seen, frontier = {file_id}, {file_id}
    while frontier and len(seen) < MAX_HOUSEHOLD:
        frontier = _neighbours(connection, frontier) - seen
        seen |= frontier
    return seen


def _refresh_households(connection: Connection, touched: set[int]) -> None:
    done: set[int] = set()
    for file_id in sorted(touched):
        if file_id in done:
            continue
        members = household_files(connection, file_id)
        done |= members
        for chunk in _chunks(sorted(members)):
            connection.execute(delete(_MEMBERSHIP).where(_MEMBERSHIP.c.beneficiary_id.in_(chunk)))
        if len(members) > 1:
            key = min(members)
            connection.execute(insert(_MEMBERSHIP), [{"beneficiary_id": m, "household_key": key} for m in members])


def link_files(connection: Connection, ids: Iterable[int]) -> None:
    """Rebuild the links and households of the files ``ids`` after one of them changed (a family
    member added, corrected or removed; the person's name or national ID changed; a new file)."""
    ids = sorted(set(ids))
    if not ids:
        return
    _refresh_name_keys(connection, ids)
    before = _neighbours(connection, ids)
    for chunk in _chunks(ids):
        for end in (_LINK.c.beneficiary_id, _LINK.c.relative_id):  # one index each (an OR would scan the table)
            connection.execute(delete(_LINK).where(end.in_(chunk)))
    people = connection.scalars(select(_PERSON.c.id).where(_PERSON.c.id.in_(ids), _PERSON.c.merged_into_id.is_(None)))
    keys = _keys_of(connection, ids)
    links: dict[int, tuple] = {}
    for file_id in people.all():
        for member_id, link in _links_for(connection, file_id, keys.get(file_id, frozenset())).items():
            links.setdefault(member_id, link)
    # A member already linked to another file (a name that fits two files) keeps that link.
    for chunk in _chunks(sorted(links)):
        for member_id in connection.scalars(select(_LINK.c.family_member_id).where(
                _LINK.c.family_member_id.in_(chunk))):
            links.pop(member_id, None)
    now = utcnow()
    if links:
        connection.execute(insert(_LINK), [
            {"family_member_id": m, "beneficiary_id": a, "relative_id": b, "basis": basis, "linked_at": now}
            for m, (a, b, basis) in links.items()])
    after = {end for a, b, _ in links.values() for end in (a, b)}
    _refresh_households(connection, set(ids) | before | after)


def link_new_files(connection: Connection, ids: Iterable[int]) -> None:
    """New files without a family list yet (an import): linked to the lists that already hold their ID.

    One indexed look-up per 500 files; the files found are relinked in full.  Each file's ID is looked up
    in the members' ID index alone (EXISTS over that one column), never joined: most members carry no ID,
    so ANALYZE rates the index at every member per key, and SQLite then scanned every family member for
    each 500 files (11-19 s a chunk at 200,000 people, where the look-up takes 2 ms).
    """
    found: set[int] = set()
    listed = select(_MEMBER.c.national_id).where(_MEMBER.c.national_id == _PERSON.c.national_id).exists()
    for chunk in _chunks(sorted(set(ids))):
        found.update(connection.scalars(
            select(_PERSON.c.id).where(_PERSON.c.id.in_(chunk), _PERSON.c.national_id != "", listed)))
    link_files(connection, found)


def move_links(connection: Connection, merged_id: int, survivor_id: int) -> None:
    """A merge: the links of the merged file become the survivor's (a link between the two disappears)."""
    connection.execute(update(_LINK).where(_LINK.c.beneficiary_id == merged_id).values(beneficiary_id=survivor_id))
    connection.execute(update(_LINK).where(_LINK.c.relative_id == merged_id).values(relative_id=survivor_id))
    connection.execute(delete(_LINK).where(_LINK.c.beneficiary_id == _LINK.c.relative_id))
    connection.execute(delete(_MEMBERSHIP).where(_MEMBERSHIP.c.beneficiary_id == merged_id))
    _refresh_households(connection, {survivor_id, merged_id})


def link_everything(connection: Connection) -> LinkCount:
    """Rebuild every link and household of the register (name keys included)."""
    rows = connection.execute(select(_MEMBER.c.id, _MEMBER.c.full_name, _MEMBER.c.name_key)).all()
    _store_keys(connection, rows)
    connection.execute(delete(_MEMBERSHIP))
    connection.execute(delete(_LINK))
    now = utcnow()
    by_id = connection.execute(
        select(_MEMBER.c.id, _MEMBER.c.beneficiary_id, _SURVIVOR)
        .join(_PERSON, _PERSON.c.national_id == _MEMBER.c.national_id)
        .where(_MEMBER.c.national_id != "", _MEMBER.c.beneficiary_id != _SURVIVOR)).all()
    links = {member: (holder, relative, "national_id") for member, holder, relative in by_id}
    listed: dict[str, list[tuple[int, int]]] = {}
    for member, holder, key in connection.execute(
            select(_MEMBER.c.id, _MEMBER.c.beneficiary_id, _MEMBER.c.name_key).where(_MEMBER.c.national_id == "")):
        if links_by_name(key):
            listed.setdefault(key, []).append((member, holder))
    names_of: dict[int, set[str]] = {}  # file -> keys of its members (without an ID)
    for key, entries in listed.items():
        for _member, holder in entries:
            names_of.setdefault(holder, set()).add(key)
    every_key = {person.id: person_keys(person.first_name, person.father_name, person.grandfather_name,
                                        person.family_name)
                 for person in connection.execute(select(_PERSON.c.id, _PERSON.c.first_name, _PERSON.c.father_name,
                                                         _PERSON.c.grandfather_name, _PERSON.c.family_name)
                                                  .where(_PERSON.c.merged_into_id.is_(None)))}
    for person_id, keys in every_key.items():
        own = names_of.get(person_id)
        if not own:
            continue  # names nobody, so nobody names it back
        for key in keys & listed.keys():
            for member, holder in listed[key]:
                # The holder's list names this person; linked when this person's list names the holder.
                if holder != person_id and own & every_key.get(holder, frozenset()):
                    links.setdefault(member, (holder, person_id, "named"))
    for chunk in _chunks(list(links.items()), 5000):
        connection.execute(insert(_LINK), [
            {"family_member_id": m, "beneficiary_id": a, "relative_id": b, "basis": basis, "linked_at": now}
            for m, (a, b, basis) in chunk])
    keys = households((a, b) for a, b, _ in links.values())
    memberships = [{"beneficiary_id": file_id, "household_key": key} for file_id, key in keys.items()]
    for chunk in _chunks(memberships, 5000):
        connection.execute(insert(_MEMBERSHIP), chunk)
    return LinkCount(len(links), len(set(keys.values())))

