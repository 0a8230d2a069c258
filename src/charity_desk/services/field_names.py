"""What the fields of a file are called, for the timeline and for edit conflicts.

Corrections are stored by field code (``FieldChange.field``); people read them by these names.
"""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "FieldNames"

_NAMES: dict[str, dict[str, str]] = {
    "beneficiary": {
        "first_name": QT_TRANSLATE_NOOP("FieldNames", "First name"),
        "father_name": QT_TRANSLATE_NOOP("FieldNames", "Father's name"),
        "grandfather_name": QT_TRANSLATE_NOOP("FieldNames", "Grandfather's name"),
        "family_name": QT_TRANSLATE_NOOP("FieldNames", "Family name"),
        "national_id": QT_TRANSLATE_NOOP("FieldNames", "National ID"),
        "gender": QT_TRANSLATE_NOOP("FieldNames", "Gender"),
        "birth_date": QT_TRANSLATE_NOOP("FieldNames", "Birth date"),
        "mobile": QT_TRANSLATE_NOOP("FieldNames", "Mobile"),
        "mobile_alt": QT_TRANSLATE_NOOP("FieldNames", "Second mobile"),
        "nationality": QT_TRANSLATE_NOOP("FieldNames", "Nationality"),
        "marital_status": QT_TRANSLATE_NOOP("FieldNames", "Marital status"),
        "region": QT_TRANSLATE_NOOP("FieldNames", "Region"),
        "city": QT_TRANSLATE_NOOP("FieldNames", "City"),
        "building_number": QT_TRANSLATE_NOOP("FieldNames", "Building number"),
        "street": QT_TRANSLATE_NOOP("FieldNames", "Street"),
        "district": QT_TRANSLATE_NOOP("FieldNames", "District"),
        "postal_code": QT_TRANSLATE_NOOP("FieldNames", "Postal code"),
        "additional_number": QT_TRANSLATE_NOOP("FieldNames", "Additional number"),
        "unit": QT_TRANSLATE_NOOP("FieldNames", "Unit"),
        "short_address": QT_TRANSLATE_NOOP("FieldNames", "Short address"),
    },
    "family_member": {
        "full_name": QT_TRANSLATE_NOOP("FieldNames", "Family member's name"),
        "relation": QT_TRANSLATE_NOOP("FieldNames", "Relation"),
        "national_id": QT_TRANSLATE_NOOP("FieldNames", "Family member's ID"),
        "birth_date": QT_TRANSLATE_NOOP("FieldNames", "Family member's birth date"),
        "monthly_income": QT_TRANSLATE_NOOP("FieldNames", "Family member's income"),
        "disability": QT_TRANSLATE_NOOP("FieldNames", "Family member's disability"),
        "schooling": QT_TRANSLATE_NOOP("FieldNames", "Schooling"),
    },
    "housing": {
        "tenure": QT_TRANSLATE_NOOP("FieldNames", "Housing tenure"),
        "kind": QT_TRANSLATE_NOOP("FieldNames", "Kind of housing"),
        "rooms": QT_TRANSLATE_NOOP("FieldNames", "Rooms"),
        "monthly_rent": QT_TRANSLATE_NOOP("FieldNames", "Monthly rent"),
        "condition": QT_TRANSLATE_NOOP("FieldNames", "Housing condition"),
    },
    "health": {
        "chronic_conditions": QT_TRANSLATE_NOOP("FieldNames", "Chronic conditions"),
        "disability": QT_TRANSLATE_NOOP("FieldNames", "Disability"),
        "medications": QT_TRANSLATE_NOOP("FieldNames", "Medications"),
    },
}
_NOTES = QT_TRANSLATE_NOOP("FieldNames", "Notes")


def field_name(entity: str, field: str) -> Message:
    """The field's name as a translatable message; an unnamed field is shown by its code."""
    text = _NAMES.get(entity, {}).get(field)
    if text is None and field == "notes":
        text = _NOTES
    return Message(CONTEXT, text) if text else Message(CONTEXT, "{code}", {"code": field})


def field_list(entity: str, fields: list[str]) -> Message:
    """Several field names, joined, each translated when the message is rendered."""
    unique = list(dict.fromkeys(fields))
    return Message(CONTEXT, "، ".join(f"{{f{n}}}" for n in range(len(unique))),
                   {f"f{n}": field_name(entity, name) for n, name in enumerate(unique)})
