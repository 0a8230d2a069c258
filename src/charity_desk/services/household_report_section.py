"""The board report's part about households: households served and the double-benefit overrides of
the period (the same figures as the Reports page's household cards), as typed values for the PDF and
the workbook."""

from __future__ import annotations

from dataclasses import replace

from charity_desk.documents.report_data import DataColumn, DataReport, DataSection, DataTable, Figure
from charity_desk.domain.dates import format_gregorian
from charity_desk.services.dashboard import DashboardFilter
from charity_desk.services.household_reports import HouseholdReportService

HEADING = "تاسعًا: الأسر والاستفادة المزدوجة"
EXPLANATION = ("الأسرة هي ملفات المستفيدين المرتبطة برقم الهوية في بيانات أفراد الأسرة أو بذكر كل ملف للآخر؛ "
               "والملف غير المرتبط أسرة وحده. الاستفادة المزدوجة: طلب لبرنامج يستفيد منه فرد آخر من الأسرة في "
               "الفترة نفسها، أُجيز بموافقة مشرف مع السبب.")


def household_section(reports: HouseholdReportService, f: DashboardFilter) -> DataSection:
    served = reports.households_served(f.start, f.end, f.program_id, f.region)
    overrides = reports.overrides(f.start, f.end, f.program_id, f.region)
    rows = tuple((format_gregorian(o.at.date()), o.applicant, o.program, o.other_member, o.supervisor, o.reason)
                 for o in overrides.rows)
    table = DataTable("الاستفادة المزدوجة", (
        DataColumn("التاريخ", width=0.8), DataColumn("مقدم الطلب", width=1.4), DataColumn("البرنامج"),
        DataColumn("فرد الأسرة المستفيد", width=1.4), DataColumn("المشرف"), DataColumn("السبب", width=1.6)), rows)
    return DataSection(HEADING, (EXPLANATION,), (
        Figure("الأسر المخدومة", served.households),
        Figure("ملفات المستفيدين المخدومة", served.people),
        Figure("أسر خُدم فيها أكثر من ملف", served.several_served),
        Figure("موافقات الاستفادة المزدوجة", overrides.count),
    ), table)


def with_households(report: DataReport, reports: HouseholdReportService, f: DashboardFilter) -> DataReport:
    """``report`` with the households' section at its end."""
    return replace(report, sections=(*report.sections, household_section(reports, f)))
