"""What real registers hold and the demo should too: people registered twice, and households whose
members are registered beneficiaries themselves.

* Registered again: the same person (birth date, gender, address) typed in a second time, with the name
  spelled another way (hamza, ta marbuta, alef maqsura, a compound joined or apart, the article dropped,
  now and then a letter of the first name lost)
  and either the national ID mistyped by one digit or two swapped digits (accepted by a supervisor, so
  stored with an override reason) or another ID, and the mobile kept, or moved to the second mobile
  behind a new one.
* A registered relative: a married person's spouse, or an unmarried person's brother or sister, with
  a file of their own; each file lists the other among its family members with the relative's national
  ID, and half of them give the other's mobile as their second number.

Both draw from their own random stream, so the rest of the demo is the same with or without them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.domain.search_text import person_search_text
from charity_desk.services.beneficiaries import join_name

OVERRIDE_REASON = "طابقت البطاقة الأصلية"


@dataclass(frozen=True)
class Relative:
    """A registered relative as the other's family list names them."""

    relation: str
    gender: str
    full_name: str
    national_id: str
    birth_date: date | None


def _respell(word: str, rng: random.Random, family: bool = False) -> str:
    ways = []
    if any(letter in word for letter in "أإآ"):
        ways.append(lambda w: w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"))
    if "ة" in word:
        ways.append(lambda w: w.replace("ة", "ه"))
    if "ى" in word:
        ways.append(lambda w: w.replace("ى", "ي"))
    if word.startswith("عبد") and len(word) > 4:
        ways.append(lambda w: w.replace("عبد ", "عبد") if "عبد " in w else w.replace("عبد", "عبد ", 1))
    if family and word.startswith("ال") and " " not in word and len(word) > 4:
        ways.append(lambda w: w[2:])
    for way in rng.sample(ways, k=rng.randint(1, len(ways))) if ways else ():
        word = way(word)
    return word


def _unused_id(rng: random.Random, taken: set[str], first_digit: str) -> str:
    while True:
        national_id = complete_with_check_digit(first_digit + f"{rng.randrange(10**8):08d}")
        if national_id not in taken:
            return national_id


def _mistyped_id(rng: random.Random, national_id: str, taken: set[str]) -> str:
    while True:
        index = rng.randrange(1, len(national_id) - 1)
        if rng.random() < 0.5 and national_id[index] != national_id[index + 1]:
            typed = national_id[:index] + national_id[index + 1] + national_id[index] + national_id[index + 2:]
        else:
            digit = rng.choice([d for d in "0123456789" if d != national_id[index]])
            typed = national_id[:index] + digit + national_id[index + 1:]
        if typed not in taken:
            return typed


def _with_names(row: dict, first: str, father: str, grandfather: str, family: str) -> dict:
    names = (first, father, grandfather, family)
    return {**row, "first_name": first, "father_name": father, "grandfather_name": grandfather,
            "family_name": family, "full_name": join_name(*names),
            "search_text": person_search_text(names, row["national_id"], (row["mobile"], row["mobile_alt"]))}


def registered_again(rng: random.Random, row: dict, taken: set[str]) -> dict:
    """The person of ``row`` registered a second time, as a desk would have typed them."""
    again = dict(row)
    if rng.random() < 0.6:
        again["national_id"] = _mistyped_id(rng, row["national_id"], taken)
        again["national_id_override_reason"] = OVERRIDE_REASON
    else:
        again["national_id"] = _unused_id(rng, taken, row["national_id"][0])
    taken.add(again["national_id"])
    if rng.random() < 0.4:
        again["mobile"], again["mobile_alt"] = f"+9665{rng.randrange(10**8):08d}", row["mobile"]
    first = _respell(row["first_name"], rng)
    if len(first) >= 5 and rng.random() < 0.2:  # a letter lost in typing: a close spelling, not the same
        dropped = rng.randrange(1, len(first) - 1)
        first = first[:dropped] + first[dropped + 1:]
    return _with_names(again, first, _respell(row["father_name"], rng), row["grandfather_name"],
                       _respell(row["family_name"], rng, family=True))


def registered_relative(rng: random.Random, row: dict, names: dict[str, list[str]], taken: set[str],
                        relatives: dict[str, list[Relative]]) -> dict:
    """A relative of ``row`` with a file of their own; both files' family lists will name the other."""
    relative = dict(row)
    relative["national_id"] = _unused_id(rng, taken, row["national_id"][0])
    taken.add(relative["national_id"])
    if row["marital_status"] == "married":
        gender = "female" if row["gender"] == "male" else "male"
        relation, back = "spouse", "spouse"
        first, father, grandfather = rng.choice(names[gender]), rng.choice(names["male"]), rng.choice(names["male"])
        family = row["family_name"] if gender == "female" and rng.random() < 0.3 else rng.choice(names["family"])
        relative["marital_status"] = "married"
        relative["birth_date"] = row["birth_date"] + timedelta(days=rng.randrange(-8 * 365, 8 * 365))
    else:
        gender = rng.choice(["male", "female"])
        relation = "brother" if gender == "male" else "sister"
        back = "brother" if row["gender"] == "male" else "sister"
        first, father, grandfather, family = (rng.choice(names[gender]), row["father_name"],
                                              row["grandfather_name"], row["family_name"])
        relative["birth_date"] = row["birth_date"] + timedelta(days=rng.randrange(-12 * 365, 12 * 365))
    relative["gender"] = gender
    relative["mobile"] = f"+9665{rng.randrange(10**8):08d}"
    relative["mobile_alt"] = row["mobile"] if rng.random() < 0.5 else ""
    relative = _with_names(relative, first, father, grandfather, family)
    relatives.setdefault(row["national_id"], []).append(
        Relative(relation, gender, relative["full_name"], relative["national_id"], relative["birth_date"]))
    relatives.setdefault(relative["national_id"], []).append(
        Relative(back, row["gender"], row["full_name"], row["national_id"], row["birth_date"]))
    return relative


def with_duplicates_and_households(rows: Iterable[dict], rng: random.Random, names: dict[str, list[str]],
                                   taken: set[str], duplicate_share: float, household_share: float,
                                   relatives: dict[str, list[Relative]]) -> Iterator[dict]:
    """``rows``, each followed now and then by the same person registered again or a registered relative."""
    for row in rows:
        taken.add(row["national_id"])
        # Made before the row is handed on, so its relatives are known when its family rows are written.
        extras = [registered_again(rng, row, taken)] if rng.random() < duplicate_share else []
        if rng.random() < household_share:
            extras.append(registered_relative(rng, row, names, taken, relatives))
        yield row
        yield from extras


def relative_rows(beneficiary_id: int, national_id: str, relatives: dict[str, list[Relative]], now) -> list[dict]:
    """The family-member rows naming the person's registered relatives."""
    return [{"beneficiary_id": beneficiary_id, "full_name": r.full_name, "relation": r.relation,
             "national_id": r.national_id, "gender": r.gender, "birth_date": r.birth_date,
             "monthly_income": Decimal(0), "disability": "", "schooling": "", "version_id": 1, "created_at": now,
             "updated_at": now} for r in relatives.get(national_id, ())]
