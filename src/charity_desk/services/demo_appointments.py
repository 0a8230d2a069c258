"""Demo appointments: a fortnight of desk appointments for each front-desk member of staff (and the
administrator) already set up, so the schedule, the desk's day, «My work today» and the messages due
have something to show.  Days before today are kept or missed, a few left unrecorded (overdue).

Synthetic like the rest of the demo; written inside the demo activity's transaction, and only once.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from charity_desk.db.models import Appointment, Beneficiary, UserAccount
from charity_desk.domain.dates import to_hijri
from charity_desk.domain.roles import Role
from charity_desk.services.appointment_views import working_hours
from charity_desk.services.sequences import reserve_in_sequence

#: Days before and after today that get appointments, and how many a day each member of staff has.
DAYS_BEFORE, DAYS_AFTER, PER_DAY = 7, 9, 6
_PURPOSES = ("استكمال المستندات", "مقابلة أولى", "تحديث البيانات", "استلام خطاب القرار", "استفسار عن الطلب", "")


def add_demo_appointments(session: Session, rng: random.Random, today: date) -> int:
    """Book the demo's appointments (none when appointments exist already or nobody can be booked)."""
    if session.scalar(select(func.count()).select_from(Appointment)):
        return 0
    staff = list(session.scalars(select(UserAccount.id).where(
        UserAccount.active, UserAccount.role.in_((Role.FRONT_DESK.value, Role.ADMINISTRATOR.value)))
        .order_by(UserAccount.id)))
    people = list(session.scalars(select(Beneficiary.id).order_by(Beneficiary.id).limit(2_000)))
    if not staff or not people:
        return 0
    hours = working_hours()
    slots = hours.slots()
    days = [d for d in (today + timedelta(days=n) for n in range(-DAYS_BEFORE, DAYS_AFTER + 1)) if hours.is_work_day(d)]
    rows = []
    for staff_id in staff:
        for day in days:
            for start in sorted(rng.sample(slots, min(PER_DAY, len(slots)))):
                status = "booked"
                if day < today:
                    status = rng.choices(("arrived", "no_show", "booked"), (75, 15, 10))[0]
                rows.append({"beneficiary_id": rng.choice(people), "staff_id": staff_id, "kind": "desk", "day": day,
                             "starts_at": start, "minutes": hours.slot_minutes, "purpose": rng.choice(_PURPOSES),
                             "status": status, "booked_by_id": staff_id})
    rows.sort(key=lambda r: (r["day"], r["starts_at"]))
    by_year: dict[int, int] = {}
    for row in rows:
        by_year[to_hijri(row["day"]).year] = by_year.get(to_hijri(row["day"]).year, 0) + 1
    first = {year: reserve_in_sequence(session, f"appointment:{year}", count) for year, count in by_year.items()}
    now = datetime.now(UTC)
    for row in rows:
        year = to_hijri(row["day"]).year
        row["reference"] = f"{year}/{first[year]:05d}"
        first[year] += 1
        row["created_at"] = row["updated_at"] = now
        row["version_id"] = 1
        recorded = row["status"] != "booked"
        row["recorded_at"], row["recorded_by_id"] = (now, row["staff_id"]) if recorded else (None, None)
    session.execute(insert(Appointment), rows)
    return len(rows)
