"""The gathered data of one person (services.person_data) laid out as the PDF's sections, in Arabic."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from charity_desk.documents.amounts import format_amount
from charity_desk.documents.person_file import FactsSection, Section, TableSection
from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.dates import format_gregorian
from charity_desk.domain.needs import Questionnaire
from charity_desk.i18n import in_arabic
from charity_desk.reference import choice_label, needs_questionnaire_data
from charity_desk.services.referral_views import SHARED_ITEMS

_OUTCOME = {"accepted": "مقبول", "rejected": "مرفوض", "deferred": "مؤجل"}
_DIRECTION = {"income": "دخل", "expense": "مصروف", "out": "صادرة", "in": "واردة"}
_DELIVERY = {"cash": "نقدية", "in_kind": "عينية", "attendance": "حضور", "service": "خدمة"}
_REFERRAL = {"sent": "مرسلة", "accepted": "مقبولة", "declined": "معتذر عنها", "served": "مخدوم"}
_VISIT = {"scheduled": "مجدولة", "done": "منفذة", "cancelled": "ملغاة"}
_CONSENT = {"written": "كتابية", "verbal": "شفهية", "electronic": "إلكترونية"}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_gregorian(value.astimezone().date())
    if isinstance(value, date):
        return format_gregorian(value)
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, bool):
        return "نعم" if value else "لا"
    return str(value)


def _state(code: str) -> str:
    return in_arabic("ApplicationState", STATE_LABELS[State(code)]) if code in State._value2member_map_ else code


def _phone(mobile: str) -> str:
    """As people write it (05…): «+966…» would lose its sign to the right edge of an Arabic cell."""
    return "0" + mobile.removeprefix("+966") if mobile.startswith("+966") else mobile


def _person(p: dict) -> FactsSection:
    address = "، ".join(x for x in (p["district"], p["street"], p["building_number"], p["postal_code"],
                                    p["additional_number"], p["unit"], p["short_address"]) if x)
    return FactsSection("البيانات الشخصية", (
        ("رقم الملف", str(p["id"])), ("الاسم", p["full_name"]), ("رقم الهوية", p["national_id"]),
        ("الجنسية", p["nationality"]), ("الجنس", choice_label("gender", p["gender"])),
        ("تاريخ الميلاد", _text(p["birth_date"])), ("الحالة الاجتماعية", choice_label("marital_status",
                                                                                  p["marital_status"])),
        ("الجوال", _phone(p["mobile"])), ("جوال آخر", _phone(p["mobile_alt"])),
        ("المنطقة / المدينة", f"{p['region']} — {p['city']}".strip(" —")), ("العنوان الوطني", address),
        ("تاريخ التسجيل", _text(p["created_at"])), ("آخر تحقق", _text(p["verified_on"]))))


def _facts(title: str, values: dict, labels: dict[str, str], kinds: dict[str, str] | None = None) -> FactsSection:
    kinds = kinds or {}
    return FactsSection(title, tuple(
        (label, choice_label(kinds[key], values[key]) if key in kinds else _text(values[key]))
        for key, label in labels.items() if key in values))


def _table(title: str, headers: tuple[str, ...], ratios: tuple[float, ...], rows) -> TableSection:
    return TableSection(title, headers, ratios, tuple(tuple(_text(cell) for cell in row) for row in rows))


def sections(data: dict) -> tuple[Section, ...]:
    money = "income_and_expenses" in data
    bands = {b.code: b.label_ar for b in Questionnaire.from_data(needs_questionnaire_data()).bands}
    result: list[Section] = [_person(data["person"])]
    result.append(_table("أفراد الأسرة", ("الاسم", "الصلة", "رقم الهوية", "الجنس", "تاريخ الميلاد", "الدخل الشهري"),
                         (4, 2, 2.5, 1.5, 2.5, 2), [
        (m["full_name"], choice_label("relation", m["relation"]), m["national_id"],
         choice_label("gender", m["gender"]), m["birth_date"], m.get("monthly_income", "")) for m in data["family"]]))
    if money:
        result.append(_table("الدخل والمصروفات", ("النوع", "البند", "الوصف", "المبلغ الشهري"), (1.5, 3, 5, 2.5), [
            (_DIRECTION.get(i["direction"], i["direction"]),
             choice_label(f"{i['direction']}_category", i["category"]), i["description"], i["monthly_amount"])
            for i in data["income_and_expenses"]]))
    result.append(_facts("السكن", data["housing"], {
        "tenure": "الحيازة", "kind": "نوع السكن", "rooms": "عدد الغرف", "condition": "حالة السكن",
        "monthly_rent": "الإيجار الشهري", "notes": "ملاحظات"},
        {"tenure": "housing_tenure", "kind": "housing_kind", "condition": "housing_condition"}))
    if "health" in data:
        result.append(_facts("البيانات الصحية", data["health"], {
            "chronic_conditions": "الأمراض المزمنة", "disability": "الإعاقة", "medications": "الأدوية",
            "notes": "ملاحظات"}))
    result.append(_table("تقييم الاحتياج", ("التاريخ", "الدرجة", "الفئة"), (3, 2, 4), [
        (n["assessed_at"], n["score"], bands.get(n["band"], n["band"])) for n in data["needs_assessments"]]))
    result.append(_table("المستندات", ("النوع", "اسم الملف", "التاريخ", "الحجم (بايت)", "البصمة SHA-256"),
                         (2.2, 3, 2, 1.6, 6), [
        (choice_label("document_kind", d["kind"]), d["original_name"], d["added_at"], d["size_bytes"], d["sha256"])
        for d in data["documents"]]))
    result.append(_table("سجل التواصل", ("التاريخ", "النوع", "القناة", "السبب", "المطلوب", "الرد"),
                         (2, 1.5, 1.8, 2.5, 3, 3), [
        (c["at"], choice_label("contact_kind", c["kind"]), choice_label("channel", c["channel"]), c["reason"],
         c["asked"], c["answered"]) for c in data["contacts"]]))
    result.append(_table("الاستفسارات", ("التاريخ", "القناة", "السؤال", "الإجابة"), (2, 2, 5, 5), [
        (i["received_at"], choice_label("channel", i["channel"]), i["question"], i["answer"])
        for i in data["inquiries"]]))
    result.append(_table("الطلبات", ("رقم الطلب", "البرنامج", "الحالة", "تاريخ الورود", "تاريخ القرار",
                                     "الموافقة"), (2.2, 3, 2.5, 2, 2, 2), [
        (a["number"], a["program"], _state(a["state"]), a["submitted_at"], a["decided_at"],
         _CONSENT.get(a["consent_method"], a["consent_method"])) for a in data["applications"]]))
    result.append(_table("سجل حالات الطلبات", ("رقم الطلب", "التاريخ", "من", "إلى", "السبب"), (2.2, 2, 2.5, 2.5, 4), [
        (a["number"], t["at"], _state(t["from_state"]), _state(t["to_state"]), t["reason"])
        for a in data["applications"] for t in a["history"]]))
    result.append(_table("القرارات", ("رقم الطلب", "التاريخ", "القرار", "المبلغ", "الخدمة", "المسوغات"),
                         (2.2, 2, 1.6, 1.8, 2.5, 4), [
        (a["number"], d["recorded_at"], _OUTCOME.get(d["outcome"], d["outcome"]), d.get("amount"), d["service"],
         "، ".join(x for x in (d["rationale"], d["reason_text"], d["missing"]) if x))
        for a in data["applications"] for d in a["decisions"]]))
    result.append(_table("الزيارات المنزلية", ("الموعد", "الحالة", "تاريخ الزيارة", "النتائج", "التوصية"),
                         (2, 1.6, 2, 4, 4), [
        (v["scheduled_for"], _VISIT.get(v["status"], v["status"]), v["visited_on"], v["findings"],
         v["recommendation"]) for v in data["visits"]]))
    result.append(_table("الخدمات المقدمة", ("التاريخ", "البرنامج", "النوع", "الأصناف", "الكمية", "المبلغ"),
                         (2, 3, 1.5, 3, 1.2, 2), [
        (s["delivered_on"], s["program"], _DELIVERY.get(s["kind"], s["kind"]), s["items"], s["quantity"] or "",
         s.get("amount", "")) for s in data["services_received"]]))
    result.append(_table("استبانات الرضا (غير المجهولة)", ("التاريخ", "البرنامج", "راضٍ", "الملاحظات"),
                         (2, 3, 1.5, 6), [
        (s["answered_on"], s["program"], s["satisfied"], s["comment"]) for s in data["surveys"]]))
    result.append(_table("الإحالات", ("التاريخ", "الاتجاه", "الجهة", "السبب", "الحالة", "النتيجة"),
                         (2, 1.4, 3, 3, 1.6, 3), [
        (r["created_at"], _DIRECTION.get(r["direction"], r["direction"]), r["partner"], r["reason"],
         _REFERRAL.get(r["status"], r["status"]), r["outcome"]) for r in data["referrals"]]))
    result.append(_table("سجل الإفصاح", ("التاريخ", "الجهة المستلمة", "الأساس", "البيانات المفصح عنها"),
                         (2, 3, 4, 4), [
        (d["shared_at"], d["recipient"], d["basis"], "، ".join(
            in_arabic("Referrals", SHARED_ITEMS[i]) if i in SHARED_ITEMS else str(i) for i in d["items"])) for d in data["disclosures"]]))
    return tuple(result)
