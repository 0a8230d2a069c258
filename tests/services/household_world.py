"""A small household spread over registered files, built through the services as the desk does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput

TODAY = date(2026, 11, 25)


def national_id(n: int) -> str:
    return complete_with_check_digit(f"1{n:08d}")


def register(acting, n: int, first: str, father: str, grandfather: str, family: str, gender: str = "male") -> int:
    return acting.registration.register(PersonInput(
        first_name=first, father_name=father, grandfather_name=grandfather, family_name=family,
        national_id=national_id(n), gender=gender, birth_date=date(1980, 1, 1), mobile=f"05{n:08d}",
        region="حائل", city="حائل"), confirmed_not_duplicate=True, today=TODAY)


@dataclass(frozen=True)
class Household:
    father: int
    mother: int
    son: int
    stranger: int


def build_household(acting) -> Household:
    """A father whose list gives his son's ID; a mother and father who name each other (no IDs);
    a stranger with the same family name.  Incomes: father 3000, mother 1000 of her own; the father's
    list also holds a daughter without a file (income 0)."""
    father = register(acting, 1001, "سعد", "محمد", "علي", "الشمري")
    mother = register(acting, 1002, "نورة", "عبدالله", "فهد", "العتيبي", gender="female")
    son = register(acting, 1003, "فهد", "سعد", "محمد", "الشمري")
    stranger = register(acting, 1004, "خالد", "سعد", "علي", "الشمري")
    edits = acting.file_edits
    edits.add_family_member(father, FamilyMemberInput("فهد سعد الشمري", "son", national_id(1003)), today=TODAY)
    edits.add_family_member(father, FamilyMemberInput("نوره عبد الله العتيبي", "spouse", gender="female"),
                            today=TODAY)
    edits.add_family_member(father, FamilyMemberInput("منيرة سعد الشمري", "daughter", gender="female"),
                            today=TODAY)
    edits.add_family_member(mother, FamilyMemberInput("سعد محمد الشمري", "spouse"), today=TODAY)
    edits.add_family_member(mother, FamilyMemberInput("منيره سعد الشمري", "daughter", gender="female"),
                            today=TODAY)
    edits.add_money_item(father, "income", "salary", Decimal("3000"))
    edits.add_money_item(mother, "income", "pension", Decimal("1000"))
    return Household(father, mother, son, stranger)
