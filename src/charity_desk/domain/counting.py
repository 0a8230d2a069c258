"""Counted nouns in Arabic: «يوم واحد، يومان، ٣ أيام، ١١ يومًا، ١٠٠ يوم».

Arabic number agreement depends on the count: one takes the singular with «واحد/واحدة» after it, two
the dual (nominative «يومان», or «يومين» after a preposition or as an object), three to ten the plural,
eleven to ninety-nine the singular in the accusative («يومًا»), and a round hundred or thousand (the
last two digits 0, 1 or 2) the singular in the genitive («١٠٠ يوم»).  Each noun the application counts
has its forms here, with its English forms for the English interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from charity_desk.domain.numerals import format_number

NOMINATIVE = "nominative"
OBLIQUE = "oblique"  # after a preposition («خلال يومين») or as an object («متأخر يومين»)


@dataclass(frozen=True)
class Noun:
    singular: str
    dual: str  # nominative
    dual_oblique: str
    plural: str  # after 3 to 10
    accusative: str  # after 11 to 99
    feminine: bool
    english: str
    english_plural: str


def _m(singular, dual, dual_oblique, plural, accusative, english, english_plural=None) -> Noun:
    return Noun(singular, dual, dual_oblique, plural, accusative, False, english, english_plural or english + "s")


def _f(singular, dual, dual_oblique, plural, english, english_plural=None) -> Noun:
    return Noun(singular, dual, dual_oblique, plural, singular, True, english, english_plural or english + "s")


NOUNS: dict[str, Noun] = {
    "day": _m("يوم", "يومان", "يومين", "أيام", "يومًا", "day"),
    "hour": _f("ساعة", "ساعتان", "ساعتين", "ساعات", "hour"),
    "minute": _f("دقيقة", "دقيقتان", "دقيقتين", "دقائق", "minute"),
    "month": _m("شهر", "شهران", "شهرين", "أشهر", "شهرًا", "month"),
    "year": _f("سنة", "سنتان", "سنتين", "سنوات", "year"),
    "application": _m("طلب", "طلبان", "طلبين", "طلبات", "طلبًا", "application"),
    "person": _m("شخص", "شخصان", "شخصين", "أشخاص", "شخصًا", "person", "people"),
    "beneficiary": _m("مستفيد", "مستفيدان", "مستفيدَين", "مستفيدين", "مستفيدًا", "beneficiary", "beneficiaries"),
    "letter": _m("خطاب", "خطابان", "خطابين", "خطابات", "خطابًا", "letter"),
    "record": _m("سجل", "سجلان", "سجلين", "سجلات", "سجلًا", "record"),
    "file": _m("ملف", "ملفان", "ملفين", "ملفات", "ملفًا", "file"),
    "survey": _f("استبانة", "استبانتان", "استبانتين", "استبانات", "survey"),
    "response": _m("رد", "ردان", "ردين", "ردود", "ردًا", "response"),
    "page": _f("صفحة", "صفحتان", "صفحتين", "صفحات", "page"),
    "photo": _f("صورة", "صورتان", "صورتين", "صور", "photo"),
    "field": _m("حقل", "حقلان", "حقلين", "حقول", "حقلًا", "field"),
    "contact": _m("تواصل", "تواصلان", "تواصلين", "تواصلات", "تواصلًا", "contact"),
    "figure": _m("رقم", "رقمان", "رقمين", "أرقام", "رقمًا", "figure"),
    "referral": _f("إحالة", "إحالتان", "إحالتين", "إحالات", "referral"),
    "row": _m("صف", "صفان", "صفين", "صفوف", "صفًا", "row"),
    "decision": _m("قرار", "قراران", "قرارين", "قرارات", "قرارًا", "decision"),
    "complaint": _f("شكوى", "شكويان", "شكويين", "شكاوى", "complaint"),
    "member": _m("عضو", "عضوان", "عضوين", "أعضاء", "عضوًا", "member"),
    "item": _m("بند", "بندان", "بندين", "بنود", "بندًا", "item"),
    "session": _f("جلسة", "جلستان", "جلستين", "جلسات", "session"),
    "time": _f("مرة", "مرتان", "مرتين", "مرات", "time"),
    "task": _f("مهمة", "مهمتان", "مهمتين", "مهام", "task"),
}


def arabic_noun_form(count: int, noun: str, case: str = NOMINATIVE) -> str:
    """The form of ``noun`` that goes after the number ``count`` (for 1 and 2 the whole phrase)."""
    forms = NOUNS[noun]
    last_two = abs(count) % 100
    if count == 1:
        return f"{forms.singular} {'واحدة' if forms.feminine else 'واحد'}"
    if count == 2:
        return forms.dual_oblique if case == OBLIQUE else forms.dual
    if 3 <= last_two <= 10:
        return forms.plural
    if 11 <= last_two <= 99:
        return forms.accusative
    return forms.singular


def count_arabic(count: int, noun: str, case: str = NOMINATIVE, style: str | None = None) -> str:
    """«يوم واحد»، «يومان»، «٣ أيام»، «١١ يومًا»، «١٠٠ يوم» — digits in the application's style."""
    form = arabic_noun_form(count, noun, case)
    if count in (1, 2):
        return form
    return f"{format_number(count, style=style)} {form}"


def count_english(count: int, noun: str) -> str:
    forms = NOUNS[noun]
    return f"{count:,} {forms.english if count == 1 else forms.english_plural}"
