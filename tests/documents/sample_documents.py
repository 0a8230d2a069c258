"""Realistic inputs for the minutes, case summary and report tests (and for looking at them as PNGs)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from charity_desk.documents.case_summary import CaseSummary, ChecklistItem, EligibilityLine
from charity_desk.documents.letter import LetterHead
from charity_desk.documents.minutes import Attendee, MeetingMinutes, MinutesDecision, Signatory
from charity_desk.documents.report_pdf import ReportDocument, ReportSection, ReportTable

MEETING_NUMBER = "1448/07"
MEETING_DATE = date(2026, 11, 24)

LETTERHEAD = LetterHead(
    association_name="جمعية البر الخيرية بمحافظة الخرج",
    licence_number="1234",
    address="الخرج، حي الخالدية، شارع الملك عبدالعزيز",
    phone="0115440000",
)

_NAMES = (
    "محمد بن عبدالله الشمري",
    "نورة بنت سعد القحطاني",
    "فهد بن ناصر الدوسري",
    "هيلة بنت محمد العنزي",
    "عبدالرحمن بن علي الغامدي",
)
_IDS = ("1012345672", "1058529940", "2034567897", "1000000008")
_PROGRAMS = ("السلة الغذائية", "الإعانة النقدية الشهرية", "سداد الإيجار", "ترميم المساكن")
_KINDS = ("accepted", "accepted", "rejected", "deferred")


def decision(n: int, **changes) -> MinutesDecision:
    kind = _KINDS[n % 4]
    values = dict(
        application_number=f"1448/{n:05d}",
        beneficiary_name=_NAMES[n % len(_NAMES)],
        national_id=_IDS[n % len(_IDS)],
        program=_PROGRAMS[n % len(_PROGRAMS)],
        decision=kind,
        amount=Decimal(1500 + 250 * n) if kind == "accepted" else None,
        duration="ستة أشهر" if kind == "accepted" else "",
        rationale=(
            "دخل الفرد أقل من حد الاستحقاق، وأكدت الزيارة الميدانية الحاجة (درجة الاحتياج 78)."
            if kind == "accepted"
            else "دخل الفرد يتجاوز الحد المعتمد في سياسة البرنامج."
            if kind == "rejected"
            else "تأجيل البت لحين استكمال صك الإعالة وتقرير الزيارة المنزلية."
        ),
        votes_for=4 if kind != "deferred" else None,
        votes_against=1 if kind != "deferred" else None,
        votes_abstain=0 if kind != "deferred" else None,
    )
    values.update(changes)
    return MinutesDecision(**values)


def sample_minutes(count: int = 6, **changes) -> MeetingMinutes:
    values = dict(
        letterhead=LETTERHEAD,
        committee_name="المساعدات",
        meeting_number=MEETING_NUMBER,
        meeting_date=MEETING_DATE,
        place="مقر الجمعية - قاعة الاجتماعات",
        started_at="10:00 ص",
        ended_at="11:30 ص",
        chair="د. خالد بن فهد العتيبي",
        attendees=(
            Attendee("د. خالد بن فهد العتيبي", "رئيس اللجنة", True),
            Attendee("أ. سارة بنت فهد العتيبي", "نائبة الرئيس", True),
            Attendee("أ. ماجد بن سليمان الحربي", "عضو", True),
            Attendee("أ. منى بنت راشد السبيعي", "عضو ومقررة", True),
            Attendee("أ. تركي بن عبدالعزيز المطيري", "عضو", False),
        ),
        quorum_required=3,
        quorum_met=True,
        agenda_intro=(
            "دراسة طلبات المساعدة المحالة من قسم البحث الاجتماعي خلال شهر جمادى الأولى 1448هـ، "
            "والبت فيها وفق سياسة المساعدات المعتمدة."
        ),
        decisions=tuple(decision(n) for n in range(1, count + 1)),
        closing="وانتهى الاجتماع في تمام الساعة 11:30 صباحاً، وصلى الله وسلم على نبينا محمد.",
        signatories=(
            Signatory("د. خالد بن فهد العتيبي", "رئيس اللجنة"),
            Signatory("أ. سارة بنت فهد العتيبي", "نائبة الرئيس"),
            Signatory("أ. ماجد بن سليمان الحربي", "عضو"),
            Signatory("أ. منى بنت راشد السبيعي", "عضو ومقررة"),
        ),
        policy_reference="صدر وفق سياسة المساعدات المعتمدة بقرار مجلس الإدارة رقم 7/1447",
    )
    values.update(changes)
    return MeetingMinutes(**values)


def sample_case(n: int = 1, **changes) -> CaseSummary:
    values = dict(
        letterhead=LETTERHEAD,
        application_number=f"1448/{n:05d}",
        program="الإعانة النقدية الشهرية",
        submitted=date(2026, 11, 2),
        beneficiary_name=_NAMES[n % len(_NAMES)],
        national_id="1012345672",
        age=43,
        region_city="الرياض / الخرج",
        family_size=6,
        income_per_person=Decimal("583.33"),
        total_income=Decimal("3500"),
        total_expenses=Decimal("4250.50"),
        housing="شقة مستأجرة، الإيجار السنوي 18,000 ريال",
        needs_score=78,
        needs_band="احتياج مرتفع",
        eligibility=(
            EligibilityLine("دخل الفرد الشهري", True, "583.33 ريال", "أقل من 1,200 ريال"),
            EligibilityLine("الإقامة في نطاق خدمة الجمعية", True, "الخرج", "محافظة الخرج"),
            EligibilityLine("تحديث بيانات الأسرة خلال سنة", True, "02/11/2026", "بعد 02/11/2025"),
            EligibilityLine("عدم تلقي دعم مماثل من جهة أخرى", False, "مستفيد من الضمان", "غير مستفيد"),
        ),
        checklist=(
            ChecklistItem("صورة الهوية الوطنية", "مستلم"),
            ChecklistItem("سجل الأسرة", "مستلم"),
            ChecklistItem("عقد الإيجار", "مستلم"),
            ChecklistItem("تعريف بالراتب", "ناقص"),
            ChecklistItem("كشف حساب بنكي لثلاثة أشهر", "مستلم"),
            ChecklistItem("صك الإعالة", "غير مطلوب"),
        ),
        visit_findings=(
            "زارت الباحثة الاجتماعية الأسرة بتاريخ 10/11/2026م، ووجدت المسكن شقة من ثلاث غرف في حالة "
            "متوسطة، والأثاث قديم، وتعيل الأم خمسة أبناء أكبرهم في الصف الثالث الثانوي. "
            "أفادت الأم بتأخر سداد الإيجار لقسطين، وأطلعت الباحثة على إنذار من المؤجر."
        ),
        recommendation=(
            "توصي الباحثة بقبول الطلب وصرف إعانة نقدية شهرية قدرها 1,500 ريال لمدة ستة أشهر، "
            "مع إحالة الأسرة لبرنامج سداد الإيجار."
        ),
    )
    values.update(changes)
    return CaseSummary(**values)


def sample_report(**changes) -> ReportDocument:
    regions = ReportTable(
        headers=("المنطقة", "عدد الأسر", "عدد المستفيدين", "قيمة المساعدات (ريال)"),
        rows=(
            ("الرياض", "412", "1,873", "1,245,500.00"),
            ("مكة المكرمة", "230", "1,004", "640,250.00"),
            ("المنطقة الشرقية", "118", "522", "318,000.00"),
            ("القصيم", "64", "281", "120,750.50"),
            ("الحدود الشمالية", "21", "97", "40,500.00"),
        ),
        widths=(3, 2, 2, 3),
        numeric=(1, 2, 3),
        chart=True,
    )
    services = ReportTable(
        headers=("الخدمة", "عدد المرات", "القيمة (ريال)", "ملاحظات"),
        rows=(
            ("السلة الغذائية", "1,240", "310,000.00", "توزيع شهري بالتعاون مع بنك الطعام"),
            ("الإعانة النقدية الشهرية", "845", "1,267,500.00", ""),
            ("سداد الإيجار", "96", "576,000.00", "حد أعلى 6,000 ريال للأسرة في السنة"),
            ("ترميم المساكن", "12", "211,500.00", "بإشراف مهندس متطوع"),
        ),
        widths=(3, 1.6, 2, 4),
        numeric=(1, 2),
    )
    values = dict(
        letterhead=LETTERHEAD,
        title="التقرير الربعي لمجلس الإدارة",
        period="الربع الثاني من عام 1448هـ (01/10/2026م - 31/12/2026م)",
        generated_at=datetime(2026, 12, 31, 14, 5),
        sections=(
            ReportSection(
                heading="أولاً: المؤشرات الرئيسية",
                paragraphs=("تعرض هذه الفقرة أهم مؤشرات أداء الجمعية خلال الربع.",),
                figures=(
                    ("المستفيدون", "3,777"),
                    ("الأسر", "845"),
                    ("قيمة المساعدات", "2,365,000 ريال"),
                    ("الطلبات المبتوت فيها في الوقت المحدد", "92%"),
                    ("نسبة الرضا", "88%"),
                    ("الشكاوى المغلقة في وقتها", "95%"),
                ),
            ),
            ReportSection(
                heading="ثانياً: المستفيدون حسب المنطقة",
                paragraphs=(
                    "توزع المستفيدون على خمس مناطق، وتستحوذ منطقة الرياض على النسبة الأكبر "
                    "لقرب مقر الجمعية ومكاتبها الميدانية.",
                ),
                table=regions,
            ),
            ReportSection(
                heading="ثالثاً: الخدمات المقدمة",
                paragraphs=("يبين الجدول الآتي الخدمات المقدمة وعددها وقيمتها خلال الربع.",),
                table=services,
            ),
        ),
    )
    values.update(changes)
    return ReportDocument(**values)
