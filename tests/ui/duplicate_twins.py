"""Files registered twice for the review queue's tests: real rows, found by the real scan."""

from sqlalchemy import select

from charity_desk.db.models import Beneficiary
from charity_desk.services.beneficiaries import fill_search_text

_COPIED = ("first_name", "father_name", "grandfather_name", "family_name", "full_name", "gender", "birth_date",
           "mobile", "nationality", "marital_status", "region", "city")


def register_twice(db, count: int) -> list[tuple[int, int]]:
    """The first ``count`` people registered a second time, as happens at a busy desk: the same person
    with the national ID's last two digits swapped, no second mobile and another district."""
    made = []
    with db.session() as session:
        people = session.scalars(select(Beneficiary).order_by(Beneficiary.id).limit(count)).all()
        for person in people:
            number = person.national_id
            twin = Beneficiary(**{f: getattr(person, f) for f in _COPIED},
                               national_id=number[:-2] + number[-1] + number[-2] if number[-1] != number[-2]
                               else number[:-1] + str((int(number[-1]) + 1) % 10),
                               district="حي الملز", street="شارع الأمير سلطان")
            fill_search_text(twin)
            session.add(twin)
            session.flush()
            made.append((person.id, twin.id))
    return made
