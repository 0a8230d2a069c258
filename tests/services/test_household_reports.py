"""Households served and double-benefit overrides per period, counted by the database, on the Reports
page's service and in the board report (read back from the PDF and the workbook)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from charity_desk.documents.report_xlsx import FIGURES_HEADER_ROW, FIGURES_SHEET
from charity_desk.domain.application_flow import State
from charity_desk.domain.roles import Permission, Role
from charity_desk.services.actor import Actor
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.delivery import DeliveryInput
from charity_desk.services.double_benefit import DoubleBenefitApproval
from charity_desk.services.errors import PermissionDenied
from pdf_reading import missing_pieces, pdf_text
from services.household_world import build_household
from services.test_double_benefit import WRITTEN, _accept, _program

TODAY = date.today()


@pytest.fixture
def served(services, admin):
    """Father and son (one household) and the stranger each given a basket today; the mother's
    application to the same program let through by a program manager."""
    acting = services.acting_as(admin)
    h = build_household(acting)
    program = _program(acting, "RAMADAN")
    round_id = acting.delivery.open_session(program, "رمضان ١٤٤٨", TODAY - timedelta(days=5))
    for person in (h.father, h.stranger):
        acting.delivery.deliver(acting.delivery.enrol(_accept(acting, person, program), round_id),
                                DeliveryInput("in_kind", TODAY, items="سلة", quantity=1))
    acting.users.create("manager", "مدير البرامج", Role.PROGRAM_MANAGER, "manager pass 1")
    manager = services.auth.authorize("manager", "manager pass 1", Permission.DOUBLE_BENEFIT_OVERRIDE, admin)
    approval = DoubleBenefitApproval(manager, "الابن يسكن مستقلًا")
    son_app = acting.applications.apply(h.son, program, "in_person", WRITTEN, double_benefit=approval)
    for state in (State.UNDER_VERIFICATION, State.VERIFIED):
        acting.applications.transition(son_app, state)
    acting.applications.check_eligibility(son_app)
    acting.applications.transition(son_app, State.READY_FOR_COMMITTEE)
    acting.applications.transition(son_app, State.ACCEPTED)
    acting.delivery.deliver(acting.delivery.enrol(son_app, round_id),
                            DeliveryInput("cash", TODAY, amount=Decimal("300")))
    return acting, h, program


def test_households_served_count_each_household_once(served):
    acting, _h, program = served
    figures = acting.household_reports.households_served(TODAY - timedelta(days=1), TODAY)
    assert (figures.households, figures.people, figures.several_served) == (2, 3, 1)
    assert acting.household_reports.households_served(TODAY - timedelta(days=1), TODAY, program).households == 2
    assert acting.household_reports.households_served(date(2020, 1, 1), date(2020, 12, 31)).households == 0
    assert acting.household_reports.households_served(TODAY, TODAY, region="حائل").households == 2
    assert acting.household_reports.households_served(TODAY, TODAY, region="الرياض").households == 0


def test_overrides_per_period_and_program(served):
    acting, _h, program = served
    report = acting.household_reports.overrides(TODAY, TODAY, program)
    assert report.count == 1 and report.rows[0].reason == "الابن يسكن مستقلًا"
    assert report.rows[0].other_member == "سعد محمد علي الشمري"
    assert acting.household_reports.overrides(TODAY, TODAY, program + 1000).count == 0
    assert acting.household_reports.overrides(TODAY, TODAY, region="حائل").count == 1
    assert acting.household_reports.overrides(TODAY, TODAY, region="الرياض").count == 0


def test_the_board_report_carries_the_households_part(served, tmp_path):
    acting, _h, _program_id = served
    period = DashboardFilter(TODAY - timedelta(days=30), TODAY)
    path = tmp_path / "board.xlsx"
    acting.board_reports.xlsx("board", period, path)
    workbook = load_workbook(path)
    figures = {row[1]: row[2] for row in workbook[FIGURES_SHEET].iter_rows(min_row=FIGURES_HEADER_ROW + 1,
                                                                           values_only=True)}
    assert figures["الأسر المخدومة"] == 2 and figures["موافقات الاستفادة المزدوجة"] == 1
    rows = list(workbook["الاستفادة المزدوجة"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("فهد سعد محمد الشمري", "سعد محمد علي الشمري", "مدير البرامج", "الابن يسكن مستقلًا")]
    text = pdf_text(acting.board_reports.pdf("board", period))
    assert not missing_pieces("تاسعًا: الأسر والاستفادة المزدوجة", text)
    assert not missing_pieces("الابن يسكن مستقلًا", text)


def test_the_figures_need_the_reports_permission(services, served):
    desk = services.acting_as(Actor(None, "desk", "موظف", Role.FRONT_DESK))
    with pytest.raises(PermissionDenied):
        desk.household_reports.households_served(TODAY, TODAY)
    with pytest.raises(PermissionDenied):
        desk.household_reports.overrides(TODAY, TODAY)
