"""A merged file (``merged_into_id`` set) is a pointer to its survivor, not a person: the figures,
lists and look-ups that count or list people leave it out, and a look-up by its national ID lands on
the survivor, where the person's records are."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, text
from tests.services.test_merge_files import world  # noqa: F401  (the fixture: two files of one person)
from tests.services.test_retention import AS_OF, OLD, OLD_ID, OLD_NAME, _at, people  # noqa: F401

from charity_desk.db.models import Application, Beneficiary
from charity_desk.domain.address import NationalAddress
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.person_input import PersonInput
from charity_desk.services.programs import ProgramInput

TWIN_ID = "1023456781"


def _national_id(services, beneficiary_id: int) -> str:
    with services.db.read_session() as session:
        return session.get(Beneficiary, beneficiary_id).national_id


def test_the_dashboard_counts_each_person_served_once_after_a_merge(services, world):  # noqa: F811
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    period = DashboardFilter(date.today() - timedelta(days=3650), date.today() + timedelta(days=1))
    with services.db.read_session() as session:
        served = set(session.scalars(text("SELECT DISTINCT beneficiary_id FROM service_delivery")))
    assert {merged, survivor} <= served  # both files were served: two people before the merge
    before = acting.dashboard.figures(period)
    assert before.beneficiaries_served == len(served)

    acting.merges.merge(survivor, merged)

    after = acting.dashboard.figures(period)
    assert after.beneficiaries_served == len(served) - 1
    assert sum(after.served_by_region.values()) == sum(after.served_by_gender.values()) == len(served) - 1


def test_the_walk_in_look_up_of_a_merged_files_id_answers_with_the_survivor(services, world):  # noqa: F811
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    merged_id_number = _national_id(services, merged)
    assert acting.beneficiaries.registered_with(merged_id_number).id == merged

    acting.merges.merge(survivor, merged)

    found = acting.beneficiaries.registered_with(merged_id_number)
    assert found is not None and found.id == survivor
    assert acting.beneficiaries.registered_with(_national_id(services, survivor)).id == survivor
    assert acting.beneficiaries.registered_with("1000000008") is None


def _old_twin(services, acting, survivor: int) -> int:
    """A second file of the old person, registered under another ID, merged into the first."""
    twin = acting.registration.register(PersonInput(
        OLD_NAME, "سعد", "", "الدوسري", TWIN_ID, "female", date(1970, 8, 9), "0557654321", region="الرياض",
        city="الرياض", address=NationalAddress(street="شارع التحلية", district="العليا", building_number="1234")),
        today=date(2012, 3, 4), confirmed_not_duplicate=True)
    acting.merges.merge(survivor, twin)
    _at(OLD, twin, services)
    _at(OLD, survivor, services)
    return twin


def test_retention_flags_the_person_once_and_the_merged_file_goes_with_its_survivor(
        people, services, admin_password):  # noqa: F811
    acting, old, _recent = people
    twin = _old_twin(services, acting, old)

    run = acting.retention.find_past_retention(today=AS_OF)
    files = {f.record_id for f in run.flags if f.category == "beneficiary_file"}
    assert files == {old} and run.counts["beneficiary_file"] == 1

    records = acting.retention.approve(run.id, admin_password)
    assert {r.category: r.record_count for r in records}["beneficiary_file"] == 1  # one person anonymized
    with services.db.read_session() as session:
        for person in (session.get(Beneficiary, old), session.get(Beneficiary, twin)):
            assert OLD_NAME not in person.full_name and person.national_id not in (OLD_ID, TWIN_ID)
            assert not person.mobile and not person.search_text and not person.absorbed_national_ids
    assert not acting.beneficiaries.search(TWIN_ID) and acting.beneficiaries.registered_with(TWIN_ID) is None


def test_the_legal_hold_lists_the_person_not_the_merged_file(people, services):  # noqa: F811
    acting, old, _recent = people
    twin = _old_twin(services, acting, old)
    with services.db.session() as session:  # a hold written on the file before it was merged
        session.get(Beneficiary, twin).legal_hold = True

    acting.retention.place_hold(TWIN_ID, "مطالبة قضائية قائمة")  # the merged file's ID: the hold goes on the person

    assert [h.beneficiary_id for h in acting.retention.legal_holds()] == [old]
    assert [row.beneficiary_id for _key, row in acting.lists.legal_holds().page(None, 100)] == [old]
    assert acting.lists.legal_holds().count() == 1


def test_an_imported_row_with_a_merged_files_id_applies_for_the_survivor(people, services, tmp_path):  # noqa: F811
    acting, old, _recent = people
    _old_twin(services, acting, old)
    acting.programs.save(ProgramInput(code="RAMADAN", name="سلة رمضان", kind="in_kind", instructions="مرة في السنة."))
    keys = ("first_name", "father_name", "family_name", "national_id", "gender", "birth_date", "mobile", "consent")
    path = tmp_path / "eform.csv"
    path.write_text(",".join(keys) + "\n" + ",".join((OLD_NAME, "سعد", "الدوسري", TWIN_ID, "أنثى", "1970-08-09",
                                                       "0557654321", "نعم")) + "\n", encoding="utf-8")

    preview = acting.imports.preview(path, {k: i for i, k in enumerate(keys)}, "RAMADAN")

    assert [row.beneficiary_id for row in preview.rows] == [old] and not preview.rejections
    assert acting.imports.commit(preview).applications == 1
    with services.db.read_session() as session:
        assert session.scalars(select(Application.beneficiary_id)).all() == [old]
