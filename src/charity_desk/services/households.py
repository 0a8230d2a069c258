"""A file's household: the registered files linked to it through family lists (issue: households),
what each earns, applied for and received; the household's money for eligibility; relinking.

The household's files are found through the links (``db.household_index``) whoever reads; what is
shown of each goes through the caseload rule, so a researcher sees only the files they hold and the
number of the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charity_desk.db import household_index
from charity_desk.db.engine import Database
from charity_desk.db.models import (
    Application,
    Beneficiary,
    FamilyMember,
    HouseholdLink,
    MoneyItem,
    Program,
    ServiceDelivery,
)
from charity_desk.domain.application_flow import State
from charity_desk.domain.household_links import FileMoney, HouseholdMoney, ListedMember, household_money
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiary_file import load_person
from charity_desk.services.permission_guard import requires


def relink(session: Session, *beneficiary_ids: int) -> None:
    """Rebuild the links of these files inside the caller's transaction (after its changes are flushed)."""
    session.flush()
    household_index.link_files(session.connection(), beneficiary_ids)


def household_ids(session: Session, beneficiary_id: int) -> set[int]:
    """Every file of the household of ``beneficiary_id``, itself included (unfiltered: the rules' own look-up)."""
    return household_index.household_files(session.connection(), beneficiary_id)


def money_of_household(session: Session, ids: set[int]) -> HouseholdMoney:
    """The household's income and size counting each person once (``domain.household_links``)."""
    connection = session.connection()
    ids_list = sorted(ids)
    incomes = dict(connection.execute(
        select(MoneyItem.beneficiary_id, func.sum(MoneyItem.monthly_amount))
        .where(MoneyItem.beneficiary_id.in_(ids_list), MoneyItem.direction == "income")
        .group_by(MoneyItem.beneficiary_id)).all())
    linked = dict(connection.execute(select(HouseholdLink.family_member_id, HouseholdLink.relative_id)
                                     .where(HouseholdLink.beneficiary_id.in_(ids_list))).all())
    members = [ListedMember(holder, name, national_id, Decimal(income or 0), linked.get(member_id))
               for member_id, holder, name, national_id, income in connection.execute(
                   select(FamilyMember.id, FamilyMember.beneficiary_id, FamilyMember.full_name,
                          FamilyMember.national_id, FamilyMember.monthly_income)
                   .where(FamilyMember.beneficiary_id.in_(ids_list)))]
    files = [FileMoney(i, Decimal(incomes.get(i) or 0)) for i in ids_list]
    return household_money(files, members)


@dataclass(frozen=True)
class ProgramLine:
    """One application of a household file: the program and where it stands."""

    application_id: int
    program: str
    state: State


@dataclass(frozen=True)
class ReceivedLine:
    program: str
    deliveries: int
    cash: Decimal


@dataclass(frozen=True)
class HouseholdFile:
    beneficiary_id: int
    full_name: str
    national_id: str
    #: The relation code as one of the two files lists the other ("" when linked through another file).
    relation: str
    #: How the relation reads: "listed" (this file lists them), "lists" (they list this file), "through",
    #: or "self" (the file the household is seen from).
    relation_side: str
    #: Monthly income of the file's own sources; None without the income permission.
    monthly_income: Decimal | None
    applied: tuple[ProgramLine, ...]
    received: tuple[ReceivedLine, ...]


@dataclass(frozen=True)
class HouseholdView:
    #: The other files of the household, by name.
    files: tuple[HouseholdFile, ...]
    #: Files of the household the reader may not open (outside their caseload).
    not_shown: int
    #: Counting each person once; None without the income permission.
    money: HouseholdMoney | None
    #: The file itself, with its own income, applications and services (relation_side "self").
    this_file: HouseholdFile | None = None


@dataclass(frozen=True)
class LinkResult:
    links: int
    households: int


class HouseholdService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    @requires(Permission.BENEFICIARY_VIEW)
    def view(self, beneficiary_id: int) -> HouseholdView:
        """The household of a file, as its reader may see it."""
        with self._db.read_session() as session:
            load_person(session, beneficiary_id)
            ids = household_ids(session, beneficiary_id)
            others = sorted(ids - {beneficiary_id})
            people = session.execute(select(Beneficiary.id, Beneficiary.full_name, Beneficiary.national_id)
                                     .where(Beneficiary.id.in_([*others, beneficiary_id]))
                                     .order_by(Beneficiary.full_name)).all()
            shown = [row.id for row in people]
            relations = self._relations(session, beneficiary_id, shown)
            can_see_money = self._actor.can(Permission.INCOME_VIEW)
            incomes = dict(session.execute(
                select(MoneyItem.beneficiary_id, func.sum(MoneyItem.monthly_amount))
                .where(MoneyItem.beneficiary_id.in_(shown), MoneyItem.direction == "income")
                .group_by(MoneyItem.beneficiary_id)).all()) if can_see_money else {}
            applied: dict[int, list[ProgramLine]] = {}
            for app_id, holder, program, state in session.execute(
                    select(Application.id, Application.beneficiary_id, Program.name, Application.state)
                    .join(Program, Program.id == Application.program_id)
                    .where(Application.beneficiary_id.in_(shown)).order_by(Application.submitted_at.desc())):
                applied.setdefault(holder, []).append(ProgramLine(app_id, program, State(state)))
            received: dict[int, list[ReceivedLine]] = {}
            for holder, program, count, cash in session.execute(
                    select(ServiceDelivery.beneficiary_id, Program.name, func.count(ServiceDelivery.id),
                           func.sum(ServiceDelivery.amount).filter(ServiceDelivery.kind == "cash"))
                    .join(Program, Program.id == ServiceDelivery.program_id)
                    .where(ServiceDelivery.beneficiary_id.in_(shown))
                    .group_by(ServiceDelivery.beneficiary_id, Program.name).order_by(Program.name)):
                received.setdefault(holder, []).append(ReceivedLine(program, count, Decimal(cash or 0)))
            relations[beneficiary_id] = ("", "self")
            files = [
                HouseholdFile(row.id, row.full_name, row.national_id, *relations.get(row.id, ("", "through")),
                              Decimal(incomes.get(row.id) or 0) if can_see_money else None,
                              tuple(applied.get(row.id, ())), tuple(received.get(row.id, ())))
                for row in people]
            this_file = next(f for f in files if f.beneficiary_id == beneficiary_id)
            money = money_of_household(session, ids) if can_see_money else None
            return HouseholdView(tuple(f for f in files if f is not this_file), len(others) - (len(shown) - 1), money,
                                 this_file)

    @staticmethod
    def _relations(session: Session, beneficiary_id: int, shown: list[int]) -> dict[int, tuple[str, str]]:
        found: dict[int, tuple[str, str]] = {}
        for relative, relation in session.execute(
                select(HouseholdLink.relative_id, FamilyMember.relation)
                .join(FamilyMember, FamilyMember.id == HouseholdLink.family_member_id)
                .where(HouseholdLink.beneficiary_id == beneficiary_id, HouseholdLink.relative_id.in_(shown))):
            found.setdefault(relative, (relation, "listed"))
        for holder, relation in session.execute(
                select(HouseholdLink.beneficiary_id, FamilyMember.relation)
                .join(FamilyMember, FamilyMember.id == HouseholdLink.family_member_id)
                .where(HouseholdLink.relative_id == beneficiary_id, HouseholdLink.beneficiary_id.in_(shown))):
            found.setdefault(holder, (relation, "lists"))
        return found

    @requires(Permission.SETTINGS_MANAGE)
    def link_everything(self) -> LinkResult:
        """Rebuild every household link of the register (after a bulk load, or to check them)."""
        with self._db.session() as session:
            counted = household_index.link_everything(session.connection())
            audit.record(session, self._actor, "households.linked", "beneficiary", "", count=counted.links,
                         households=counted.households)
            return LinkResult(counted.links, counted.households)
