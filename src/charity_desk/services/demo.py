"""Realistic synthetic data for training and benchmarks: never a real person's data."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from importlib.resources import files

from sqlalchemy import insert, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.household_index import link_everything
from charity_desk.db.models import Beneficiary, ContactEntry, FamilyMember, MoneyItem
from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.domain.search_text import person_search_text
from charity_desk.reference import regions
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import join_name
from charity_desk.services.demo_applications import add_demo_applications, demo_programs
from charity_desk.services.demo_duplicates import Relative, relative_rows, with_duplicates_and_households
from charity_desk.services.duplicate_scan import scan_register

BATCH = 5_000
#: The training demo's people registered twice and relatives with files of their own (per person).
REALISTIC = {"duplicate_share": 0.02, "household_share": 0.05}
# A multiplier coprime with 10**8 turns a running index into distinct, scattered ID bodies.
_SCATTER = 7_919
Progress = Callable[[int, int], None]
_CHANNELS = ["in_person", "in_person", "phone_letter", "social_researcher", "social_media", "website"]
_REASONS = ["طلب مساعدة إيجار", "الاستفسار عن حالة الطلب", "طلب سلة غذائية", "تحديث البيانات", "طلب مساعدة علاج",
            "الاستفسار عن البرامج", "تسليم مستندات"]


@dataclass(frozen=True)
class DemoResult:
    beneficiaries: int
    family_members: int = 0
    contacts: int = 0
    applications: int = 0
    #: Households of more than one file, linked from the relatives who have files of their own.
    households: int = 0


def _names() -> dict[str, list[str]]:
    return json.loads((files("charity_desk.data") / "demo_names.json").read_text(encoding="utf-8"))


def _person_rows(rng: random.Random, count: int, start: int, taken: set[str], today: date):
    names = _names()
    region_cities = list(regions().items())
    now = utcnow()
    index = start
    produced = 0
    while produced < count:
        index += 1
        resident = rng.random() < 0.15
        body = f"{(index * _SCATTER) % 10**8:08d}"
        national_id = complete_with_check_digit(("2" if resident else "1") + body)
        if national_id in taken:
            continue
        gender = "male" if rng.random() < 0.55 else "female"
        first = rng.choice(names[gender])
        father, grandfather = rng.choice(names["male"]), rng.choice(names["male"])
        family = rng.choice(names["family"])
        mobile = f"+9665{rng.randrange(10**8):08d}"
        region, cities = rng.choice(region_cities)
        birth = today - timedelta(days=rng.randrange(18 * 365, 85 * 365))
        produced += 1
        yield {
            "first_name": first,
            "father_name": father,
            "grandfather_name": grandfather,
            "family_name": family,
            "full_name": join_name(first, father, grandfather, family),
            "national_id": national_id,
            "national_id_override_reason": "",
            "nationality": "يمني" if resident else "سعودي",
            "gender": gender,
            "birth_date": birth,
            "marital_status": rng.choice(["married", "single", "widowed", "divorced"]),
            "mobile": mobile,
            "mobile_alt": "",
            "region": region,
            "city": rng.choice(cities),
            "building_number": f"{rng.randrange(1000, 9999)}",
            "street": "",
            "district": "",
            "postal_code": f"{rng.randrange(10000, 99999)}",
            "additional_number": f"{rng.randrange(1000, 9999)}",
            "unit": "",
            "short_address": "",
            "status": "active",
            "verified_on": today - timedelta(days=rng.randrange(0, 700)),
            "search_text": person_search_text((first, father, grandfather, family), national_id, (mobile,)),
            "version_id": 1,
            "created_at": now,
            "updated_at": now,
        }


def _family_rows(rng: random.Random, beneficiary_id: int, person: dict, names: dict, today: date, now,
                 registered_spouse: bool = False):
    married = person["marital_status"] in {"married", "widowed", "divorced"}
    children = rng.randrange(0, 7) if married else 0
    rows = []
    if person["marital_status"] == "married" and not registered_spouse:
        spouse_gender = "female" if person["gender"] == "male" else "male"
        rows.append(("spouse", spouse_gender, rng.choice(names[spouse_gender]), rng.randrange(20 * 365, 60 * 365)))
    for _ in range(children):
        gender = rng.choice(["male", "female"])
        rows.append(("son" if gender == "male" else "daughter", gender, rng.choice(names[gender]),
                     rng.randrange(365, 18 * 365)))
    for relation, gender, first, age_days in rows:
        yield {
            "beneficiary_id": beneficiary_id, "full_name": join_name(first, person["family_name"]),
            "relation": relation, "national_id": "", "gender": gender, "birth_date": today - timedelta(days=age_days),
            "monthly_income": Decimal(rng.choice([0, 0, 0, 1500, 3000])) if relation == "spouse" else Decimal(0),
            "disability": "", "schooling": "primary" if relation in {"son", "daughter"} else "",
            "version_id": 1, "created_at": now, "updated_at": now,
        }


def _contact_rows(rng: random.Random, beneficiary_id: int, count: int, now):
    for _ in range(count):
        yield {
            "beneficiary_id": beneficiary_id, "at": now - timedelta(days=rng.randrange(0, 900), minutes=rng.randrange(600)),
            "kind": rng.choice(["interview", "call", "call", "message"]), "channel": rng.choice(_CHANNELS),
            "reason": rng.choice(_REASONS), "asked": "", "answered": "", "minutes_spent": rng.randrange(2, 45),
            "staff_id": None,
        }


def generate_demo(
    db: Database,
    actor: Actor,
    beneficiaries: int,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
    contacts_per_person: int = 2,
    application_share: float = 0.3,
    duplicate_share: float = 0.0,
    household_share: float = 0.0,
) -> DemoResult:
    """Add ``beneficiaries`` synthetic people with their families, incomes, contact logs, and
    applications (``application_share`` of them) spread over every state of the state machine.

    ``duplicate_share`` of them are followed by the same person registered again, and
    ``household_share`` by a relative with a file of their own (services.demo_duplicates; ``REALISTIC``
    gives the shares of the training demo); those count among ``beneficiaries``, the relatives' files are
    linked into households, and the register is then checked for duplicates, so the review queue holds them.  One transaction: all or nothing.
    """
    rng = random.Random(seed)
    today = today or date.today()
    names = _names()
    now = utcnow()
    relatives: dict[str, list[Relative]] = {}
    with db.session() as session:
        taken = set(session.scalars(select(Beneficiary.national_id)))
        rows = _person_rows(rng, beneficiaries, start=seed * 1_000_003 + len(taken), taken=taken, today=today)
        if duplicate_share or household_share:
            rows = with_duplicates_and_households(rows, random.Random(seed * 7_919 + 18), names, taken,
                                                  duplicate_share, household_share, relatives)
        programs = demo_programs(session, now)
        done = families = contacts = applications = 0
        while done < beneficiaries:
            batch = [row for _, row in zip(range(min(BATCH, beneficiaries - done)), rows, strict=False)]
            session.execute(insert(Beneficiary), batch)
            ids = dict(session.execute(select(Beneficiary.national_id, Beneficiary.id).where(
                Beneficiary.national_id.in_([row["national_id"] for row in batch]))).all())
            members, incomes, logs = [], [], []
            for person in batch:
                beneficiary_id = ids[person["national_id"]]
                registered = relative_rows(beneficiary_id, person["national_id"], relatives, now)
                members.extend(registered)
                members.extend(_family_rows(rng, beneficiary_id, person, names, today, now,
                                            registered_spouse=any(r["relation"] == "spouse" for r in registered)))
                incomes.append({"beneficiary_id": beneficiary_id, "direction": "income",
                                "category": rng.choice(["salary", "social_security", "pension", "citizen_account"]),
                                "description": "", "monthly_amount": Decimal(rng.randrange(8, 80) * 100),
                                "version_id": 1, "created_at": now, "updated_at": now})
                logs.extend(_contact_rows(rng, beneficiary_id, contacts_per_person, now))
            for model, values in ((FamilyMember, members), (MoneyItem, incomes), (ContactEntry, logs)):
                if values:
                    session.execute(insert(model), values)
            applying = [ids[p["national_id"]] for p in batch if rng.random() < application_share]
            if applying:
                applications += add_demo_applications(session, rng, applying, programs, now)
            done += len(batch)
            families += len(members)
            contacts += len(logs)
            if progress:
                progress(done, beneficiaries)
        households = 0
        if household_share:
            households = link_everything(session.connection()).households
        if duplicate_share or household_share:
            scan_register(session)
        audit.record(session, actor, "demo.generated", "beneficiary", "", count=beneficiaries, seed=seed)
    return DemoResult(beneficiaries=beneficiaries, family_members=families, contacts=contacts,
                      applications=applications, households=households)
