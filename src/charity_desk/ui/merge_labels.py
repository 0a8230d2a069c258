"""How the values of two compared files read on screen: field names, dates in both calendars,
phones as people read them, codes as words, and the names of the records attached to each file."""

from __future__ import annotations

from datetime import date

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.phone import display_mobile
from charity_desk.i18n import current_language, render, translate
from charity_desk.reference import choice_label
from charity_desk.services.field_names import field_name
from charity_desk.ui.bidi import ltr
from charity_desk.ui.formatting import show_short_date, show_text

CONTEXT = "MergeLabels"
#: Attached records as the comparison names them (services.merge_compare.COUNTED, then the rest).
RECORDS = {
    "application": QT_TRANSLATE_NOOP("MergeLabels", "Applications"),
    "home_visit": QT_TRANSLATE_NOOP("MergeLabels", "Home visits"),
    "service_delivery": QT_TRANSLATE_NOOP("MergeLabels", "Services received"),
    "stored_document": QT_TRANSLATE_NOOP("MergeLabels", "Documents"),
    "family_member": QT_TRANSLATE_NOOP("MergeLabels", "Family members"),
    "contact_entry": QT_TRANSLATE_NOOP("MergeLabels", "Contacts"),
    "complaint": QT_TRANSLATE_NOOP("MergeLabels", "Complaints and suggestions"),
    "inquiry": QT_TRANSLATE_NOOP("MergeLabels", "Inquiries"),
    "referral": QT_TRANSLATE_NOOP("MergeLabels", "Referrals"),
    "issued_letter": QT_TRANSLATE_NOOP("MergeLabels", "Letters"),
    "other": QT_TRANSLATE_NOOP("MergeLabels", "Other records"),
}
_CODED = {"gender": "gender", "marital_status": "marital_status"}
_DIGITS = {"national_id", "building_number", "postal_code", "additional_number", "unit", "short_address"}


def field_label(field: str) -> str:
    return render(field_name("beneficiary", field))


def record_label(table: str) -> str:
    return translate(CONTEXT, RECORDS[table])


def value_text(field: str, value: object) -> str:
    """One file's value of ``field`` as read on screen (empty when the file has none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return show_short_date(value)
    if field in _CODED:
        return choice_label(_CODED[field], str(value), current_language())
    if field in ("mobile", "mobile_alt"):
        return ltr(show_text(display_mobile(str(value))))
    if field in _DIGITS:
        return ltr(show_text(str(value)))
    return str(value)
