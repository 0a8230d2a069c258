"""The training demo holds what real registers hold: people registered twice (found in the review
queue) and relatives with files of their own, each file naming the other in its family list."""

from sqlalchemy import func, select

from charity_desk.db.models import Beneficiary, DuplicatePair, FamilyMember, HouseholdMembership
from charity_desk.domain.national_id import luhn_ok
from charity_desk.services.actor import SYSTEM
from charity_desk.services.demo import REALISTIC, generate_demo


def test_the_demo_registers_some_people_twice_and_queues_them(services):
    result = generate_demo(services.db, SYSTEM, 1_000, seed=4, contacts_per_person=0, **REALISTIC)
    assert result.beneficiaries == 1_000
    with services.db.read_session() as session:
        assert session.query(Beneficiary).count() == 1_000
        pairs = session.execute(select(DuplicatePair.lower_id, DuplicatePair.higher_id, DuplicatePair.reasons,
                                       DuplicatePair.status)).all()
        people = {b.id: b for b in session.scalars(select(Beneficiary))}
    assert 10 <= len(pairs) <= 40 and {status for *_, status in pairs} == {"open"}
    for lower, higher, reasons, _ in pairs:
        assert "name_same" in reasons or "name_similar" in reasons
        assert people[lower].birth_date == people[higher].birth_date
    typos = [people[h] for _, h, reasons, _ in pairs if "id_one_digit" in reasons or "id_swapped" in reasons]
    assert typos and all(p.national_id_override_reason and not luhn_ok(p.national_id) for p in typos)


def test_the_demo_registers_relatives_who_name_each_other(services):
    result = generate_demo(services.db, SYSTEM, 1_000, seed=5, contacts_per_person=0, **REALISTIC)
    with services.db.read_session() as session:
        households = session.scalar(select(func.count(func.distinct(HouseholdMembership.household_key))))
        ids = dict(session.execute(select(Beneficiary.national_id, Beneficiary.id)).all())
        links = session.execute(select(FamilyMember.beneficiary_id, FamilyMember.national_id, FamilyMember.relation)
                                .where(FamilyMember.national_id != "")).all()
    named = {(owner, ids[national_id]) for owner, national_id, _ in links}
    assert len(named) >= 40
    assert all((other, owner) in named for owner, other in named)  # both ways
    assert {relation for *_, relation in links} <= {"spouse", "brother", "sister"}
    assert result.households >= 20 and households == result.households  # linked by the generator itself

