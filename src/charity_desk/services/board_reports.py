"""Reports for the board (monthly or annual), per program, and for staff development, as PDF or Excel.

Each report is gathered once as typed values (documents.report_data) and then rendered, so the PDF
and the workbook of the same period show the same figures. Printing or saving one is audited.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Literal

from sqlalchemy import func, select, union

from charity_desk.db.engine import Database
from charity_desk.db.models import SurveyRequest, SurveyResponse, UserAccount
from charity_desk.documents.report_data import DataReport, to_report_document
from charity_desk.documents.report_pdf import render_report
from charity_desk.documents.report_xlsx import write_report_xlsx
from charity_desk.domain.roles import Permission
from charity_desk.services import audit
from charity_desk.services import board_report_content as content
from charity_desk.services.actor import Actor
from charity_desk.services.dashboard import DashboardFilter, DashboardService
from charity_desk.services.household_report_section import with_households
from charity_desk.services.household_reports import HouseholdReportService
from charity_desk.services.letterhead import load_letterhead
from charity_desk.services.permission_guard import requires
from charity_desk.services.programs import ProgramService
from charity_desk.services.surveys import SurveyService

ReportKind = Literal["board", "program", "staff"]
REPORT_KINDS: tuple[ReportKind, ...] = ("board", "program", "staff")


class BoardReportService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor
        self._dashboard = DashboardService(db, actor)
        self._surveys = SurveyService(db, actor)
        self._programs = ProgramService(db, actor)

    @requires(Permission.REPORTS_VIEW)
    def pdf(self, kind: ReportKind, f: DashboardFilter, today: date | None = None,
            generated_at: datetime | None = None) -> bytes:
        """The report on A4 with the association's letterhead, key figures, tables and bar charts."""
        report = self._content(kind, f, today)
        with self._db.read_session() as session:
            letterhead, _signatory, _policy = load_letterhead(session)
        pdf = render_report(to_report_document(report, letterhead, generated_at or datetime.now()))
        self._record(kind, "pdf", f)
        return pdf

    @requires(Permission.REPORTS_VIEW)
    def xlsx(self, kind: ReportKind, f: DashboardFilter, path: str | os.PathLike, today: date | None = None) -> None:
        """The same report as a workbook: the key figures, then one sheet per table."""
        write_report_xlsx(self._content(kind, f, today), path)
        self._record(kind, "xlsx", f)

    def _content(self, kind: ReportKind, f: DashboardFilter, today: date | None) -> DataReport:
        program = self._programs.get(f.program_id).name if f.program_id else None
        scope = content.scope_text(program, f.region)
        if kind == "board":
            report = content.board_report(self._dashboard.figures(f, today), f.start, f.end, scope)
            return with_households(report, HouseholdReportService(self._db, self._actor), f)
        if kind == "program":
            return self._program_report(f, today, scope, program)
        if kind == "staff":
            return self._staff_report(f)
        raise ValueError(f"unknown report {kind!r}")

    def _program_report(self, f: DashboardFilter, today: date | None, scope: str, program: str | None) -> DataReport:
        chosen = [self._programs.get(f.program_id)] if f.program_id else self._programs.list()
        rows = []
        for view in chosen:
            figures = self._dashboard.figures(DashboardFilter(f.start, f.end, view.id, f.region), today)
            surveys = self._surveys.results(view.id, f.start, f.end)
            if view.active or f.program_id or figures.applications_by_state or figures.services_count \
                    or surveys.requests:
                rows.append(content.ProgramFigures(view.name, figures, surveys))
        title = f"تقرير برنامج «{program}»" if program else "تقرير البرامج"
        return content.program_report(rows, f.start, f.end, scope, title)

    def _staff_report(self, f: DashboardFilter) -> DataReport:
        """Surveys carry no region, so only the period and the program narrow this report."""
        start, end = f.start, f.end
        asked = select(SurveyRequest.staff_id).where(func.date(SurveyRequest.created_at).between(start, end))
        answered = select(SurveyResponse.staff_id).where(SurveyResponse.answered_on.between(start, end))
        if f.program_id:
            asked = asked.where(SurveyRequest.program_id == f.program_id)
            answered = answered.where(SurveyResponse.program_id == f.program_id)
        staff_ids = union(asked, answered).subquery()
        with self._db.read_session() as session:
            staff = session.execute(select(UserAccount.id, UserAccount.full_name)
                                    .where(UserAccount.id.in_(select(staff_ids.c[0])))).all()
        team = self._surveys.results(f.program_id, start, end)
        return content.staff_report(
            team, [(name, self._surveys.results(f.program_id, start, end, staff_id)) for staff_id, name in staff],
            start, end)

    def _record(self, kind: ReportKind, file_format: str, f: DashboardFilter) -> None:
        with self._db.session() as session:
            audit.record(session, self._actor, "report.printed", "report", kind, format=file_format,
                         start=f.start.isoformat(), end=f.end.isoformat(), program_id=f.program_id, region=f.region)
