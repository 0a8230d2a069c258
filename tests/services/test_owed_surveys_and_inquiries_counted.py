"""The surveys owed and the inquiry log are counted from their own table alone (not through the joins that
only add columns): the count still matches the rows listed, with answered ones among them, and a social
researcher's count holds only the files of their caseload."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from charity_desk.db.models import Beneficiary, Inquiry, ProgramSession, SurveyRequest
from charity_desk.domain.roles import Role
from charity_desk.services.programs import ProgramInput

PASSWORD = "researcher 123"


def _listed(keyset) -> list:
    rows, after = [], None
    while page := keyset.page(after, 3):
        rows += [row for _key, row in page]
        after = page[-1][0]
    return rows


def _owed_world(acting, researcher_id: int | None = None) -> tuple[int, int]:
    """Ten people (the even ones the researcher's), each owed a survey; every third one answered.
    Returns (owed, owed by the researcher's files)."""
    program = acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind",
                                                instructions="تسلم السلة شهريًا", requirements=()))
    now = datetime.now(UTC)
    people = [{"id": 500 + n, "first_name": f"مستفيد {n}", "full_name": f"مستفيد {n:02d}",
               "national_id": f"1{n:09d}", "gender": "male", "created_at": now, "updated_at": now,
               "assigned_researcher_id": researcher_id if n % 2 == 0 else None} for n in range(10)]
    requests = [{"session_id": 1, "program_id": program, "beneficiary_id": 500 + n, "questionnaire": "satisfaction",
                 "status": "answered" if n % 3 == 0 else "pending"} for n in range(10)]
    with acting.db.session() as session:
        session.execute(insert(Beneficiary), people)
        session.execute(insert(ProgramSession), [{"program_id": program, "name": "دورة", "starts_on": date.today(),
                                                  "status": "ended"}])
        session.execute(insert(SurveyRequest), requests)
    owed = [n for n in range(10) if n % 3]
    return len(owed), len([n for n in owed if n % 2 == 0])


def test_the_surveys_owed_are_counted_as_listed_with_answered_ones_among_them(services, admin):
    acting = services.acting_as(admin)
    owed, _ = _owed_world(acting)
    keyset = acting.lists.pending_surveys()
    rows = _listed(keyset)
    assert keyset.count() == len(rows) == owed
    assert [row.id for row in rows] == sorted(row.id for row in rows)  # the oldest first


def test_a_researcher_counts_only_the_surveys_owed_by_their_own_files(services, admin):
    acting = services.acting_as(admin)
    researcher_id = acting.users.create("res1", "الباحثة", Role.SOCIAL_RESEARCHER, PASSWORD).id
    owed, theirs = _owed_world(acting, researcher_id)
    assert 0 < theirs < owed
    researcher = services.acting_as(services.auth.login("res1", PASSWORD))
    keyset = researcher.lists.pending_surveys()
    rows = _listed(keyset)
    assert keyset.count() == len(rows) == theirs
    assert {row.beneficiary_name for row in rows} <= {f"مستفيد {n:02d}" for n in range(0, 10, 2)}


def test_the_open_inquiries_are_counted_as_listed(services, admin):
    acting = services.acting_as(admin)
    now = datetime.now(UTC)
    with acting.db.session() as session:
        session.execute(insert(Inquiry), [{"received_at": now - timedelta(minutes=n), "channel": "in_person",
                                           "question": f"سؤال {n}", "answer": "نعم" if n % 4 == 0 else "",
                                           "answered_at": now if n % 4 == 0 else None} for n in range(9)])
    every, open_only = acting.lists.inquiries(), acting.lists.inquiries(open_only=True)
    assert every.count() == len(_listed(every)) == 9
    assert open_only.count() == len(_listed(open_only)) == 6
