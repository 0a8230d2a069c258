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
