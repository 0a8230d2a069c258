"""Households across files: linking by national ID and by naming each other, kept in step with every
change, rebuilt for the whole register, and the household's money counted once per person."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from charity_desk.db.household_index import link_everything
from charity_desk.db.models import HouseholdLink, HouseholdMembership
from charity_desk.domain.roles import Role
from charity_desk.services.actor import Actor
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput
from services.household_world import TODAY, build_household, national_id, register


@pytest.fixture
def world(services, admin):
    acting = services.acting_as(admin)
    return acting, build_household(acting)


def _links(services) -> set[tuple[int, int, str]]:
    with services.db.read_session() as session:
        rows = session.execute(select(HouseholdLink.beneficiary_id, HouseholdLink.relative_id, HouseholdLink.basis))
        return {tuple(row) for row in rows}


def _households(services) -> dict[int, int]:
    with services.db.read_session() as session:
        return dict(session.execute(select(HouseholdMembership.beneficiary_id, HouseholdMembership.household_key)).all())


def test_an_id_on_a_family_list_and_people_who_name_each_other_are_linked_both_ways(services, world):
    acting, h = world
    assert _links(services) == {(h.father, h.son, "national_id"), (h.father, h.mother, "named"),
                                (h.mother, h.father, "named")}
    assert _households(services) == {h.father: h.father, h.mother: h.father, h.son: h.father}
    father = acting.households.view(h.father)
    assert {(f.beneficiary_id, f.relation, f.relation_side) for f in father.files} == {
        (h.son, "son", "listed"), (h.mother, "spouse", "listed")}
    son = acting.households.view(h.son)  # both ways: the son's file shows the father who lists him
    assert {(f.beneficiary_id, f.relation, f.relation_side) for f in son.files} == {
        (h.father, "son", "lists"), (h.mother, "", "through")}
    assert h.stranger not in {f.beneficiary_id for f in father.files}
    assert acting.households.view(h.stranger).files == ()


def test_the_household_counts_each_person_once(services, world):
    acting, h = world
    money = acting.households.view(h.son).money
    # father, mother, son and the daughter both parents list (spelt «منيرة» and «منيره»)
    assert money.size == 4
    assert money.total_income == Decimal("4000.00")
    assert money.income_per_person == Decimal("1000.00")
    shown = {f.beneficiary_id: f.monthly_income for f in acting.households.view(h.son).files}
    assert shown == {h.father: Decimal("3000.00"), h.mother: Decimal("1000.00")}


def test_naming_someone_who_does_not_name_you_back_links_nobody(services, world):
    acting, h = world
    acting.file_edits.add_family_member(h.stranger, FamilyMemberInput("سعد محمد الشمري", "brother"), today=TODAY)
    assert h.stranger not in {a for link in _links(services) for a in link[:2]}


def test_links_follow_corrections_and_removals(services, world):
    acting, h = world
    file = acting.files.open(h.father)
    son_row = next(m for m in file.family if m.relation == "son")
    acting.file_edits.update_family_member(son_row.id, son_row.version, FamilyMemberInput(
        "فهد سعد الشمري", "son", national_id(1009)), reason="رقم الهوية صحح", today=TODAY)
    assert (h.father, h.son, "national_id") not in _links(services)
    assert h.son not in _households(services)
    wife = next(m for m in file.family if m.relation == "spouse")
    acting.file_edits.remove_family_member(wife.id, "خطأ في الإدخال")
    assert _links(services) == set() and _households(services) == {}


def test_a_new_file_whose_id_is_already_on_a_list_is_linked_when_registered(services, world):
    acting, h = world
    acting.file_edits.add_family_member(h.mother, FamilyMemberInput("هند سعد الشمري", "daughter", national_id(1005),
                                                                    gender="female"), today=TODAY)
    daughter = register(acting, 1005, "هند", "سعد", "محمد", "الشمري", gender="female")
    assert (h.mother, daughter, "national_id") in _links(services)
    assert _households(services)[daughter] == h.father


def test_a_renamed_file_is_linked_by_its_new_name(services, world):
    acting, h = world
    acting.file_edits.add_family_member(h.stranger, FamilyMemberInput("مها ناصر الحربي", "spouse", gender="female"),
                                        today=TODAY)
    wife = register(acting, 1006, "مها", "ناصر", "سالم", "القحطاني", gender="female")
    acting.file_edits.add_family_member(wife, FamilyMemberInput("خالد سعد الشمري", "spouse"), today=TODAY)
    assert wife not in _households(services)  # her file's name is not the one on his list yet
    person = acting.files.open(wife).person
    acting.file_edits.update_person(wife, person.version, PersonInput(
        first_name="مها", father_name="ناصر", grandfather_name="سالم", family_name="الحربي",
        national_id=person.national_id, gender="female", birth_date=person.birth_date, mobile=person.mobile,
        region=person.region, city=person.city), reason="اسم العائلة", today=TODAY)
    assert _households(services)[wife] == min(wife, h.stranger)


def test_rebuilding_the_whole_register_gives_the_same_links(services, world):
    before_links, before_households = _links(services), _households(services)
    with services.db.session() as session:
        counted = link_everything(session.connection())
    assert (counted.links, counted.households) == (3, 1)
    assert _links(services) == before_links and _households(services) == before_households


def test_rebuilding_is_an_administrators_command(services, world):
    acting, _h = world
    assert acting.households.link_everything().households == 1
    front_desk = services.acting_as(Actor(None, "desk", "موظف", Role.FRONT_DESK))
    with pytest.raises(PermissionDenied):
        front_desk.households.link_everything()


def test_a_researcher_sees_only_the_household_files_in_their_caseload(services, world):
    acting, h = world
    acting.users.create("res", "الباحثة", Role.SOCIAL_RESEARCHER, "researcher pass 1")
    researcher = services.acting_as(services.auth.login("res", "researcher pass 1"))
    researcher_id = researcher.actor.user_id
    acting.visits.assign(h.father, researcher_id)
    acting.visits.assign(h.son, researcher_id)
    view = researcher.households.view(h.father)
    assert [f.beneficiary_id for f in view.files] == [h.son]
    assert view.not_shown == 1


def test_a_merge_moves_the_links_to_the_survivor_and_undo_brings_them_back(services, world):
    acting, h = world
    # The son registered a second time (another ID); his father's list holds the second ID.
    again = register(acting, 1007, "فهد", "سعد", "محمد", "الشمري")
    acting.file_edits.add_family_member(h.father, FamilyMemberInput("فهد سعد الشمري", "son", national_id(1007)),
                                        today=TODAY)
    assert (h.father, again, "national_id") in _links(services)
    merged = acting.merges.merge(h.son, again)
    assert (h.father, again, "national_id") not in _links(services)
    assert again not in _households(services)
    with services.db.read_session() as session:
        listed = session.scalar(select(func.count(HouseholdLink.id)).where(HouseholdLink.relative_id == h.son))
    assert listed == 2  # both rows of the father's list (the first and the second ID) are the survivor
    acting.merges.undo(merged.merge_id)
    assert (h.father, again, "national_id") in _links(services)
    assert _households(services)[again] == h.father


def test_an_anonymized_file_leaves_its_household(services, world):
    from charity_desk.services.file_anonymizer import anonymize_files

    _acting, h = world
    with services.db.session() as session:
        assert anonymize_files(session, [h.father]) == 1
    assert _links(services) == set() and _households(services) == {}
