"""The work queues and a meeting's agenda read what they show from indexes, on real databases: a
researcher's queue from the researcher kept on each application (migration 0030's triggers follow every
assignment, new application and move), an open meeting's agenda in the order received, its counts from
the state index and the meeting's decisions."""

from datetime import date

import pytest
from sqlalchemy import event, select, update

from charity_desk.db.engine import is_sqlite
from charity_desk.db.models import Application
from charity_desk.domain.application_flow import WORK_QUEUES, State
from charity_desk.domain.roles import Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.committees import DecisionInput, MemberInput
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput

TODAY = date(2026, 11, 24)
PASSWORD = "researcher 123"
PEOPLE = [("1012345672", "0551234567", "نورة"), ("1058529940", "0501112233", "خالد"),
          ("2034567897", "0569998877", "سامي"), ("1000000008", "0541230000", "منى")]


def _to_committee(acting, application_id: int) -> None:
    for target in (State.UNDER_VERIFICATION, State.VERIFIED):
        acting.applications.transition(application_id, target)
    acting.applications.check_eligibility(application_id, today=TODAY)
    acting.applications.transition(application_id, State.READY_FOR_COMMITTEE)


@pytest.fixture
def world(services, admin):
    """Four files with an application each, ready for the committee; a researcher holding the first two."""
    acting = services.acting_as(admin)
    researcher = acting.users.create("res1", "الباحثة الأولى", Role.SOCIAL_RESEARCHER, PASSWORD).id
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="..."))
    people, applications = [], []
    for number, (national_id, mobile, first) in enumerate(PEOPLE):
        person = acting.registration.register(PersonInput(
            first_name=first, father_name="محمد", grandfather_name="علي", family_name="الشمري",
            national_id=national_id, gender="male", birth_date=date(1980, 1, 1), mobile=mobile), today=TODAY)
        if number < 2:
            acting.visits.assign(person, researcher)
        app_id = acting.applications.apply(person, program, "in_person", ConsentInput("written"))
        _to_committee(acting, app_id)
        people.append(person)
        applications.append(app_id)
    return acting, researcher, program, people, applications


def _researcher(services):
    return services.acting_as(services.auth.login("res1", PASSWORD))


def _queue_ids(acting, queue: str = "committee") -> tuple[list[int], int]:
    listed = acting.lists.application_queue(WORK_QUEUES[queue])
    return [key[-1] for key, _row in listed.page(None, 100)], listed.count()


def test_a_researchers_queue_follows_each_assignment_new_application_and_move(services, world):
    acting, researcher, _program, people, applications = world
    mine = _researcher(services)
    assert _queue_ids(mine) == (applications[:2], 2)

    acting.visits.assign(people[2], researcher)   # handed a file: its application joins the queue
    acting.visits.assign(people[0], None)         # a file taken away: its application leaves
    assert _queue_ids(mine) == (applications[1:3], 2)

    # A new application on a file of the caseload, and one moved onto it from another file (as a merge does).
    food = acting.programs.save(ProgramInput(code="FOOD", name="السلة الغذائية", kind="in_kind", instructions="..."))
    new = acting.applications.apply(people[1], food, "in_person", ConsentInput("written"))
    _to_committee(acting, new)
    with services.db.session() as session:
        session.execute(update(Application).where(Application.id == applications[3])
                        .values(beneficiary_id=people[2]))
    assert _queue_ids(mine) == ([*applications[1:], new], 4)
    # Everyone else's queue is the whole queue, whoever holds the files.
    assert _queue_ids(acting) == ([*applications, new], 5)
    with services.db.read_session() as session:
        kept = {row[0]: row[1] for row in session.execute(select(Application.id, Application.file_researcher_id))}
    assert kept == {applications[0]: None, applications[1]: researcher, applications[2]: researcher,
                    applications[3]: researcher, new: researcher}


def _plans(services, run) -> list[str]:
    """The query plan of every SELECT ``run`` sends to SQLite."""
    sent = []

    def keep(_connection, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))
    event.listen(services.db.engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", keep)
    with services.db.engine.connect() as connection:
        return [" ".join(str(row[3]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}",
                                                                         parameters))
                for statement, parameters in sent]


def test_a_researchers_queue_and_its_count_read_their_own_index(services, world):
    if not is_sqlite(services.db.engine):
        pytest.skip("SQLite's query plan")
    mine = _researcher(services)
    for queue in ("verification", "committee"):
        listed = mine.lists.application_queue(WORK_QUEUES[queue])
        plans = _plans(services, lambda listed=listed: (listed.page(None, 100), listed.count()))
        assert len(plans) == 2 and all("ix_application_researcher_queue" in plan for plan in plans), plans


@pytest.fixture
def meeting(world):
    acting, _researcher_id, _program, _people, applications = world
    committee = acting.committees.save_committee("لجنة المساعدات", 2, [
        MemberInput("أحمد السالم", "رئيس اللجنة", "chair"), MemberInput("هند القحطاني", "عضو")])
    meeting_id = acting.committees.open_meeting(committee, TODAY, "مقر الجمعية")
    view = acting.committees.meeting(meeting_id)
    acting.committees.set_attendance(meeting_id, {member.id: True for member in view.members})
    return acting, meeting_id, applications


def _agenda(acting, meeting_id) -> list[int]:
    """The agenda's applications as listed; its list counts what ``agenda_counts`` counts."""
    listed = acting.lists.agenda(meeting_id)
    assert listed.count() == acting.lists.agenda_counts(meeting_id).on_agenda
    return [key[-1] for key, _item in listed.page(None, 100)]


def test_the_agenda_and_its_counts_while_open_and_once_closed(services, meeting):
    acting, meeting_id, (first, second, third, fourth) = meeting
    counts = acting.lists.agenda_counts(meeting_id)
    assert (_agenda(acting, meeting_id), counts.on_agenda, counts.decided) == ([first, second, third, fourth], 4, 0)

    votes = {"votes_for": 2, "votes_against": 0, "votes_abstain": 0}
    acting.committees.record_decision(meeting_id, first, DecisionInput("rejected", reason_code="income_above_limit",
                                                                       **votes))
    acting.committees.record_decision(meeting_id, second, DecisionInput("deferred", missing="صك الإعالة", **votes))
    # Decided here, then moved on outside the meeting (a state written directly, as an old desk could):
    # still on the agenda, counted once.
    with services.db.session() as session:
        session.execute(update(Application).where(Application.id == second).values(state=State.WITHDRAWN.value))
    counts = acting.lists.agenda_counts(meeting_id)
    assert (_agenda(acting, meeting_id), counts.on_agenda, counts.decided) == ([first, second, third, fourth], 4, 2)
    listed = acting.lists.agenda(meeting_id)
    assert listed.one(second)[1].decision.outcome == "deferred" and listed.one(third)[1].decision is None

    with services.db.session() as session:
        session.execute(update(Application).where(Application.id == second)
                        .values(state=State.READY_FOR_COMMITTEE.value))
    acting.committees.close_meeting(meeting_id)
    counts = acting.lists.agenda_counts(meeting_id)
    assert (_agenda(acting, meeting_id), counts.on_agenda, counts.decided) == ([first, second], 2, 2)


def test_an_open_agendas_page_is_read_in_order_from_the_date_index(services, meeting):
    if not is_sqlite(services.db.engine):
        pytest.skip("SQLite's query plan")
    acting, meeting_id, _applications = meeting
    listed = acting.lists.agenda(meeting_id)
    page, = _plans(services, lambda: listed.page(None, 100))
    assert "ix_application_submitted_at" in page and "TEMP B-TREE" not in page, page
    for count in (lambda: acting.lists.agenda_counts(meeting_id), listed.count):
        counted = " ".join(_plans(services, count))
        assert "COVERING INDEX ix_application_state_submitted" in counted and "beneficiary" not in counted, counted


def test_the_meetings_are_listed_newest_first_from_their_date_index(services, meeting):
    if not is_sqlite(services.db.engine):
        pytest.skip("SQLite's query plan")
    acting, _meeting_id, _applications = meeting
    listed = acting.lists.meetings()
    page, = _plans(services, lambda: listed.page(None, 50))
    assert "ix_meeting_held_on" in page and "TEMP B-TREE" not in page, page
