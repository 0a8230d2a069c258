"""Board, program and staff-development reports on known data, read back from the PDF and the workbook."""

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from test_dashboard_exports import DAY, known  # noqa: F401 - the fixture building the known data

from charity_desk.db.models import AuditEntry, SurveyRequest
from charity_desk.documents.report_xlsx import FIGURES_HEADER_ROW, FIGURES_SHEET
from charity_desk.domain.dates import format_dual
from charity_desk.domain.roles import Role
from charity_desk.services.board_report_content import board_title
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.errors import PermissionDenied
from pdf_reading import missing_pieces, pdf_text, squash

ANSWERS = {"admin": {"overall": 5, "speed": 4, "clarity": 4, "respect": 5, "staff": 5, "comment": "شكرًا"},
           "hind": {"overall": 2, "speed": 3, "clarity": 2, "respect": 4, "staff": 3, "comment": ""}}


@pytest.fixture
def surveyed(services, known):  # noqa: F811 - the imported fixture
    """The known data, its session ended and both surveys answered: one about the administrator's
    service (satisfied), one about Hind's (not satisfied)."""
    acting, apps = known
    hind = acting.users.create("hind", "هند القحطاني", Role.PROGRAM_MANAGER, "hind password 1")
    (session_id, *_rest), = acting.delivery.sessions()
    assert acting.delivery.end_session(session_id, DAY + timedelta(days=30)) == 2
    first, second = acting.surveys.pending()
    with services.db.session() as session:
        session.execute(update(SurveyRequest).where(SurveyRequest.id == second.id).values(staff_id=hind.id))
    acting.surveys.record(first.id, ANSWERS["admin"], "desk", anonymous=False, answered_on=DAY + timedelta(days=31))
    acting.surveys.record(second.id, ANSWERS["hind"], "phone", anonymous=True, answered_on=DAY + timedelta(days=32))
    return acting


def _period() -> DashboardFilter:
    """From the deliveries (day 12) to today, when the applications were received and decided."""
    return DashboardFilter(DAY, datetime.now().date() + timedelta(days=1))


def _figures(workbook) -> dict[str, object]:
    sheet = workbook[FIGURES_SHEET]
    return {row[1]: row[2] for row in sheet.iter_rows(min_row=FIGURES_HEADER_ROW + 1, values_only=True)}


def _rows(workbook, name: str) -> list[tuple]:
    return list(workbook[name].iter_rows(min_row=2, values_only=True))


def test_board_report_pdf_shows_the_known_figures(surveyed, services):
    f = _period()
    pdf = surveyed.board_reports.pdf("board", f, today=DAY + timedelta(days=30))
    text = pdf_text(pdf)
    flat = squash(text)
    assert not missing_pieces(board_title(f.start, f.end), text)
    assert not missing_pieces(f"الفترة من {format_dual(f.start)} إلى {format_dual(f.end)}", text)
    assert "جمعيةالبرالخيرية" in flat  # the letterhead
    for label, value in (("الطلبات الواردة", "3"), ("نسبة القبول", "67%"), ("البت خلال 30 يومًا", "100%"),
                         ("قيمة المساعدات النقدية (ريال)", "500.00"), ("نسبة الرضا", "50%"),
                         ("نسبة الاستجابة للاستبانات", "100%"), ("الشكاوى المتأخرة", "1")):
        assert not missing_pieces(label, text) and value in flat
    for row in (("مُلتحق", "2", "67%"), ("مرفوض", "1", "33%"), ("الرياض", "2", "100%"), ("أنثى", "1", "50%"),
                ("30-44 سنة", "1", "50%"), ("60 سنة فأكثر", "1", "50%"), ("مساعدة", "2", "100%")):
        assert not missing_pieces(" ".join(row), text), row
    with services.db.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.printed")).one()
    assert entry.entity_id == "board" and '"format": "pdf"' in entry.details


def test_board_report_workbook_has_typed_figures_and_one_sheet_per_table(surveyed, tmp_path):
    path = tmp_path / "board.xlsx"
    surveyed.board_reports.xlsx("board", _period(), path, today=DAY + timedelta(days=30))
    workbook = load_workbook(path)
    assert workbook.sheetnames[:3] == [FIGURES_SHEET, "الطلبات حسب الحالة", "المستفيدون حسب البرنامج"]
    assert all(sheet.sheet_view.rightToLeft for sheet in workbook)
    figures = _figures(workbook)
    assert figures["الطلبات الواردة"] == 3 and figures["المستفيدون المخدومون"] == 2
    assert figures["نسبة القبول"] == pytest.approx(2 / 3)
    assert figures["قيمة المساعدات النقدية (ريال)"] == 500 and figures["الشكاوى المفتوحة"] == 1
    assert figures["نسبة الرضا"] == pytest.approx(0.5)
    assert _rows(workbook, "الطلبات حسب الحالة") == [("مرفوض", 1, pytest.approx(1 / 3)),
                                                     ("مُلتحق", 2, pytest.approx(2 / 3))]
    assert _rows(workbook, "حسب الفئة العمرية") == [("30-44 سنة", 1, 0.5), ("60 سنة فأكثر", 1, 0.5)]
    assert workbook["حسب الجنس"]["C2"].number_format == "0%"
    assert not list(tmp_path.glob(".*.part"))


def test_program_report_in_pdf_and_workbook(surveyed, tmp_path):
    f = _period()
    text = pdf_text(surveyed.board_reports.pdf("program", f))
    assert not missing_pieces("مساعدة 2 3 67% 2 500.00 50%", text)
    assert not missing_pieces("برنامج «مساعدة»", text)
    assert not missing_pieces("ما مدى رضاك عن الخدمة بشكل عام؟ 3.50", text)
    surveyed.board_reports.xlsx("program", f, tmp_path / "programs.xlsx")
    workbook = load_workbook(tmp_path / "programs.xlsx")
    (row,) = _rows(workbook, "ملخص البرامج")
    assert row[:3] == ("مساعدة", 2, 3) and row[3] == pytest.approx(2 / 3) and row[5] == 500
    averages = dict(_rows(workbook, "آراء المستفيدين - مساعدة"))
    assert averages["سرعة إنجاز طلبك"] == 3.5 and averages["حسن الاستقبال والتعامل"] == 4.5


def test_staff_report_per_person_without_ranking(surveyed, tmp_path):
    f = _period()
    text = pdf_text(surveyed.board_reports.pdf("staff", f))
    flat = squash(text)
    assert flat.index("مديرالنظام") < flat.index("هندالقحطاني")  # alphabetical, not by results
    for row in (("ما مدى رضاك عن الخدمة بشكل عام؟", "5.00"), ("ما مدى رضاك عن الخدمة بشكل عام؟", "2.00"),
                ("تعامل الموظف الذي خدمك", "3.00"), ("تعامل الموظف الذي خدمك", "4.00")):
        assert not missing_pieces(" ".join(row), text)
    assert not missing_pieces("للحوار والتطوير والتدريب، لا أداة للمفاضلة", text)
    surveyed.board_reports.xlsx("staff", f, tmp_path / "staff.xlsx")
    workbook = load_workbook(tmp_path / "staff.xlsx")
    assert workbook.sheetnames == [FIGURES_SHEET, "الفريق كله", "مدير النظام", "هند القحطاني"]
    assert dict(_rows(workbook, "هند القحطاني"))["ما مدى رضاك عن الخدمة بشكل عام؟"] == 2
    assert dict(_rows(workbook, "الفريق كله"))["تعامل الموظف الذي خدمك"] == 4
    figures = list(workbook[FIGURES_SHEET].iter_rows(min_row=FIGURES_HEADER_ROW + 1, values_only=True))
    assert ("هند القحطاني", "نسبة الرضا", 0) in figures and ("مدير النظام", "الردود", 1) in figures


def test_reports_need_the_reports_permission(services, known, tmp_path):  # noqa: F811
    acting, _apps = known
    acting.users.create("desk", "موظف الاستقبال", Role.FRONT_DESK, "desk password 1")
    desk = services.acting_as(services.auth.login("desk", "desk password 1"))
    with pytest.raises(PermissionDenied):
        desk.board_reports.pdf("board", _period())
    with pytest.raises(PermissionDenied):
        desk.board_reports.xlsx("staff", _period(), tmp_path / "staff.xlsx")
    assert not (tmp_path / "staff.xlsx").exists()


@pytest.mark.parametrize(("start", "end", "title"), [
    (date(2026, 11, 1), date(2026, 11, 30), "التقرير الشهري للمستفيدين"),
    (date(2025, 6, 26), date(2026, 6, 15), "التقرير السنوي للمستفيدين"),  # Hijri year 1447
    (date(2026, 1, 1), date(2026, 3, 31), "تقرير المستفيدين"),
])
def test_title_follows_the_length_of_the_period(start, end, title):
    assert board_title(start, end) == title
