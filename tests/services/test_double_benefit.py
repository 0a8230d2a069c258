"""The double-benefit guard as attacks: a second benefit of a program for one household is refused
through the service itself without a supervisor's reason, a front-desk user cannot approve it, and
the approval is in the audit trail and the reports.  Household income and size in eligibility."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from charity_desk.db.models import Application, AuditEntry, DoubleBenefitOverride
from charity_desk.domain.application_flow import State
from charity_desk.domain.eligibility import EligibilityRules
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.applications import ConsentInput
from charity_desk.services.double_benefit import DoubleBenefit, DoubleBenefitApproval
from charity_desk.services.errors import PermissionDenied
from charity_desk.services.file_edits import FamilyMemberInput
from charity_desk.services.programs import ProgramInput
from services.household_world import build_household, national_id

WRITTEN = ConsentInput("written")


def _program(acting, code: str, **values) -> int:
    return acting.programs.save(ProgramInput(code=code, name="سلة رمضان", kind="in_kind", instructions="مرة في السنة.",
                                             **values))


def _accept(acting, beneficiary_id: int, program_id: int) -> int:
    """An application taken through verification, eligibility and the committee to «accepted»."""
    app_id = acting.applications.apply(beneficiary_id, program_id, "in_person", WRITTEN)
    for state in (State.UNDER_VERIFICATION, State.VERIFIED):
        acting.applications.transition(app_id, state)
    acting.applications.check_eligibility(app_id)
    acting.applications.transition(app_id, State.READY_FOR_COMMITTEE)
    acting.applications.transition(app_id, State.ACCEPTED)
    return app_id


@pytest.fixture
def world(services, admin):
    acting = services.acting_as(admin)
    household = build_household(acting)
    acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "front desk pass 1")
    acting.users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "manager pass 1")
    program = _program(acting, "RAMADAN", rules=EligibilityRules(not_already_receiving=False))
    received = _accept(acting, household.son, program)
    return acting, household, program, received


def _applications(services) -> int:
    with services.db.read_session() as session:
        return session.scalar(select(func.count(Application.id)))


def test_applying_for_what_another_member_receives_is_refused_with_the_details(services, world):
    acting, h, program, received = world
    before = _applications(services)
    with pytest.raises(DoubleBenefit) as refused:
        acting.applications.apply(h.mother, program, "in_person", WRITTEN)
    conflict = refused.value.conflicts[0]
    assert (conflict.beneficiary_id, conflict.full_name, conflict.program) == (h.son, "فهد سعد محمد الشمري",
                                                                               "سلة رمضان")
    assert conflict.application_id == received and conflict.period_end is None
    assert refused.value.message.params["name"] == "فهد سعد محمد الشمري"
    assert _applications(services) == before  # nothing saved


def test_a_front_desk_user_cannot_give_the_override(services, world):
    acting, h, program, _received = world
    desk = services.auth.login("desk", "front desk pass 1")
    with pytest.raises(PermissionDenied):  # the desk's supervisor check refuses the front desk's password
        services.auth.authorize("desk", "front desk pass 1", Permission.DOUBLE_BENEFIT_OVERRIDE, desk)
    before = _applications(services)
    with pytest.raises(PermissionDenied):  # and the service refuses an approval in the front desk's name
        services.acting_as(desk).applications.apply(h.mother, program, "in_person", WRITTEN,
                                                    double_benefit=DoubleBenefitApproval(desk, "أسرة محتاجة"))
    with pytest.raises(DoubleBenefit):  # a supervisor's approval without a reason is no approval
        manager = services.auth.login("manager", "manager pass 1")
        acting.applications.apply(h.mother, program, "in_person", WRITTEN,
                                  double_benefit=DoubleBenefitApproval(manager, "   "))
    assert _applications(services) == before


def test_a_supervisors_reason_lets_it_go_on_and_is_audited_and_reported(services, world):
    acting, h, program, received = world
    desk = services.auth.login("desk", "front desk pass 1")
    manager = services.auth.authorize("manager", "manager pass 1", Permission.DOUBLE_BENEFIT_OVERRIDE, desk)
    app_id = services.acting_as(desk).applications.apply(
        h.mother, program, "in_person", WRITTEN, double_benefit=DoubleBenefitApproval(manager, "أسرتان في بيت واحد"))
    with services.db.read_session() as session:
        override = session.scalar(select(DoubleBenefitOverride).where(DoubleBenefitOverride.application_id == app_id))
        assert (override.other_application_id, override.reason) == (received, "أسرتان في بيت واحد")
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "application.double_benefit_approved"))
    assert entry.entity_id == str(app_id) and "أسرتان في بيت واحد" in entry.details
    assert "مدير البرامج" in entry.details and "فهد سعد محمد الشمري" in entry.details
    report = acting.household_reports.overrides(date.today() - timedelta(days=1), date.today())
    assert report.count == 1
    row = report.rows[0]
    assert (row.applicant, row.other_member, row.supervisor, row.reason) == (
        "نورة عبدالله فهد العتيبي", "فهد سعد محمد الشمري", "مدير البرامج", "أسرتان في بيت واحد")
    assert acting.household_reports.overrides(date(2020, 1, 1), date(2020, 12, 31)).count == 0


def test_someone_outside_the_household_and_a_benefit_whose_period_ended_are_not_held_back(services, world):
    acting, h, program, _received = world
    assert acting.applications.apply(h.stranger, program, "in_person", WRITTEN)
    ended = _program(acting, "WINTER", starts_on=date(2024, 1, 1), ends_on=date(2024, 3, 31),
                     rules=EligibilityRules(not_already_receiving=False))
    _accept(acting, h.son, ended)
    assert acting.applications.apply(h.mother, ended, "in_person", WRITTEN)


def test_household_income_and_size_feed_the_rules_where_the_program_says_so(services, world):
    acting, h, _program_id, _received = world
    rules = {"max_income_per_person": Decimal("900"), "min_family_size": 4, "not_already_receiving": False}
    alone = _program(acting, "ALONE", rules=EligibilityRules(**rules))
    together = _program(acting, "TOGETHER", rules=EligibilityRules(**rules, household_counts=True))
    # Her own file: 1000 riyals for herself, her husband and daughter listed → 333.33, a family of 3.
    result = acting.applications.check_eligibility(acting.applications.apply(h.mother, alone, "in_person", WRITTEN))
    assert {r.code: r.passed for r in result.results} == {"income": True, "min_family": False}
    # The household: father, mother, son and the daughter, 4000 riyals → 1000 each, a family of 4.
    result = acting.applications.check_eligibility(
        acting.applications.apply(h.mother, together, "in_person", WRITTEN))
    assert {r.code: (r.passed, r.actual) for r in result.results} == {"income": (False, "1000.00"),
                                                                      "min_family": (True, "4")}
    assert "household" in result.results[0].label


def test_a_researcher_is_held_back_without_being_told_who_outside_their_caseload(services, world):
    acting, h, program, received = world
    acting.users.create("res", "الباحثة", Role.SOCIAL_RESEARCHER, "researcher pass 1")
    researcher = services.acting_as(services.auth.login("res", "researcher pass 1"))
    acting.visits.assign(h.mother, researcher.actor.user_id)
    with pytest.raises(DoubleBenefit) as refused:
        researcher.applications.apply(h.mother, program, "in_person", WRITTEN)
    conflict = refused.value.conflicts[0]
    assert (conflict.full_name, conflict.application_number, conflict.program) == ("", "", "سلة رمضان")
    assert "فهد" not in repr(refused.value.message.params) and conflict.outside_caseload
    manager = services.auth.login("manager", "manager pass 1")
    researcher.applications.apply(h.mother, program, "in_person", WRITTEN,
                                  double_benefit=DoubleBenefitApproval(manager, "الأم مطلقة وتسكن وحدها"))
    with services.db.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "application.double_benefit_approved"))
    assert "فهد سعد محمد الشمري" in entry.details  # the trail names the other member
    assert received


def test_an_import_cannot_bring_in_a_second_benefit(services, world, tmp_path):
    acting, h, _program_id, _received = world
    acting.file_edits.add_family_member(h.father, FamilyMemberInput("ريم سعد الشمري", "daughter", national_id(1008),
                                                                    gender="female"))
    keys = ("first_name", "father_name", "family_name", "national_id", "gender", "birth_date", "mobile", "consent")
    rows = [("نورة", "عبدالله", "العتيبي", national_id(1002), "أنثى", "1982-03-02", "0551234567", "نعم"),  # the mother
            ("ريم", "سعد", "الشمري", national_id(1008), "أنثى", "2005-03-02", "0551234568", "نعم"),  # new, on his list
            ("خالد", "سعد", "الشمري", national_id(1004), "ذكر", "1980-01-01", "0551234569", "نعم")]  # the stranger
    path = tmp_path / "eform.csv"
    path.write_text("\n".join(",".join(r) for r in [keys, *rows]) + "\n", encoding="utf-8")
    preview = acting.imports.preview(path, {k: i for i, k in enumerate(keys)}, "RAMADAN")
    assert [row.beneficiary_id for row in preview.rows] == [h.stranger]
    refused = sorted(p.row for p in preview.rejections)
    assert len(refused) == 2 and all("household" in p.message.text for p in preview.rejections)
    assert acting.imports.commit(preview).applications == 1
