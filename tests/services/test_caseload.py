"""The caseload rule: a social researcher searches, lists and opens only the files assigned to them,
unless their role is granted "view every file"; roles that see everything pay nothing for it."""

from datetime import date

import pytest
from sqlalchemy import event, select

from charity_desk.db import search as search_index
from charity_desk.db.models import AuditEntry, Beneficiary
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.beneficiaries import fill_search_text, join_name
from charity_desk.services.caseload import OutsideCaseload
from charity_desk.services.person_input import PersonInput

PASSWORD = "researcher 123"


@pytest.fixture
def staff(services, admin):
    users = services.acting_as(admin).users
    ids = {
        "r1": users.create("res1", "الباحثة الأولى", Role.SOCIAL_RESEARCHER, PASSWORD).id,
        "r2": users.create("res2", "الباحث الثاني", Role.SOCIAL_RESEARCHER, PASSWORD).id,
        "clerk": users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, PASSWORD).id,
    }
    return ids


@pytest.fixture
def files(services, staff):
    """Three people named الشمري: one for each researcher, one nobody's yet."""
    made = {}
    with services.db.session() as session:
        for key, first, nid, researcher in (
            ("own", "أحمد", "1012345672", staff["r1"]),
            ("other", "خالد", "1058529940", staff["r2"]),
            ("unassigned", "سعد", "2034567897", None),
        ):
            person = Beneficiary(
                first_name=first,
                family_name="الشمري",
                full_name=join_name(first, "الشمري"),
                national_id=nid,
                gender="male",
                assigned_researcher_id=researcher,
            )
            fill_search_text(person)
            session.add(person)
            session.flush()
            made[key] = person.id
    return made


def _login(services, username):
    return services.acting_as(services.auth.login(username, PASSWORD))


def test_researcher_finds_lists_and_counts_only_own_files(services, files):
    acting = _login(services, "res1")
    assert [s.id for s in acting.beneficiaries.search("شمري")] == [files["own"]]
    assert acting.beneficiaries.search("خالد") == []
    assert [s.id for s in acting.beneficiaries.page(None, 50)] == [files["own"]]
    assert acting.beneficiaries.count() == 1


def test_researcher_opens_own_file_and_is_refused_another(services, files):
    acting = _login(services, "res1")
    assert acting.files.open(files["own"]).person.id == files["own"]
    with pytest.raises(OutsideCaseload) as refused:
        acting.files.open(files["other"])
    assert "not assigned to you" in refused.value.message.text  # the source text: the language may differ
    with pytest.raises(OutsideCaseload):
        acting.files.timeline(files["unassigned"])
    with services.db.read_session() as session:
        refusals = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "beneficiary.view_refused")
        ).all()
    assert refusals == [str(files["other"]), str(files["unassigned"])]


def test_other_roles_see_every_file(services, admin, files):
    clerk = _login(services, "clerk")
    assert len(clerk.beneficiaries.search("شمري")) == 3
    assert clerk.beneficiaries.count() == 3
    assert clerk.files.open(files["other"]).person.id == files["other"]
    assert len(services.acting_as(admin).beneficiaries.page(None, 50)) == 3


def test_granting_view_all_to_researchers_opens_every_file(services, admin, admin_password, files):
    matrix = services.acting_as(admin).role_permissions
    matrix.save(set(matrix.matrix().granted) | {(Role.SOCIAL_RESEARCHER, Permission.ALL_FILES_VIEW)},
                admin_password)
    acting = _login(services, "res1")
    assert len(acting.beneficiaries.search("شمري")) == 3
    assert acting.beneficiaries.count() == 3
    assert acting.files.open(files["other"]).person.id == files["other"]


def test_scheduling_a_visit_assigns_the_file_to_the_researcher(services, staff, files):
    clerk = _login(services, "clerk")
    clerk.visits.schedule(files["unassigned"], staff["r1"], date(2026, 12, 20))
    acting = _login(services, "res1")
    assert {s.id for s in acting.beneficiaries.search("شمري")} == {files["own"], files["unassigned"]}
    assert acting.files.open(files["unassigned"]).person.id == files["unassigned"]
    with services.db.read_session() as session:
        assigned = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "beneficiary.assigned")
        ).all()
    assert assigned == [f'{{"researcher": {staff["r1"]}}}']


def test_a_researcher_keeps_the_file_they_register(services, staff):
    acting = _login(services, "res2")
    new_id = acting.registration.register(
        PersonInput(
            first_name="نورة",
            father_name="سعد",
            grandfather_name="علي",
            family_name="الدوسري",
            national_id="1012345672",
            gender="female",
            birth_date=date(1985, 3, 2),
            mobile="0551234567",
        ),
        confirmed_not_duplicate=True,
    )
    assert acting.files.open(new_id).person.id == new_id


def test_roles_that_see_everything_search_with_the_unchanged_query(services, admin, files, monkeypatch):
    """The front desk's hot path: no caseload condition, the same SQL as before the rule existed."""
    calls = []
    real = search_index.search_rows
    monkeypatch.setattr(
        search_index, "search_rows", lambda *args: calls.append(args[3:]) or real(*args)
    )
    clerk = _login(services, "clerk")
    assert len(clerk.beneficiaries.search("شمري")) == 3
    assert calls == [(None,)]
    sent = []
    event.listen(services.db.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
    assert clerk.beneficiaries.count() == 3
    assert not [sql for sql in sent if "assigned_researcher_id" in sql]
    assert _login(services, "res1").beneficiaries.count() == 1
    assert [sql for sql in sent if "assigned_researcher_id" in sql]


def test_researcher_cannot_change_a_file_outside_the_caseload(services, files):
    from decimal import Decimal

    from charity_desk.db.models import MoneyItem
    from charity_desk.services.file_edits import HousingInput

    acting = _login(services, "res1")
    with pytest.raises(OutsideCaseload):
        acting.file_edits.add_money_item(files["other"], "income", "salary", Decimal("3000"))
    with pytest.raises(OutsideCaseload):
        acting.file_edits.save_housing(files["other"], HousingInput(
            tenure="rented", kind="apartment", rooms=3, monthly_rent=Decimal("1500"), condition="good"))
    item = acting.file_edits.add_money_item(files["own"], "income", "salary", Decimal("3000"))
    with services.db.session() as session:
        assert {m.beneficiary_id for m in session.scalars(select(MoneyItem))} == {files["own"]}
        session.get(MoneyItem, item).beneficiary_id = files["other"]  # as if the item were another's
    with pytest.raises(OutsideCaseload):
        acting.file_edits.remove_money_item(item, "خطأ في الإدخال")


def test_researcher_sees_only_the_applications_of_own_files(services, admin, files):
    from charity_desk.domain.application_flow import State
    from charity_desk.services.applications import ConsentInput
    from charity_desk.services.programs import ProgramInput

    acting = services.acting_as(admin)
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions="."))
    own = acting.applications.apply(files["own"], program, "in_person", ConsentInput("written"))
    other = acting.applications.apply(files["other"], program, "in_person", ConsentInput("written"))
    researcher = _login(services, "res1")
    assert [a.id for a in researcher.applications.queue(frozenset({State.RECEIVED}))] == [own]
    assert researcher.applications.for_beneficiary(files["other"]) == []
    assert researcher.applications.view(own).summary.id == own
    with pytest.raises(OutsideCaseload):
        researcher.applications.view(other)
    assert {a.id for a in acting.applications.queue(frozenset({State.RECEIVED}))} == {own, other}


def test_a_supervisor_hands_a_file_to_a_researcher_from_the_file(services, admin, staff, files):
    from charity_desk.services.errors import InvalidInput, PermissionDenied

    acting = services.acting_as(admin)
    acting.visits.assign(files["unassigned"], staff["r1"])
    assert acting.files.open(files["unassigned"]).person.assigned_researcher_id == staff["r1"]
    assert files["unassigned"] in {s.id for s in _login(services, "res1").beneficiaries.page(None, 50)}
    with pytest.raises(InvalidInput):  # the clerk is not a social researcher
        acting.visits.assign(files["unassigned"], staff["clerk"])
    with pytest.raises(PermissionDenied):  # a researcher does not hand files out
        _login(services, "res1").visits.assign(files["own"], staff["r2"])
    acting.visits.assign(files["unassigned"], None)
    assert _login(services, "res1").beneficiaries.count() == 1
    with services.db.session() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(
            files["unassigned"])))]
    assert actions.count("beneficiary.assigned") == 2


def test_reverification_shows_and_confirms_only_own_files(services, files):
    """The leak found in review: the whole register's re-verification list, and confirming any file."""
    acting = _login(services, "res1")
    assert [s.id for s in acting.reverification.due(today=date(2030, 1, 1))] == [files["own"]]
    with pytest.raises(OutsideCaseload):
        acting.reverification.confirm(files["other"])
    acting.reverification.confirm(files["own"])
    with services.db.read_session() as session:
        verified = dict(session.execute(select(Beneficiary.id, Beneficiary.verified_on)).all())
        refused = session.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "beneficiary.view_refused")).all()
    assert verified[files["other"]] is None and verified[files["own"]] == date.today()
    assert refused == [str(files["other"])]


def test_any_write_of_a_researchers_session_to_another_file_is_refused(services, files):
    """The write check covers code that never asks the rule: a row added, moved or deleted directly,
    a bulk insert, or a file taken over, in a session opened for the researcher."""
    from decimal import Decimal

    from sqlalchemy import delete, insert

    from charity_desk.db.models import FamilyMember, MoneyItem

    with services.db.session() as session:
        session.add(FamilyMember(beneficiary_id=files["other"], full_name="ابنة", relation="daughter"))
    acting = _login(services, "res1")
    db = acting.db
    with pytest.raises(OutsideCaseload), db.session() as session:
        session.add(MoneyItem(beneficiary_id=files["other"], direction="income", category="salary",
                              monthly_amount=Decimal("1")))
    with db.session() as session:
        session.add(FamilyMember(beneficiary_id=files["own"], full_name="ابن", relation="son"))
    with pytest.raises(OutsideCaseload), db.session() as session:
        member = session.scalar(select(FamilyMember))
        member.beneficiary_id = files["other"]
    with pytest.raises(OutsideCaseload), db.session() as session:
        session.execute(insert(FamilyMember), [{"beneficiary_id": files["other"], "full_name": "ابن",
                                                "relation": "son", "version_id": 1, "monthly_income": 0}])
    with pytest.raises(OutsideCaseload), db.session() as session:
        session.get(Beneficiary, files["own"]).assigned_researcher_id = None
    with db.session() as session:  # a bulk delete reaches only what the filter shows
        session.execute(delete(FamilyMember).where(FamilyMember.relation == "daughter"))
        assert session.get(Beneficiary, files["other"]) is None
    with services.db.read_session() as session:
        assert sorted(m.beneficiary_id for m in session.scalars(select(FamilyMember))) == sorted(files[k] for k in ("own", "other"))
        assert session.scalar(select(MoneyItem.id)) is None
        owner = session.scalar(select(Beneficiary.assigned_researcher_id).where(Beneficiary.id == files["own"]))
    assert owner is not None
    refusals = [e for e in _audit_actions(services) if e == "beneficiary.change_refused"]
    assert len(refusals) == 4


def test_a_researcher_cannot_register_a_national_id_that_has_a_hidden_file(services, files):
    """The duplicate check cannot see the other file; the write check still refuses (no database error)."""
    acting = _login(services, "res1")
    with services.db.read_session() as session:
        taken = session.get(Beneficiary, files["other"]).national_id
    with pytest.raises(OutsideCaseload):
        acting.registration.register(
            PersonInput(first_name="نورة", father_name="سعد", grandfather_name="علي", family_name="الدوسري",
                        national_id=taken, gender="female", birth_date=date(1985, 3, 2), mobile="0551234567"),
            confirmed_not_duplicate=True)


def _audit_actions(services) -> list[str]:
    with services.db.read_session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_a_query_over_the_bare_tables_is_refused_rather_than_leaking(services, files):
    """Statements over ``Beneficiary.__table__`` cannot be filtered; in a researcher's session they fail."""
    from sqlalchemy import func, insert

    from charity_desk.services.errors import PermissionDenied

    acting = _login(services, "res1")
    with pytest.raises(PermissionDenied), acting.db.read_session() as session:
        session.scalar(select(func.count()).select_from(Beneficiary.__table__))
    with acting.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(select(Beneficiary.id).subquery())) == 1
    from charity_desk.db.models import FamilyMember

    with pytest.raises(PermissionDenied), acting.db.session() as session:  # values that cannot be checked
        session.execute(insert(FamilyMember).values(beneficiary_id=files["other"], full_name="ابن", relation="son",
                                                    version_id=1, monthly_income=0))


def test_each_record_belongs_to_its_file_whatever_order_the_models_are_listed_in():
    """A checklist item may point at a document as well as at its application: the way to its file is
    the application (the key that cannot be empty), however the registry happens to list the models."""
    import random

    from charity_desk.db.base import Base
    from charity_desk.db.models import ChecklistItem
    from charity_desk.services.caseload import file_paths, paths_to_files

    mappers = list(Base.registry.mappers)
    assert file_paths()[ChecklistItem][0].key == "application_id"
    shuffle = random.Random(7)
    for _ in range(40):
        shuffle.shuffle(mappers)
        assert paths_to_files(mappers) == file_paths()


def test_a_researcher_cannot_mark_a_checklist_item_of_another_file(services, admin, files):
    """The attack that got through about one run in eight: an item without a document, of a file that is
    not the researcher's, marked through the service directly."""
    from charity_desk.db.models import ChecklistItem
    from charity_desk.services.applications import ConsentInput
    from charity_desk.services.programs import ProgramInput, Requirement

    acting = services.acting_as(admin)
    program = acting.programs.save(ProgramInput(code="RENT", name="مساعدة الإيجار", kind="cash", instructions=".",
                                                requirements=(Requirement("lease", "عقد الإيجار"),)))
    acting.applications.apply(files["unassigned"], program, "in_person", ConsentInput("written"))
    with services.db.read_session() as session:
        item = session.scalars(select(ChecklistItem).where(ChecklistItem.document_id.is_(None))).first()
        before = (item.status, item.marked_by_id)
    researcher = _login(services, "res1")
    with pytest.raises(OutsideCaseload):
        researcher.applications.mark_item(item.id, "verified")
    with services.db.read_session() as session:
        after = session.get(ChecklistItem, item.id)
        assert (after.status, after.marked_by_id) == before
