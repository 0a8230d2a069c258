"""The files due for re-verification counted from the days files were last confirmed
(``confirmation_day_total``, kept by the database's triggers): after any mix of writes -- registering,
confirming, suspending, a merge, a file deleted, a date written directly -- the kept days equal a recount
of the files, and the count the re-verification tab shows equals the files it lists."""

from collections import Counter
from datetime import date

from sqlalchemy import delete, select, update

from charity_desk.db.models import Beneficiary, ConfirmationDayTotal
from charity_desk.services.person_input import PersonInput

TODAY = date(2026, 12, 6)
PEOPLE = [("1012345672", "0551234567", "نورة"), ("1058529940", "0501112233", "خالد"),
          ("2034567897", "0569998877", "سامي"), ("1000000008", "0541230000", "منى"),
          ("1000000016", "0541230001", "هند")]


def _kept(services) -> dict:
    with services.db.read_session() as session:
        kept = {row[0]: row[1] for row in session.execute(
            select(ConfirmationDayTotal.confirmed_on, ConfirmationDayTotal.files)) if row[1]}
        recount = Counter(day or date(1, 1, 1) for day in session.scalars(
            select(Beneficiary.verified_on).where(Beneficiary.status == "active", Beneficiary.merged_into_id.is_(None))))
    assert kept == dict(recount)
    return kept


def _due(acting, period_days: int = 365) -> tuple[int, int]:
    """(the count shown, the files listed)."""
    listed = acting.lists.reverification_due(period_days, TODAY)
    return listed.count(), len(listed.page(None, 100))


def test_the_kept_days_follow_every_write_and_count_the_files_listed(services, admin):
    acting = services.acting_as(admin)
    people = [acting.registration.register(PersonInput(
        first_name=first, father_name="محمد", grandfather_name="علي", family_name="الشمري", national_id=national_id,
        gender="male", birth_date=date(1980, 1, 1), mobile=mobile), today=TODAY) for national_id, mobile, first in PEOPLE]
    assert _kept(services) == {TODAY: 5}  # registered today: checked with the person
    assert _due(acting) == (0, 0)
    with services.db.session() as session:  # as files registered before the checks were kept
        session.execute(update(Beneficiary).values(verified_on=None))
    assert _kept(services) == {date(1, 1, 1): 5}
    assert _due(acting) == (5, 5)

    acting.reverification.confirm(people[0], today=TODAY)
    acting.reverification.confirm(people[1], today=date(2025, 1, 10))   # confirmed, but before the period
    acting.reverification.suspend([people[2]], "لم يُعثر على الأسرة")
    with services.db.session() as session:
        session.execute(update(Beneficiary).where(Beneficiary.id == people[3]).values(merged_into_id=people[4]))
    assert _kept(services) == {date(1, 1, 1): 1, TODAY: 1, date(2025, 1, 10): 1}
    assert _due(acting) == (2, 2) and _due(acting, 30) == (2, 2) and _due(acting, 1095) == (1, 1)

    acting.reverification.confirm(people[2], today=date(2026, 6, 1))     # active again, confirmed in June
    with services.db.session() as session:
        session.execute(update(Beneficiary).where(Beneficiary.id == people[3]).values(merged_into_id=None))
        session.execute(update(Beneficiary).where(Beneficiary.id == people[4]).values(verified_on=TODAY))
        session.execute(delete(Beneficiary).where(Beneficiary.id == people[0]))
    assert _kept(services) == {date(1, 1, 1): 1, TODAY: 1, date(2025, 1, 10): 1, date(2026, 6, 1): 1}
    assert _due(acting) == (2, 2) and _due(acting, 30) == (3, 3)
