"""Finding and registering beneficiaries (the front desk's search and the demo generator use this)."""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import func, select, tuple_

from charity_desk.db import search as search_index
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.domain.arabic import query_tokens
from charity_desk.domain.phone import display_mobile
from charity_desk.domain.roles import Permission
from charity_desk.domain.search_text import person_search_text
from charity_desk.services.actor import Actor
from charity_desk.services.caseload import sees_all_files, within_caseload

SEARCH_LIMIT = 50


def summary_columns() -> tuple:
    """The ORM columns of a BeneficiarySummary row, in ``search.RESULT_COLUMNS`` order."""
    return tuple(getattr(Beneficiary, name) for name in search_index.RESULT_COLUMNS)


class BeneficiarySummary(NamedTuple):
    """One person in a list or a search result.

    A named tuple rather than a dataclass: the front desk builds one for every match as the person
    types, and a tuple is built several times faster (benchmarks/: search against raw SQL)."""

    id: int
    full_name: str
    national_id: str
    mobile: str
    region: str
    city: str
    status: str

    @classmethod
    def from_row(cls, row) -> BeneficiarySummary:
        """From a row of ``search.RESULT_COLUMNS``; the phone is shown as people read it."""
        id_, full_name, national_id, mobile, region, city, status = row
        return cls(
            id_, full_name, national_id, display_mobile(mobile) if mobile else "", region, city, status
        )


def join_name(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def fill_search_text(person: Beneficiary) -> None:
    person.search_text = person_search_text(
        (person.first_name, person.father_name, person.grandfather_name, person.family_name),
        person.national_id,
        (person.mobile, person.mobile_alt),
    )


def search_summaries(
    db: Database, query: str, limit: int = SEARCH_LIMIT, caseload_of: int | None = None
) -> list[BeneficiarySummary]:
    """The front desk's search: every typed word must start a word of the name, the ID or a phone.

    ``caseload_of`` keeps only the files assigned to that user (services.caseload).
    """
    tokens = query_tokens(query)
    if not tokens:
        return []
    rows = search_index.search_rows(db.engine, tokens, limit, caseload_of)
    return sorted(map(BeneficiarySummary.from_row, rows), key=_ALPHABETICAL)


_ALPHABETICAL = attrgetter("full_name", "id")


@dataclass(frozen=True)
class PageKey:
    """Where the previous page of the alphabetical list stopped (keyset paging, no OFFSET)."""

    full_name: str
    id: int


class BeneficiaryService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[BeneficiarySummary]:
        self._actor.require(Permission.BENEFICIARY_VIEW)
        if sees_all_files(self._actor):
            return search_summaries(self._db, query, limit)
        if self._actor.user_id is None:
            return []
        return search_summaries(self._db, query, limit, caseload_of=self._actor.user_id)

    def count(self) -> int:
        self._actor.require(Permission.BENEFICIARY_VIEW)
        with self._db.read_session() as session:
            statement = within_caseload(select(func.count(Beneficiary.id)), self._actor)
            return session.scalar(statement) or 0

    def page(self, after: PageKey | None, limit: int) -> list[BeneficiarySummary]:
        """The next ``limit`` people in alphabetical order after ``after``."""
        self._actor.require(Permission.BENEFICIARY_VIEW)
        statement = within_caseload(
            select(*summary_columns()).order_by(Beneficiary.full_name, Beneficiary.id).limit(limit), self._actor
        )
        if after is not None:
            statement = statement.where(
                tuple_(Beneficiary.full_name, Beneficiary.id) > (after.full_name, after.id)
            )
        with self._db.read_session() as session:
            return [BeneficiarySummary.from_row(r) for r in session.execute(statement)]
