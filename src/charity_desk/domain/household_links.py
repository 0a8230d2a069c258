"""Households across files: which files are one family, and the household's money and size.

A family member listed in one file is *the same person* as a registered beneficiary when the member's
national ID is that beneficiary's ID, or (members listed without an ID) when the two files name each
other: the member's name is the other file's name and the other file lists a member named like this
file's person.  One-sided naming is not enough, and neither is a name of two words (first and family
name): in a register of thousands, «سعد الشمري» is many people, and common names would join strangers.
A member whose name fits more than one such file is linked to one of them only (the first found).

Names are compared by their key: the folded words (``domain.arabic``: hamza forms, ta marbuta, compound
names joined), without the article «ال».  A registered person answers to the key of the full name and of
the first, father and family name (the form family lists are usually written in).

A household is every file reachable through such links; it is identified by its smallest file id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from charity_desk.domain.arabic import index_words
from charity_desk.domain.household import income_per_person, monthly_total

_ARTICLE = "ال"


#: Fewest words of a name that links two files that name each other.
MIN_NAMED_WORDS = 3


def _words(name: str) -> list[str]:
    words, _forms = index_words(name)
    return [w.removeprefix(_ARTICLE) if w.startswith(_ARTICLE) and len(w) > 3 else w for w in words]


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The key a name written on a family list is compared by ("" when it has no letters).

    Cached: a register repeats its common names many times over, and rebuilding every link reads
    them all."""
    return " ".join(_words(name))


def links_by_name(key: str) -> bool:
    """Is a name with this key specific enough to link files that name each other?"""
    return key.count(" ") + 1 >= MIN_NAMED_WORDS if key else False


def person_keys(first: str, father: str, grandfather: str, family: str) -> frozenset[str]:
    """Every key a registered person may be named by on someone's family list (long enough to link)."""
    whole = name_key(" ".join(p for p in (first, father, grandfather, family) if p))
    short = name_key(" ".join(p for p in (first, father, family) if p))
    return frozenset(k for k in (whole, short) if links_by_name(k))


def households(links: Iterable[tuple[int, int]]) -> dict[int, int]:
    """For each file in a link, its household's key (the smallest file id reachable through links)."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: root(node) for node in parent}


@dataclass(frozen=True)
class FileMoney:
    """One registered file of the household: its own income sources (not its family list)."""

    beneficiary_id: int
    income: Decimal


@dataclass(frozen=True)
class ListedMember:
    """A family member row of one of the household's files."""

    beneficiary_id: int
    full_name: str
    national_id: str
    monthly_income: Decimal
    #: The file this member is (linked), or None.
    is_file: int | None


@dataclass(frozen=True)
class HouseholdMoney:
    total_income: Decimal
    size: int
    income_per_person: Decimal


def household_money(files: Iterable[FileMoney], members: Iterable[ListedMember]) -> HouseholdMoney:
    """Income and size of a household of several files, counting each person once.

    Each file counts once with its own income sources.  A listed member who is one of the household's
    files is that file (already counted).  Other listed members are counted once, the same person
    listed in two files being recognised by the national ID or, without one, by the name key; the
    larger of the incomes written for them counts.
    """
    files = list(files)
    in_household = {f.beneficiary_id for f in files}
    others: dict[str, Decimal] = {}
    for member in members:
        if member.is_file in in_household:
            continue
        key = f"id:{member.national_id}" if member.national_id else f"name:{name_key(member.full_name)}"
        others[key] = max(others.get(key, Decimal("0")), member.monthly_income)
    total = monthly_total([f.income for f in files] + list(others.values()))
    size = len(files) + len(others)
    return HouseholdMoney(total, size, income_per_person(total, size))
