"""What the board, program and staff-development reports say, in Arabic, from figures already computed.

Official documents are always Arabic whatever the screen's language (as letters and minutes are).
Nothing here reads the database: the service gathers the figures, this module words them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from charity_desk.documents.report_data import DataColumn, DataReport, DataSection, DataTable, Figure
from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.counting import OBLIQUE, count_arabic
from charity_desk.domain.dates import format_dual
from charity_desk.i18n import in_arabic
from charity_desk.reference import choice_label, survey_templates
from charity_desk.services.dashboard import AGE_BANDS, DashboardFigures
from charity_desk.services.surveys import SurveyResults

UNKNOWN = "غير محدد"
#: Reach channels are codes fixed by services.reach; documents name them in Arabic.
REACH_CHANNELS_AR = {"website": "الموقع الإلكتروني", "x": "منصة إكس", "instagram": "إنستغرام",
                     "snapchat": "سناب شات", "tiktok": "تيك توك", "youtube": "يوتيوب", "whatsapp": "واتساب",
                     "publications": "المطبوعات"}
_AGE_BANDS_AR = {"0-17": "أقل من 18 سنة", "60+": "60 سنة فأكثر", "?": UNKNOWN}
_COUNT, _SHARE = DataColumn("العدد", "int"), DataColumn("النسبة", "percent")


@dataclass(frozen=True)
class ProgramFigures:
    name: str
    figures: DashboardFigures
    surveys: SurveyResults


def period_text(start: date, end: date) -> str:
    return f"الفترة من {format_dual(start)} إلى {format_dual(end)}"


def scope_text(program: str | None, region: str | None) -> str:
    parts = [f"برنامج «{program}»" if program else "جميع البرامج", f"منطقة {region}" if region else "جميع المناطق"]
    return f"نطاق التقرير: {' و'.join(parts)}."


def board_title(start: date, end: date) -> str:
    """Monthly up to a month, annual for a Hijri or Gregorian year (354 to 366 days)."""
    days = (end - start).days + 1
    if days <= 31:
        return "التقرير الشهري للمستفيدين"
    if 354 <= days <= 366:
        return "التقرير السنوي للمستفيدين"
    return "تقرير المستفيدين"


def state_label(code: str) -> str:
    return in_arabic("ApplicationState", STATE_LABELS[State(code)])


def age_band_label(band: str) -> str:
    return _AGE_BANDS_AR.get(band, f"{band} سنة")


def likert_questions() -> dict[str, str]:
    """Code → Arabic wording of every 1-to-5 question in the survey templates, in template order."""
    return {q["code"]: q["text_ar"] for template in survey_templates().values()
            for q in template["questions"] if q["kind"] == "likert"}


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _distribution(name: str, header: str, counts: dict[str, int], label: Callable[[str], str],
                  keep_order: bool = False) -> DataTable:
    """Counts with their share of the total, largest first unless the order means something (age)."""
    total = sum(counts.values())
    items = list(counts.items()) if keep_order else sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rows = tuple((label(key), count, _share(count, total)) for key, count in items)
    return DataTable(name, (DataColumn(header, width=2.4), _COUNT, _SHARE), rows, chart=True)


def _application_figures(f: DashboardFigures) -> tuple[Figure, ...]:
    return (Figure("الطلبات الواردة", sum(f.applications_by_state.values())),
            Figure("الطلبات المبتوت فيها", f.decided),
            Figure("الوسيط لأيام البت", f.median_days_to_decision, "days"),
            Figure(f"البت خلال {count_arabic(f.target_days, 'day', OBLIQUE)}", f.share_decided_within_target, "percent"),
            Figure("نسبة القبول", f.acceptance_rate, "percent"))


def _service_figures(f: DashboardFigures) -> tuple[Figure, ...]:
    return (Figure("المستفيدون المخدومون", f.beneficiaries_served), Figure("الأسر المخدومة", f.families_served),
            Figure("الأفراد المستفيدون مع أسرهم", f.individuals_served), Figure("الخدمات المقدمة", f.services_count),
            Figure("قيمة المساعدات النقدية (ريال)", f.services_value, "money"))


def _feedback_figures(f: DashboardFigures) -> tuple[Figure, ...]:
    return (Figure("نسبة الرضا", f.satisfied_share, "percent"),
            Figure("نسبة الاستجابة للاستبانات", f.response_rate, "percent"),
            Figure("الشكاوى المفتوحة", f.complaints_open), Figure("الشكاوى المتأخرة", f.complaints_overdue),
            Figure("الشكاوى المغلقة", f.complaints_closed),
            Figure("الشكاوى المغلقة في وقتها", _share(f.complaints_closed_on_time, f.complaints_closed), "percent"))


def board_report(f: DashboardFigures, start: date, end: date, scope: str) -> DataReport:
    """The figures SAUDI.md lists for the annual report, each breakdown with a chart."""
    states = {s.value: f.applications_by_state[s.value] for s in State if s.value in f.applications_by_state}
    sections = (
        DataSection("أولًا: الطلبات", (scope,), _application_figures(f),
                    _distribution("الطلبات حسب الحالة", "الحالة", states, state_label, keep_order=True)),
        DataSection("ثانيًا: المستفيدون والخدمات", (), _service_figures(f),
                    _distribution("المستفيدون حسب البرنامج", "البرنامج", f.served_by_program, str)),
        DataSection("ثالثًا: المستفيدون حسب المنطقة",
                    table=_distribution("حسب المنطقة", "المنطقة", f.served_by_region,
                                        lambda r: UNKNOWN if r == "?" else r)),
        DataSection("رابعًا: المستفيدون حسب الجنس",
                    table=_distribution("حسب الجنس", "الجنس", f.served_by_gender, lambda g: choice_label("gender", g))),
        DataSection("خامسًا: المستفيدون حسب الفئة العمرية",
                    table=_distribution("حسب الفئة العمرية", "الفئة العمرية", _age_order(f.served_by_age_band),
                                        age_band_label, keep_order=True)),
        DataSection("سادسًا: رضا المستفيدين والشكاوى", figures=_feedback_figures(f)),
        DataSection("سابعًا: الإحالات والزيارات والاستفسارات", figures=(
            Figure("الإحالات الصادرة", f.referrals_out), Figure("الإحالات الواردة", f.referrals_in),
            Figure("الزيارات المنزلية المنجزة", f.visits_done)),
            table=_distribution("الاستفسارات حسب القناة", "قناة التواصل", f.inquiries_by_channel,
                                lambda c: choice_label("channel", c))),
        DataSection("ثامنًا: المستفيدون غير المباشرين", ("أعداد الوصول كما سُجلت لكل قناة خلال الفترة.",),
                    table=_distribution("الوصول غير المباشر", "القناة", f.reach_by_channel,
                                        lambda c: REACH_CHANNELS_AR.get(c, c))),
    )
    return DataReport(board_title(start, end), period_text(start, end), sections)


def _age_order(bands: dict[str, int]) -> dict[str, int]:
    order = [label for _low, _high, label in AGE_BANDS] + ["?"]
    return {band: bands[band] for band in order if band in bands}


def _averages(name: str, results: SurveyResults, questions: dict[str, str], chart: bool) -> DataTable:
    rows = tuple((text, results.averages[code]) for code, text in questions.items() if code in results.averages)
    return DataTable(name, (DataColumn("السؤال", width=3.5), DataColumn("المتوسط (من 5)", "average")), rows, chart)


def _satisfied(results: SurveyResults) -> float | None:
    return results.satisfied_share if results.responses else None


def program_report(programs: list[ProgramFigures], start: date, end: date, scope: str,
                   title: str = "تقرير البرامج") -> DataReport:
    """A summary row per program, then each program's figures and what its beneficiaries said."""
    questions = likert_questions()
    summary = DataTable("ملخص البرامج", (
        DataColumn("البرنامج", width=2.4), DataColumn("المستفيدون", "int"), DataColumn("الطلبات", "int"),
        DataColumn("نسبة القبول", "percent"), DataColumn("الخدمات", "int"),
        DataColumn("القيمة النقدية (ريال)", "money", 1.5), DataColumn("نسبة الرضا", "percent")),
        tuple((p.name, p.figures.beneficiaries_served, sum(p.figures.applications_by_state.values()),
               p.figures.acceptance_rate, p.figures.services_count, p.figures.services_value,
               _satisfied(p.surveys)) for p in programs), chart=True)
    sections = [DataSection("ملخص البرامج", (scope,), table=summary)]
    for p in programs:
        f = p.figures
        figures = (Figure("الطلبات الواردة", sum(f.applications_by_state.values())),
                   Figure("الطلبات المبتوت فيها", f.decided),
                   Figure(f"البت خلال {count_arabic(f.target_days, 'day', OBLIQUE)}", f.share_decided_within_target, "percent"),
                   Figure("نسبة القبول", f.acceptance_rate, "percent"),
                   Figure("المستفيدون المخدومون", f.beneficiaries_served), Figure("الخدمات المقدمة", f.services_count),
                   Figure("قيمة المساعدات النقدية (ريال)", f.services_value, "money"),
                   Figure("نسبة الرضا", _satisfied(p.surveys), "percent"),
                   Figure("نسبة الاستجابة للاستبانات", _share(p.surveys.responses, p.surveys.requests), "percent"))
        sections.append(DataSection(f"برنامج «{p.name}»", (), figures,
                                    _averages(f"آراء المستفيدين - {p.name}", p.surveys, questions, chart=True)))
    return DataReport(title, period_text(start, end), tuple(sections))


STAFF_INTRO = (
    "يجمع هذا التقرير ما قاله المستفيدون عن الخدمة التي قدمها كل موظف خلال الفترة، ليكون مادة للحوار "
    "والتطوير والتدريب، لا أداة للمفاضلة أو المحاسبة.",
    "رُتبت الأسماء هجائيًا، ويُقرأ كل متوسط مع عدد الردود التي بُني عليها؛ فالردود القليلة لا تكفي لاستنتاج.",
)


def staff_report(team: SurveyResults, staff: list[tuple[str, SurveyResults]], start: date,
                 end: date) -> DataReport:
    """The team's results, then each staff member's own, alphabetically: development, not a ranking."""
    questions = likert_questions()
    sections = [
        DataSection("عن هذا التقرير", STAFF_INTRO),
        DataSection("آراء المستفيدين في الفريق كله", (), (
            Figure("الاستبانات المرسلة", team.requests), Figure("الردود", team.responses),
            Figure("نسبة الاستجابة", _share(team.responses, team.requests), "percent"),
            Figure("نسبة الرضا", _satisfied(team), "percent")),
            _averages("الفريق كله", team, questions, chart=True)),
    ]
    for name, results in sorted(staff, key=lambda item: item[0]):
        if not results.responses:
            sections.append(DataSection(name, ("لم ترد ردود عن الخدمة التي قدمها في هذه الفترة.",),
                                        (Figure("الاستبانات المرسلة", results.requests),)))
            continue
        sections.append(DataSection(name, (), (
            Figure("الاستبانات المرسلة", results.requests), Figure("الردود", results.responses),
            Figure("نسبة الرضا", _satisfied(results), "percent")),
            _averages(name, results, questions, chart=False)))
    return DataReport("تقرير تطوير الأداء من آراء المستفيدين", period_text(start, end), tuple(sections))
