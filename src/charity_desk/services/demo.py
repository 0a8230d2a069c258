"""Realistic synthetic data for training and benchmarks: never a real person's data."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files

from sqlalchemy import insert, select

from charity_desk.db.base import utcnow
from charity_desk.db.engine import Database
from charity_desk.db.models import Beneficiary
from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.domain.search_text import person_search_text
from charity_desk.reference import regions
from charity_desk.services import audit
from charity_desk.services.actor import Actor
from charity_desk.services.beneficiaries import join_name

BATCH = 5_000
# A multiplier coprime with 10**8 turns a running index into distinct, scattered ID bodies.
_SCATTER = 7_919
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoResult:
    beneficiaries: int


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
            "search_text": person_search_text((first, father, grandfather, family), national_id, (mobile,)),
            "version_id": 1,
            "created_at": now,
            "updated_at": now,
        }


def generate_demo(
    db: Database,
    actor: Actor,
    beneficiaries: int,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoResult:
    """Add ``beneficiaries`` synthetic people in one transaction (all or nothing)."""
    rng = random.Random(seed)
    today = today or date.today()
    with db.session() as session:
        taken = set(session.scalars(select(Beneficiary.national_id)))
        rows = _person_rows(rng, beneficiaries, start=seed * 1_000_003 + len(taken), taken=taken, today=today)
        done = 0
        while done < beneficiaries:
            batch = [row for _, row in zip(range(min(BATCH, beneficiaries - done)), rows, strict=False)]
            session.execute(insert(Beneficiary), batch)
            done += len(batch)
            if progress:
                progress(done, beneficiaries)
        audit.record(session, actor, "demo.generated", "beneficiary", "", count=beneficiaries, seed=seed)
    return DemoResult(beneficiaries=beneficiaries)
