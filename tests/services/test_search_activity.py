"""Within a tier, the file with the most recent activity comes first, and keyset pages over it
neither skip nor repeat anyone, on SQLite's full-text index and on PostgreSQL alike."""

import random
from datetime import date

from charity_desk.db.models import Beneficiary
from charity_desk.domain.national_id import complete_with_check_digit
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.services.inquiries import InquiryInput
from charity_desk.services.registration import InterviewInput


def _register(services, names: list[tuple[str, str]], start: int) -> list[int]:
    with services.db.session() as session:
        people = []
        for number, (first, father) in enumerate(names, start=start):
            person = Beneficiary(first_name=first, father_name=father, family_name="العنزي", gender="male",
                                 full_name=join_name(first, father, "العنزي"),
                                 national_id=complete_with_check_digit(f"1{number:08d}"), birth_date=date(1985, 3, 1))
            fill_search_text(person)
            session.add(person)
            people.append(person)
        session.flush()
        return [person.id for person in people]


def _all_pages(people, query: str, size: int) -> list[int]:
    seen, after = [], None
    while True:
        page = people.search_page(query, after, size)
        seen += [row.id for row in page.rows]
        if page.after is None:
            return seen
        after = page.after


def _ids(people, query: str) -> list[int]:
    return [row.id for row in people.search(query, limit=500)]


def test_the_file_with_the_latest_activity_comes_first_in_its_tier(services, admin):
    older, newer = _register(services, [("أحمد", "سالم"), ("أحمد", "فهد")], 60000)
    acting = services.acting_as(admin)
    people = acting.beneficiaries
    assert _ids(people, "احمد") == [newer, older]  # a new file is activity too: the newest first

    acting.inquiries.log(InquiryInput(channel="phone_letter", question="موعد الصرف", beneficiary_id=older))
    assert _ids(people, "احمد") == [older, newer]

    acting.file_edits.log_contact(newer, InterviewInput(channel="in_person", reason="استفسار"))
    assert _ids(people, "احمد") == [newer, older]

    # The tier still comes first: a whole first name before a father's name, whatever the activity.
    (father_only,) = _register(services, [("سعد", "أحمد")], 60010)
    acting.inquiries.log(InquiryInput(channel="phone_letter", question="سؤال", beneficiary_id=father_only))
    assert _ids(people, "احمد") == [newer, older, father_only]


def test_reading_a_file_is_not_activity(services, admin):
    older, newer = _register(services, [("خالد", "سالم"), ("خالد", "فهد")], 61000)
    acting = services.acting_as(admin)
    acting.files.open(older)
    assert _ids(acting.beneficiaries, "خالد") == [newer, older]


def test_keyset_pages_over_many_files_with_activity_neither_skip_nor_repeat(services, admin):
    shuffle = random.Random(15)
    names = [(shuffle.choice(["أحمد", "أحمد", "سالم", "أحمدي"]), shuffle.choice(["أحمد", "فهد", "ناصر"]))
             for _ in range(150)]
    ids = _register(services, names, 62000)
    acting = services.acting_as(admin)
    for person_id in shuffle.sample(ids, 60):  # activity in a random order, some files twice
        acting.inquiries.log(InquiryInput(channel="phone_letter", question="متابعة", beneficiary_id=person_id))
    people = acting.beneficiaries
    whole = _ids(people, "احمد")
    assert len(whole) == len(set(whole)) == people.search_count("احمد")
    for size in (1, 7, 20):
        assert _all_pages(people, "احمد", size) == whole
    # A file touched while someone pages moves to the front of its tier, one the pages have not
    # reached yet: it is listed once, earlier than before, and nobody is skipped.
    page = people.search_page("احمد", None, 10)
    seen = [row.id for row in page.rows]
    acting.inquiries.log(InquiryInput(channel="phone_letter", question="جديد", beneficiary_id=whole[-1]))
    after = page.after
    while after is not None:
        page = people.search_page("احمد", after, 10)
        seen += [row.id for row in page.rows]
        after = page.after
    assert len(seen) == len(set(seen)) == len(whole)
    assert set(seen) == set(whole) and seen.index(whole[-1]) < len(whole) - 1


def test_activity_inserted_in_bulk_ranks_its_files_too(services, admin):
    """As the e-form import writes its applications, and the demo its history: rows inserted in bulk."""
    from sqlalchemy import insert

    from charity_desk.db.models import ContactEntry

    older, newer = _register(services, [("ماجد", "سالم"), ("ماجد", "فهد")], 63000)
    people = services.acting_as(admin).beneficiaries
    assert _ids(people, "ماجد") == [newer, older]
    with services.db.session() as session:
        session.execute(insert(ContactEntry.__table__), [
            {"beneficiary_id": older, "kind": "call", "channel": "phone_letter", "reason": "متابعة", "asked": "",
             "answered": "", "minutes_spent": 2, "at": date(2026, 12, 1)}])
    assert _ids(people, "ماجد") == [older, newer]
