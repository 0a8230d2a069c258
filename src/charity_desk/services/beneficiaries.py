"""Finding and registering beneficiaries (the front desk's search and the demo generator use this)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select, tuple_

from charity_desk.db import search as search_index
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.domain.national_id import normalize_national_id
from charity_desk.domain.phone import display_mobile
from charity_desk.domain.roles import Permission
from charity_desk.domain.search_text import person_search_text, search_query
from charity_desk.services.actor import Actor
from charity_desk.services.caseload import sees_all_files
from charity_desk.services.permission_guard import requires

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
        id_, full_name, national_id, mobile, region, city, status = row[:7]
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
    if person.absorbed_national_ids:  # the IDs of files merged into this one (services.merge_files)
        person.search_text += " " + person.absorbed_national_ids


@dataclass(frozen=True)
class SearchPage:
    """A page of search results, best first; ``after`` continues it (None: nothing more)."""

    rows: list[BeneficiarySummary]
    after: search_index.SearchKey | None


def search_page(
    db: Database, query: str, limit: int = SEARCH_LIMIT, caseload_of: int | None = None,
    after: search_index.SearchKey | None = None,
) -> SearchPage:
    """The front desk's search: every typed word must start a word of the name, the ID or a phone;
    the best matches first (``db.search``).  ``caseload_of`` keeps only the files assigned to that
    user (services.caseload)."""
    tokens = search_query(query)
    if not tokens:
        return SearchPage([], None)
    if after is None:
        rows = search_index.search_rows(db.engine, tokens, limit, caseload_of)
    else:
        rows = search_index.search_rows(db.engine, tokens, limit, caseload_of, after)
    last = rows[-1] if len(rows) == limit else None
    key = search_index.SearchKey(tier=last[-1], rank=last[-2]) if last else None
    return SearchPage([BeneficiarySummary.from_row(row) for row in rows], key)


def search_summaries(
    db: Database, query: str, limit: int = SEARCH_LIMIT, caseload_of: int | None = None
) -> list[BeneficiarySummary]:
    """The first ``limit`` results of ``search_page``."""
    return search_page(db, query, limit, caseload_of).rows


def count_matches(db: Database, query: str, caseload_of: int | None = None) -> int:
    """How many people the search finds in all (``search_page`` shows them a page at a time)."""
    tokens = search_query(query)
    return search_index.count_matches(db.engine, tokens, caseload_of) if tokens else 0


@dataclass(frozen=True)
class PageKey:
    """Where the previous page of the alphabetical list stopped (keyset paging, no OFFSET)."""

    full_name: str
    id: int


class BeneficiaryService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[BeneficiarySummary]:
        """The first ``limit`` people found, best first."""
        return self.search_page(query, None, limit).rows

    @requires(Permission.BENEFICIARY_VIEW)
    def search_page(self, query: str, after: search_index.SearchKey | None = None,
                    limit: int = SEARCH_LIMIT) -> SearchPage:
        """A page of results, best first; pass the previous page's ``after`` for the next one."""
        if sees_all_files(self._actor):
            return search_page(self._db, query, limit, after=after)
        if self._actor.user_id is None:
            return SearchPage([], None)
        return search_page(self._db, query, limit, caseload_of=self._actor.user_id, after=after)

    @requires(Permission.BENEFICIARY_VIEW)
    def search_count(self, query: str) -> int:
        """How many people the search finds in all, within what the actor may see."""
        if sees_all_files(self._actor):
            return count_matches(self._db, query)
        if self._actor.user_id is None:
            return 0
        return count_matches(self._db, query, caseload_of=self._actor.user_id)

    @requires(Permission.BENEFICIARY_VIEW)
    def registered_with(self, national_id: str) -> BeneficiarySummary | None:
        """The file already registered under ``national_id`` (typed in any digits), if the actor may
        see it; the walk-in form says so as soon as the ID is typed. A merged file's ID answers with
        its survivor: the person is registered there, the merged file is only a pointer to it."""
        holder = (select(func.coalesce(Beneficiary.merged_into_id, Beneficiary.id))
                  .where(Beneficiary.national_id == normalize_national_id(national_id)).scalar_subquery())
        with self._db.read_session() as session:
            row = session.execute(select(*summary_columns()).where(Beneficiary.id == holder)).first()
        return BeneficiarySummary.from_row(row) if row is not None else None

    @requires(Permission.BENEFICIARY_VIEW)
    def count(self) -> int:
        with self._db.read_session() as session:
            return session.scalar(select(func.count(Beneficiary.id)).where(Beneficiary.merged_into_id.is_(None))) or 0

    @requires(Permission.BENEFICIARY_VIEW)
    def page(self, after: PageKey | None, limit: int) -> list[BeneficiarySummary]:
        """The next ``limit`` people in alphabetical order after ``after``."""
        statement = (select(*summary_columns()).where(Beneficiary.merged_into_id.is_(None))
                     .order_by(Beneficiary.full_name, Beneficiary.id).limit(limit))
        if after is not None:
            statement = statement.where(
                tuple_(Beneficiary.full_name, Beneficiary.id) > (after.full_name, after.id)
            )
        with self._db.read_session() as session:
            return [BeneficiarySummary.from_row(r) for r in session.execute(statement)]
