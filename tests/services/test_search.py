"""The front desk's search on a real index: spellings, article, digits, IDs, phones, paging."""

from datetime import date

import pytest

from charity_desk.db.models import Beneficiary
from charity_desk.services.beneficiaries import PageKey, fill_search_text, join_name
from charity_desk.services.demo import generate_demo

PEOPLE = [
    ("أحمد", "عبدالله", "محمد", "الشمري", "1012345672", "+966551234567"),
    ("فاطمة", "عبد الرحمن", "سعد", "العتيبي", "1058529940", "+966501112233"),
    ("إبراهيم", "خالد", "علي", "القحطاني", "2034567897", "+966569998877"),
]


@pytest.fixture
def people(services, admin):
    with services.db.session() as session:
        for first, father, grandfather, family, nid, mobile in PEOPLE:
            person = Beneficiary(
                first_name=first,
                father_name=father,
                grandfather_name=grandfather,
                family_name=family,
                full_name=join_name(first, father, grandfather, family),
                national_id=nid,
                gender="male",
                mobile=mobile,
                birth_date=date(1980, 1, 1),
            )
            fill_search_text(person)
            session.add(person)
    return services.acting_as(admin).beneficiaries


def names(results):
    return [r.full_name.split()[0] for r in results]


@pytest.mark.parametrize(
    "query",
    [
        "احمد",
        "أحمد",
        "إحمد",
        "أَحْمَد",
        "احم",
        "شمري",
        "الشمري",
        "الشم",
        "احمد شمر",
        "عبدالله",
        "عبد الله",
        "احمد محمد الشمري",
    ],
)
def test_any_spelling_and_part_of_the_name(people, query):
    assert names(people.search(query)) == ["أحمد"]


@pytest.mark.parametrize("query", ["فاطمه", "فاطمة عتيبي", "عبدالرحمن", "عبد الرحمن"])
def test_teh_marbuta_and_compound_names(people, query):
    assert names(people.search(query)) == ["فاطمة"]


@pytest.mark.parametrize(
    "query", ["1012345672", "١٠١٢٣٤٥٦٧٢", "101234", "0551234567", "٠٥٥١٢٣٤٥٦٧", "551234", "966551234567"]
)
def test_national_id_and_phone_in_any_digits(people, query):
    assert names(people.search(query)) == ["أحمد"]


def test_no_match_and_empty_query(people):
    assert people.search("زكريا") == []
    assert people.search("   ") == []
    assert people.search("أحمد القحطاني") == []


def test_results_carry_display_phone(people):
    (result,) = people.search("1012345672")
    assert result.mobile == "055 123 4567"
    assert result.national_id == "1012345672"


def test_keyset_pages_cover_everyone_once(services, admin):
    generate_demo(services.db, admin, 120, seed=3)
    beneficiaries = services.acting_as(admin).beneficiaries
    seen, key = [], None
    while page := beneficiaries.page(key, 25):
        seen.extend(page)
        key = PageKey(page[-1].full_name, page[-1].id)
    assert len(seen) == len({s.id for s in seen}) == beneficiaries.count() == 120
    assert [(s.full_name, s.id) for s in seen] == sorted((s.full_name, s.id) for s in seen)


def test_demo_people_are_valid_and_findable(services, admin):
    from charity_desk.domain.national_id import validate_national_id
    from charity_desk.domain.phone import normalize_mobile

    generate_demo(services.db, admin, 200, seed=11)
    beneficiaries = services.acting_as(admin).beneficiaries
    page = beneficiaries.page(None, 200)
    assert len(page) == 200
    for person in page[:40]:
        assert validate_national_id(person.national_id) == person.national_id
        assert normalize_mobile(person.mobile)
        assert person.id in [r.id for r in beneficiaries.search(person.national_id)]
    assert {p.region for p in page} <= set(
        __import__("charity_desk.reference", fromlist=["regions"]).regions()
    )


def test_demo_has_applications_in_every_state(services, admin):
    from charity_desk.domain.application_flow import State

    result = generate_demo(services.db, admin, 300, seed=5, application_share=1.0)
    assert result.applications == 300
    applications = services.acting_as(admin).applications
    seen = {a.state for a in applications.queue(frozenset(State), limit=1000)}
    assert seen == set(State)
    verified = applications.queue(frozenset({State.ENROLLED}), limit=1)[0]
    view = applications.view(verified.id)
    assert view.checklist_complete
    assert [t.to_state for t in view.transitions][-1] is State.ENROLLED


def _add(session, first, father="محمد", family="الحربي", national_id="", mobile="", researcher=None):
    person = Beneficiary(first_name=first, father_name=father, family_name=family, gender="male",
                         full_name=join_name(first, father, family), national_id=national_id, mobile=mobile,
                         assigned_researcher_id=researcher)
    fill_search_text(person)
    session.add(person)
    session.flush()
    return person.id


def _ids(count: int, start: int) -> list[str]:
    from charity_desk.domain.national_id import complete_with_check_digit

    return [complete_with_check_digit(f"1{n:08d}") for n in range(start, start + count)]


@pytest.fixture
def crowd(services):
    """70 people whose father is أحمد, registered after the 3 whose first name is أحمد, and a few
    whose first name only starts with it or whose family name contains it."""
    ids = iter(_ids(90, 20000))
    made = {"first": [], "father": [], "prefix": [], "family": []}
    with services.db.session() as session:
        for father in ("خالد", "سعد", "عبدالله"):
            made["first"].append(_add(session, "أحمد", father, national_id=next(ids)))
        for index in range(70):
            made["father"].append(_add(session, "سالم" if index % 2 else "فهد", "أحمد", national_id=next(ids)))
        made["prefix"].append(_add(session, "أحمدي", national_id=next(ids)))
        made["family"].append(_add(session, "ماجد", "علي", "الأحمدي", national_id=next(ids)))
    return made


def test_first_names_equal_to_the_word_come_first_and_the_count_is_true(services, admin, crowd):
    people = services.acting_as(admin).beneficiaries
    first = people.search_page("احمد", None, 50)
    assert [r.id for r in first.rows[:3]] == sorted(crowd["first"], reverse=True)
    assert {r.id for r in first.rows[3:]} <= set(crowd["father"])
    assert people.search_count("احمد") == 75
    assert people.search_count("أحمد خالد") == 1


def test_pages_follow_the_ranking_and_cover_every_match_once(services, admin, crowd):
    people = services.acting_as(admin).beneficiaries
    seen, after = [], None
    while True:
        page = people.search_page("احمد", after, 20)
        seen += [r.id for r in page.rows]
        if page.after is None:
            break
        after = page.after
    assert len(seen) == len(set(seen)) == 75
    order = crowd["first"] + crowd["father"] + crowd["prefix"] + crowd["family"]
    rank = {id_: tier for tier, group in enumerate(("first", "father", "prefix", "family")) for id_ in crowd[group]}
    assert [rank[i] for i in seen] == sorted(rank[i] for i in order)


def test_typed_words_in_name_order_rank_before_the_same_words_elsewhere(services, admin):
    ids = iter(_ids(2, 30000))
    with services.db.session() as session:
        later = _add(session, "محمد", "أحمد", national_id=next(ids))
        in_order = _add(session, "أحمد", "محمد", national_id=next(ids))
    people = services.acting_as(admin).beneficiaries
    assert [r.id for r in people.search("أحمد محمد")] == [in_order, later]
    assert [r.id for r in people.search("محمد أحمد")] == [later, in_order]


@pytest.mark.parametrize(("written", "typed"), [
    ("عبدالرحمن", "عبد الرحمن"), ("عبد الرحمن", "عبدالرحمن"), ("أبو بكر", "ابوبكر"), ("ابوبكر", "أبو بكر"),
    ("عبدالعزيز", "عبد العزيز"), ("نور الدين", "نورالدين"), ("نورالدين", "نور الدين"), ("عبد الله", "عبدالله"),
])
def test_compound_names_joined_or_apart_find_each_other(services, admin, written, typed):
    with services.db.session() as session:
        wanted = _add(session, written, national_id=_ids(1, 40000)[0])
        _add(session, "عبدالله" if "الله" not in written else "عبدالرحمن", national_id=_ids(1, 40001)[0])
    found = services.acting_as(admin).beneficiaries.search(typed)
    assert [r.id for r in found][:1] == [wanted]
    assert len(found) == 1


@pytest.mark.parametrize("typed", [
    "0551234567", "551234567", "966551234567", "+966551234567", "00966551234567", "+966 055 123 4567",
    "055 123 4567", "055-123-4567", "(055) 123-4567", "٠٥٥١٢٣٤٥٦٧", "+٩٦٦٥٥١٢٣٤٥٦٧", "00966 55", "+966-55-12",
])
def test_a_mobile_in_any_common_form_finds_its_person(people, typed):
    assert names(people.search(typed)) == ["أحمد"]


@pytest.fixture
def caseload(services, admin):
    """A social researcher with 48 files among 240 where many names match."""
    from charity_desk.domain.roles import Role

    users = services.acting_as(admin).users
    researcher = users.create("res", "الباحثة", Role.SOCIAL_RESEARCHER, "researcher 123").id
    ids = iter(_ids(240, 50000))
    own = []
    with services.db.session() as session:
        for index in range(240):
            mine = index % 5 == 0
            person_id = _add(session, ("أحمد", "سالم", "فهد")[index % 3], ("أحمد", "خالد")[index % 2],
                             national_id=next(ids), researcher=researcher if mine else None)
            if mine:
                own.append(person_id)
    return services.acting_as(services.auth.login("res", "researcher 123")), set(own)


@pytest.mark.parametrize("query", ["احمد", "احمد خالد", "فهد", "سال", "1000500"])
def test_researcher_search_agrees_with_the_caseload_rule_and_the_administrators_search(
        services, admin, caseload, query):
    from sqlalchemy import select

    researcher, own = caseload
    everyone = services.acting_as(admin).beneficiaries
    every_match = [r.id for r in everyone.search(query, limit=1000)]
    with researcher.db.read_session() as session:  # the ORM's caseload rule
        allowed = set(session.scalars(select(Beneficiary.id)))
    assert allowed == own
    seen, after = [], None
    while True:
        page = researcher.beneficiaries.search_page(query, after, 7)
        seen += [r.id for r in page.rows]
        if page.after is None:
            break
        after = page.after
    assert seen == [i for i in every_match if i in own]  # the same ranking, only the caseload
    assert researcher.beneficiaries.search_count(query) == len(seen) > 0
    assert everyone.search_count(query) > len(seen)
