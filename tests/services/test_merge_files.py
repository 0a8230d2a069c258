"""Merging two files of one person, and undoing it, on a real database with the demo association's
records: every kind of record moves, the merged file becomes a pointer, undo restores both files
field by field and row by row, and every refusal is written as the attack it stops."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy import inspect as inspect_model

from charity_desk.db.models import Application, AuditEntry, Beneficiary, FileMerge, Housing, ServiceDelivery
from charity_desk.domain.application_flow import OPEN_STATES
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.actor import SYSTEM, Actor
from charity_desk.services.caseload import OutsideCaseload
from charity_desk.services.data_requests import DataRequestInput
from charity_desk.services.demo import generate_demo
from charity_desk.services.demo_activity import add_demo_activity
from charity_desk.services.errors import InvalidInput, PermissionDenied, StaleRecord
from charity_desk.services.file_edits import HealthInput, HousingInput
from charity_desk.services.households import relink
from charity_desk.services.merge_rules import RULES, Rule, reference_columns

PASSWORD = "correct horse 43"
#: Columns the database itself derives from a person's other rows (triggers), not moved by the merge.
DERIVED_COLUMNS = {"next_on", "program_next_on"}
MOVING = [reference for reference, rule in RULES.items() if rule in (Rule.MOVE, Rule.ONE_PER_FILE)]


def _open_programs(session, beneficiary_id: int) -> set[int]:
    return set(session.scalars(select(Application.program_id).where(
        Application.beneficiary_id == beneficiary_id, Application.state.in_([s.value for s in OPEN_STATES]))))


def _kinds(session, beneficiary_id: int) -> int:
    """How many kinds of records are attached to the file."""
    kinds = 0
    for reference in MOVING:
        _model, column, key = reference_columns(reference)
        kinds += session.scalar(select(func.count(key)).where(column == beneficiary_id)) > 0
    return kinds


@pytest.fixture
def world(services, admin, tmp_path):
    """The demo association; ``merged``: the file with the most kinds of records (and a document, a data
    request, housing and health of its own); ``survivor``: another file with records, no open
    application to the same program."""
    generate_demo(services.db, SYSTEM, 60, seed=3)
    add_demo_activity(services.db, SYSTEM, seed=3)
    with services.db.read_session() as session:
        people = list(session.scalars(select(Beneficiary.id).order_by(Beneficiary.id)))
        ranked = sorted(people, key=lambda p: -_kinds(session, p))
        merged = ranked[0]
        survivor = next(p for p in ranked[1:] if not _open_programs(session, p) & _open_programs(session, merged)
                        and session.get(Housing, p) is None)
    acting = services.acting_as(admin)
    scan = tmp_path / "id.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    acting.file_edits.attach_document(merged, "national_id", scan)
    acting.data_requests.receive(DataRequestInput("access", date.today(), beneficiary_id=merged))
    acting.file_edits.save_housing(merged, HousingInput("rented", "apartment", 3, Decimal("1500"), "good"))
    acting.file_edits.save_health(merged, HealthInput("سكري", "", "أنسولين"))
    acting.file_edits.save_health(survivor, HealthInput("ضغط", "", ""))
    with services.db.session() as session:  # the derived household index current, as after any edit
        relink(session, merged, survivor)
    return {"merged": merged, "survivor": survivor, "acting": acting}


def _rows(services, *files: int) -> dict[tuple[str, object], tuple]:
    """Every row referring to the files (all columns), and the files themselves (all but the lock and
    the last-change time, which move forward)."""
    found = {}
    with services.db.read_session() as session:
        for reference in MOVING:
            model, column, key = reference_columns(reference)
            for row in session.execute(select(*inspect_model(model).columns).where(column.in_(files))):
                found[(reference, row._mapping[key.key])] = tuple(row)
        kept = [c for c in inspect_model(Beneficiary).columns if c.key not in ("version_id", "updated_at")]
        for row in session.execute(select(*kept).where(Beneficiary.id.in_(files))):
            found[("beneficiary", row.id)] = tuple(row)
    return found


def _actor(services, admin, role: Role, username: str) -> Actor:
    services.acting_as(admin).users.create(username, "موظف", role, PASSWORD)
    return services.auth.login(username, PASSWORD)


def test_a_merge_moves_every_kind_of_record_and_undo_restores_both_files_exactly(services, admin, world):
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    before = _rows(services, merged, survivor)
    with services.db.read_session() as session:
        kinds = {ref for ref in MOVING if session.scalar(select(func.count()).select_from(
            reference_columns(ref)[0]).where(reference_columns(ref)[1] == merged))}
        other = session.get(Beneficiary, merged)
        taken_mobile, taken_city = other.mobile, other.city
    assert len(kinds) >= 12, kinds  # the test moves a real variety of records

    result = acting.merges.merge(survivor, merged, take_from_merged=("mobile", "city"))

    after = _rows(services, merged, survivor)
    with services.db.read_session() as session:
        for reference in kinds:
            model, column, key = reference_columns(reference)
            left = session.scalar(select(func.count(key)).where(column == merged))
            if reference == "health_record.beneficiary_id":  # the survivor had its own: the other's stays
                assert left == 1
                continue
            assert left == 0, f"{reference}: rows left on the merged file"
        person, pointer = session.get(Beneficiary, survivor), session.get(Beneficiary, merged)
        assert (person.mobile, person.city) == (taken_mobile, taken_city)
        assert pointer.merged_into_id == survivor
        assert session.get(Housing, survivor) is not None  # the survivor had none: the other's moved
    moved_rows = 0
    for key, row in before.items():
        if key[0] == "beneficiary":
            continue
        # A section keyed by its file (housing) moved under the survivor's key.
        moved = after[key] if key in after else after[(key[0], survivor)]
        model, column, _key = reference_columns(key[0])
        names = [c.key for c in inspect_model(model).columns]
        # Only the reference changed (to the survivor), nothing else of the row but what the database
        # derives from the person's other rows (a delivery's next delivery date, kept by triggers).
        differing = [names[i] for i, (a, b) in enumerate(zip(row, moved, strict=True))
                     if a != b and names[i] not in DERIVED_COLUMNS]
        assert differing in ([], [column.key]), (key, differing)
        if differing:
            assert (row[names.index(column.key)], moved[names.index(column.key)]) == (merged, survivor)
            moved_rows += 1
    assert sum(result.moved.values()) == moved_rows

    undone = acting.merges.undo(result.merge_id)

    assert undone.notes == ()
    restored = _rows(services, merged, survivor)
    assert set(restored) == set(before)
    for key, row in before.items():
        assert restored[key] == row, key  # field by field, row by row


def test_the_merged_file_is_a_pointer_to_the_survivor(services, admin, world):
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    with services.db.read_session() as session:
        merged_id_number = session.get(Beneficiary, merged).national_id
    everyone_before = acting.lists.beneficiaries().count() if hasattr(acting.lists, "beneficiaries") else None
    count_before = acting.beneficiaries.count()

    acting.merges.merge(survivor, merged)

    assert [p.id for p in acting.beneficiaries.search(merged_id_number)] == [survivor]
    assert acting.files.open(merged).person.id == survivor
    assert acting.beneficiaries.count() == count_before - 1
    listed = {row.id for row in acting.beneficiaries.page(None, 1000)}
    assert survivor in listed and merged not in listed
    if everyone_before is not None:
        assert acting.lists.beneficiaries().count() == everyone_before - 1
    with services.db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "beneficiary.merged")).one()
    assert entry.entity_id == str(survivor)
    assert json.loads(entry.details)["merged_file"] == merged


def test_undo_after_the_survivor_changed_keeps_the_later_change(services, admin, world):
    """The rule: undo puts back what the merge set only where nobody changed it since; a later change
    is kept and said, and what was added to the survivor after the merge stays with it."""
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    with services.db.read_session() as session:
        original_city = session.get(Beneficiary, survivor).city
        original_mobile = session.get(Beneficiary, survivor).mobile
    result = acting.merges.merge(survivor, merged, take_from_merged=("mobile", "city"))
    with services.db.session() as session:  # another desk corrects the mobile after the merge
        session.get(Beneficiary, survivor).mobile = "+966500000999"
        enrolment = session.scalars(select(ServiceDelivery).where(
            ServiceDelivery.beneficiary_id == survivor)).first()
        later = None
        if enrolment is not None:
            later = ServiceDelivery(enrolment_id=enrolment.enrolment_id, beneficiary_id=survivor,
                                    program_id=enrolment.program_id, kind="cash",
                                    delivered_on=date.today() + timedelta(days=1), amount=Decimal("50"))
            session.add(later)
            session.flush()
            later = later.id

    undone = acting.merges.undo(result.merge_id)

    with services.db.read_session() as session:
        person = session.get(Beneficiary, survivor)
        assert person.mobile == "+966500000999" != original_mobile  # the later change is kept
        assert person.city == original_city  # untouched since the merge: put back
        assert session.get(Beneficiary, merged).merged_into_id is None
        if later is not None:
            assert session.get(ServiceDelivery, later).beneficiary_id == survivor
    assert len(undone.notes) == 1
    assert "Mobile" in repr(undone.notes[0].params)  # the field named in the note


def test_a_user_without_the_permission_cannot_merge_even_through_the_service(services, admin, world):
    desk = services.acting_as(_actor(services, admin, Role.FRONT_DESK, "desk1"))
    with pytest.raises(PermissionDenied) as refused:
        desk.merges.merge(world["survivor"], world["merged"])
    assert refused.value.permission == Permission.DUPLICATES_REVIEW.value
    with services.db.read_session() as session:
        assert session.get(Beneficiary, world["merged"]).merged_into_id is None
        assert session.scalar(select(func.count(FileMerge.id))) == 0


def test_only_an_administrator_may_undo(services, admin, world):
    manager = services.acting_as(_actor(services, admin, Role.PROGRAM_MANAGER, "manager1"))
    result = manager.merges.merge(world["survivor"], world["merged"])  # a supervisor merges
    with pytest.raises(PermissionDenied) as refused:
        manager.merges.undo(result.merge_id)
    assert refused.value.permission == Permission.MERGE_UNDO.value
    with services.db.read_session() as session:
        assert session.get(Beneficiary, world["merged"]).merged_into_id == world["survivor"]
    world["acting"].merges.undo(result.merge_id)
    with pytest.raises(InvalidInput):  # and only once
        world["acting"].merges.undo(result.merge_id)


def test_merging_a_file_into_itself_or_into_a_merged_file_is_refused(services, admin, world):
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    with pytest.raises(InvalidInput):
        acting.merges.merge(survivor, survivor)
    acting.merges.merge(survivor, merged)
    with services.db.read_session() as session:
        third = session.scalar(select(Beneficiary.id).where(
            Beneficiary.id.not_in([merged, survivor]), Beneficiary.merged_into_id.is_(None)).limit(1))
    with pytest.raises(InvalidInput):
        acting.merges.merge(merged, third)  # into the merged file
    with pytest.raises(InvalidInput):
        acting.merges.merge(third, merged)  # the merged file again
    with services.db.read_session() as session:
        assert session.scalar(select(func.count(FileMerge.id))) == 1


def test_both_files_open_to_the_same_program_is_refused_and_nothing_changes(services, admin, world):
    acting = world["acting"]
    with services.db.read_session() as session:
        rows = session.execute(select(Application.program_id, Application.beneficiary_id).where(
            Application.state.in_([s.value for s in OPEN_STATES])).order_by(Application.id)).all()
    by_program: dict[int, list[int]] = {}
    for program_id, beneficiary_id in rows:
        by_program.setdefault(program_id, []).append(beneficiary_id)
    first, second = next(sorted(set(ids))[:2] for ids in by_program.values() if len(set(ids)) >= 2)
    before = _rows(services, first, second)
    with pytest.raises(InvalidInput) as refused:
        acting.merges.merge(first, second)
    assert "open application" in refused.value.message.text
    assert _rows(services, first, second) == before


def test_a_file_saved_after_the_comparison_is_refused(services, admin, world):
    acting = world["acting"]
    shown = acting.merges.compare(world["survivor"], world["merged"])
    with services.db.session() as session:
        session.get(Beneficiary, world["merged"]).city = "أبها"
    with pytest.raises(StaleRecord):
        acting.merges.merge(world["survivor"], world["merged"], survivor_version=shown.first.version,
                            merged_version=shown.second.version)


def test_a_reviewer_held_to_a_caseload_cannot_merge_a_file_outside_it(services, admin, world):
    researcher = _actor(services, admin, Role.SOCIAL_RESEARCHER, "res1")
    with services.db.session() as session:
        session.get(Beneficiary, world["survivor"]).assigned_researcher_id = researcher.user_id
    reviewer = Actor(researcher.user_id, researcher.username, researcher.full_name, Role.SOCIAL_RESEARCHER,
                     grants=researcher.permissions | {Permission.DUPLICATES_REVIEW})
    with pytest.raises(OutsideCaseload):
        services.acting_as(reviewer).merges.merge(world["survivor"], world["merged"])
    with services.db.read_session() as session:
        assert session.get(Beneficiary, world["merged"]).merged_into_id is None
    with services.db.session() as session:  # both files hers: the merge goes through
        session.get(Beneficiary, world["merged"]).assigned_researcher_id = researcher.user_id
    services.acting_as(reviewer).merges.merge(world["survivor"], world["merged"])
    with services.db.read_session() as session:
        assert session.get(Beneficiary, world["merged"]).merged_into_id == world["survivor"]


def test_the_comparison_shows_each_field_and_the_records_of_each_file(services, admin, world):
    shown = world["acting"].merges.compare(world["survivor"], world["merged"])
    assert shown.fields[0].field == "national_id" and "national_id" in shown.differences
    assert sum(shown.second.records.values()) > 0
    assert shown.second.records["stored_document"] == 1


def test_figures_count_merges_and_undos_in_the_period(services, admin, world):
    acting = world["acting"]
    result = acting.merges.merge(world["survivor"], world["merged"])
    acting.merges.undo(result.merge_id)
    today = date.today()
    figures = acting.merges.figures(today - timedelta(days=1), today + timedelta(days=1))
    assert (figures.merged, figures.undone) == (1, 1)
    assert acting.merges.figures(today - timedelta(days=30), today - timedelta(days=2)).merged == 0
    merges = acting.merges.history()
    assert merges.count() == 1
    ((_key, row),) = merges.page(None, 10)
    assert row.undone and row.survivor_id == world["survivor"]


def test_a_chain_of_merges_keeps_pointers_one_step_and_undo_goes_back_in_order(services, admin, world):
    """C merged into B, then B into A: C points at A (never at a hidden file); undoing B→A is refused
    while A is itself merged into another file, and once done C points at B again."""
    acting = world["acting"]
    with services.db.read_session() as session:
        a, b, c, d = session.scalars(select(Beneficiary.id).where(
            Beneficiary.id.not_in([world["merged"]])).order_by(Beneficiary.id.desc()).limit(4)).all()
        number_of_c = session.get(Beneficiary, c).national_id
    acting.merges.merge(b, c)
    second = acting.merges.merge(a, b)
    with services.db.read_session() as session:
        assert session.get(Beneficiary, c).merged_into_id == a
    assert [p.id for p in acting.beneficiaries.search(number_of_c)] == [a]
    third = acting.merges.merge(d, a)
    with pytest.raises(InvalidInput):
        acting.merges.undo(second.merge_id)  # A is merged into D now: that merge first
    acting.merges.undo(third.merge_id)
    acting.merges.undo(second.merge_id)
    with services.db.read_session() as session:
        assert session.get(Beneficiary, c).merged_into_id == b
        assert session.get(Beneficiary, b).merged_into_id is None
    assert [p.id for p in acting.beneficiaries.search(number_of_c)] == [b]


def test_after_undo_the_merged_id_finds_its_own_file_again(services, admin, world):
    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    with services.db.read_session() as session:
        number = session.get(Beneficiary, merged).national_id
    result = acting.merges.merge(survivor, merged)
    acting.merges.undo(result.merge_id)
    assert [p.id for p in acting.beneficiaries.search(number)] == [merged]
    assert acting.files.open(merged).person.id == merged


def test_the_merged_file_leaves_the_lists_of_people(services, admin, world, tmp_path):
    """Re-verification (list and service) and the exported list of beneficiaries leave it out."""
    from openpyxl import load_workbook

    merged, survivor, acting = world["merged"], world["survivor"], world["acting"]
    with services.db.session() as session:  # both files due for re-verification
        for person in (session.get(Beneficiary, merged), session.get(Beneficiary, survivor)):
            person.verified_on, person.status = None, "active"
    acting.merges.merge(survivor, merged)
    due = {row.id for _key, row in acting.lists.reverification_due(365, date.today()).page(None, 1000)}
    assert survivor in due and merged not in due
    assert merged not in {p.id for p in acting.reverification.due()}
    path = tmp_path / "people.xlsx"
    acting.exports.export("beneficiaries", path)
    sheet = load_workbook(path).active
    files = [row[0].value for row in sheet.iter_rows(min_row=2) if isinstance(row[0].value, int)]
    assert survivor in files and merged not in files  # the first column is the file number
    assert len(files) == acting.beneficiaries.count()


def test_a_reason_too_long_or_a_formula_is_refused_and_nothing_changes(services, admin, world):
    acting = world["acting"]
    with pytest.raises(InvalidInput) as refused:
        acting.merges.merge(world["survivor"], world["merged"], reason="س" * 501)
    assert refused.value.field == "reason"
    with pytest.raises(InvalidInput):
        acting.merges.merge(world["survivor"], world["merged"], reason="=HYPERLINK(\"x\")")
    with pytest.raises(InvalidInput):
        acting.merges.merge(world["survivor"], world["merged"], take_from_merged=("national_id",))
    with services.db.read_session() as session:
        assert session.get(Beneficiary, world["merged"]).merged_into_id is None
