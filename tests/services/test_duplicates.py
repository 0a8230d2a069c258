"""Suspected duplicates on a real database: found as files are registered and changed, and by the
whole-register scan; the review queue by score; «ليسا نفس الشخص» remembered until a file changes;
the merge's marks; the candidates shown while a walk-in is typed; and the attacks they must stop."""

from datetime import date

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import AuditEntry, Beneficiary, DuplicateKey, DuplicatePair
from charity_desk.domain.dates import from_hijri
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.duplicate_candidates import mark_merged, reopen_after_undo
from charity_desk.services.duplicates import PairAlreadyMerged, PersonDraft
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.person_input import PersonInput

TODAY = date(2026, 11, 25)
BORN = from_hijri(1405, 6, 14)


def person(**changes) -> PersonInput:
    values = dict(first_name="عبد الرحمن", father_name="أحمد", grandfather_name="علي", family_name="الدوسري",
                  national_id="1012345672", gender="male", birth_date=BORN, mobile="0551234567")
    values.update(changes)
    return PersonInput(**values)


def register(services, actor, data: PersonInput) -> int:
    return services.acting_as(actor).registration.register(data, confirmed_not_duplicate=True, today=TODAY)


def open_pairs(services, actor):
    return [row for _, row in services.acting_as(actor).lists.duplicate_pairs().page(None, 100)]


def _user(services, admin, username: str, role: Role):
    services.acting_as(admin).users.create(username, "موظف", role, f"{username} password")
    return services.auth.login(username, f"{username} password")


def test_a_person_registered_again_with_another_spelling_and_mobile_form_is_queued_with_reasons(services, admin):
    first = register(services, admin, person())
    again = register(services, admin, person(first_name="عبدالرحمن", father_name="احمد", family_name="دوسري",
                                             national_id="1058529940", mobile="+966 55 123 4567"))
    unrelated = register(services, admin, person(first_name="سلطان", father_name="ناصر", family_name="العتيبي",
                                                 national_id="2034567897", mobile="0567654321",
                                                 birth_date=date(1990, 1, 1)))
    [pair] = open_pairs(services, admin)
    assert (pair.lower_id, pair.higher_id) == (first, again)
    assert pair.reasons == ("mobile_same", "name_same", "birth_same") and pair.score == 85
    assert unrelated not in (pair.lower_id, pair.higher_id)
    comparison = services.acting_as(admin).duplicates.pair(pair.id)
    assert comparison.lower.first_name == "عبد الرحمن" and comparison.higher.first_name == "عبدالرحمن"
    assert comparison.lower.birth_date == comparison.higher.birth_date == BORN


def test_an_id_one_digit_apart_accepted_by_a_supervisor_is_found(services, admin, admin_password):
    from charity_desk.services.person_input import IdOverride

    first = register(services, admin, person())
    supervisor = services.auth.authorize("admin", admin_password, Permission.ID_CHECK_OVERRIDE, admin)
    typo = services.acting_as(admin).registration.register(
        person(national_id="1012345762", mobile="0567654321", first_name="عبدالرحمن"), confirmed_not_duplicate=True,
        override=IdOverride(supervisor, "طابقت البطاقة"), today=TODAY)
    [pair] = open_pairs(services, admin)
    assert (pair.lower_id, pair.higher_id) == (first, typo)
    assert pair.reasons == ("id_swapped", "name_same", "birth_same")


def test_a_correct_id_registered_after_its_mistyped_twin_finds_it(services, admin, admin_password):
    from charity_desk.services.person_input import IdOverride

    supervisor = services.auth.authorize("admin", admin_password, Permission.ID_CHECK_OVERRIDE, admin)
    typo = services.acting_as(admin).registration.register(
        person(national_id="1012345772", mobile="0567654321"), confirmed_not_duplicate=True,
        override=IdOverride(supervisor, "طابقت البطاقة"), today=TODAY)
    correct = register(services, admin, person(mobile="0500000009", first_name="عبدالرحمن"))
    [pair] = open_pairs(services, admin)
    assert (pair.lower_id, pair.higher_id) == (typo, correct)
    assert pair.reasons == ("id_one_digit", "name_same", "birth_same")


def test_a_dismissed_pair_stays_away_until_one_file_changes_then_it_returns(services, admin):
    first = register(services, admin, person())
    again = register(services, admin, person(national_id="1058529940", first_name="عبدالرحمن"))
    [pair] = open_pairs(services, admin)
    dismissed = services.acting_as(admin).duplicates.dismiss(pair.id)
    assert dismissed.status == "dismissed" and open_pairs(services, admin) == []
    edits = services.acting_as(admin).file_edits
    # A change to what the comparison does not read, a third registration, and a whole scan: still away.
    file = services.acting_as(admin).files.open(again)
    edits.update_person(again, file.person.version, person(national_id="1058529940", first_name="عبدالرحمن",
                                                             city="الرياض", region="الرياض"), "تصحيح المدينة",
                        today=TODAY)
    register(services, admin, person(national_id="2034567897", first_name="فهد", father_name="سعد",
                                      mobile="0500000001", birth_date=date(1970, 1, 1)))
    services.acting_as(admin).duplicates.scan()
    assert open_pairs(services, admin) == []
    # The other file's mobile corrected: the pair is back, open, with its new evidence.
    file = services.acting_as(admin).files.open(first)
    edits.update_person(first, file.person.version, person(mobile="0559998887"), "رقم جديد", today=TODAY)
    [back] = open_pairs(services, admin)
    assert back.id == pair.id and back.status == "open" and "mobile_same" not in back.reasons
    with services.db.read_session() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "duplicate.dismissed")).all()
    assert actions == ["duplicate.dismissed"]


def test_a_front_desk_user_calling_the_queue_or_dismiss_directly_is_refused(services, admin):
    register(services, admin, person())
    register(services, admin, person(national_id="1058529940"))
    [pair] = open_pairs(services, admin)
    desk = services.acting_as(_user(services, admin, "desk", Role.FRONT_DESK))
    for attack in (lambda: desk.lists.duplicate_pairs(), lambda: desk.duplicates.dismiss(pair.id),
                   lambda: desk.duplicates.pair(pair.id), lambda: desk.duplicates.scan()):
        with pytest.raises(PermissionDenied) as refused:
            attack()
        assert refused.value.permission == Permission.DUPLICATES_REVIEW.value
    assert [p.status for p in open_pairs(services, admin)] == ["open"]
    manager = services.acting_as(_user(services, admin, "manager", Role.PROGRAM_MANAGER))
    assert manager.duplicates.dismiss(pair.id).status == "dismissed"


def test_the_scan_finds_what_the_per_file_check_finds_and_keeps_decisions(services, admin):
    ids = [register(services, admin, person(national_id=nid, first_name=name))
           for nid, name in (("1012345672", "عبد الرحمن"), ("1058529940", "عبدالرحمن"), ("1000000008", "عبدالرحمن"))]
    found = {(p.lower_id, p.higher_id): (p.score, p.reasons) for p in open_pairs(services, admin)}
    assert set(found) == {(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])}
    services.acting_as(admin).duplicates.dismiss(open_pairs(services, admin)[0].id)
    with services.db.session() as session:  # the index lost, as after a restore of an older copy
        session.execute(DuplicateKey.__table__.delete())
        session.execute(DuplicatePair.__table__.delete().where(DuplicatePair.status == "open"))
    reported = []
    result = services.acting_as(admin).duplicates.scan(progress=lambda done, total: reported.append((done, total)))
    assert (result.files, result.open_pairs, result.new_pairs, result.reopened) == (3, 2, 2, 0)
    assert reported == sorted(reported) and reported[-1] == (3, 3)
    assert {(p.lower_id, p.higher_id): (p.score, p.reasons) for p in open_pairs(services, admin)} == {
        k: v for k, v in found.items() if k in {(p.lower_id, p.higher_id) for p in open_pairs(services, admin)}}
    with services.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(DuplicateKey)) > 0
        assert session.scalar(select(func.count()).select_from(DuplicatePair)) == 3


def test_naming_the_other_as_family_clears_the_pair(services, admin):
    first = register(services, admin, person())
    register(services, admin, person(national_id="1058529940", first_name="عبدالرحمن"))
    assert len(open_pairs(services, admin)) == 1
    services.acting_as(admin).file_edits.add_family_member(
        first, FamilyMemberInput("عبدالرحمن أحمد علي الدوسري", "son", national_id="1058529940"), today=TODAY)
    assert open_pairs(services, admin) == []


def test_the_merge_marks_its_pair_and_the_undo_reopens_it(services, admin):
    first = register(services, admin, person())
    again = register(services, admin, person(national_id="1058529940"))
    [pair] = open_pairs(services, admin)
    with services.acting_as(admin).db.session() as session:
        session.get(Beneficiary, again).merged_into_id = first
        mark_merged(session, admin, first, again)
    assert open_pairs(services, admin) == []
    merged = [row for _, row in services.acting_as(admin).lists.duplicate_pairs("merged").page(None, 10)]
    assert [m.id for m in merged] == [pair.id]
    with pytest.raises(PairAlreadyMerged):
        services.acting_as(admin).duplicates.dismiss(pair.id)
    with services.acting_as(admin).db.session() as session:
        session.get(Beneficiary, again).merged_into_id = None
        reopen_after_undo(session, admin, first, again)
    assert [(p.id, p.status) for p in open_pairs(services, admin)] == [(pair.id, "open")]


def test_the_walk_in_candidates_follow_what_is_typed(services, admin):
    first = register(services, admin, person())
    desk = services.acting_as(_user(services, admin, "desk", Role.FRONT_DESK)).duplicates
    assert desk.candidates_for(PersonDraft(national_id="10123")) == []
    [by_id] = desk.candidates_for(PersonDraft(national_id="١٠١٢٣٤٥٦٧٢"))
    assert by_id.beneficiary_id == first and by_id.reasons == ("id_same",)
    [by_mobile_and_name] = desk.candidates_for(PersonDraft(first_name="عبدالرحمن", father_name="احمد",
                                                           family_name="الدوسري", mobile="055 123 4567"))
    assert by_mobile_and_name.beneficiary_id == first
    assert by_mobile_and_name.reasons == ("mobile_same", "name_similar")
    assert desk.candidates_for(PersonDraft(first_name="فهد", family_name="العتيبي", mobile="0500000000")) == []


def test_a_researchers_registration_is_checked_against_every_file_but_shows_only_their_own(services, admin):
    outside = register(services, admin, person())  # nobody's caseload
    researcher = _user(services, admin, "researcher", Role.SOCIAL_RESEARCHER)
    draft = PersonDraft("عبدالرحمن", "احمد", "", "الدوسري", national_id="1058529940", mobile="0551234567")
    assert services.acting_as(researcher).duplicates.candidates_for(draft) == []  # the other file stays hidden
    mine = register(services, researcher, person(national_id="1058529940", first_name="عبدالرحمن"))
    [pair] = open_pairs(services, admin)
    assert (pair.lower_id, pair.higher_id) == (outside, mine)
    with pytest.raises(PermissionDenied):
        services.acting_as(researcher).lists.duplicate_pairs()


def test_an_anonymized_file_leaves_the_index_and_the_queue(services, admin):
    from charity_desk.services.file_anonymizer import anonymize_files

    first = register(services, admin, person())
    again = register(services, admin, person(national_id="1058529940"))
    assert len(open_pairs(services, admin)) == 1
    with services.acting_as(admin).db.session() as session:
        anonymize_files(session, [again])
    assert open_pairs(services, admin) == []
    with services.db.read_session() as session:
        kept = set(session.scalars(select(DuplicateKey.beneficiary_id)))
    assert kept == {first}
