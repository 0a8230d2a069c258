"""Audit entries read as sentences: who («النظام» rather than ``system``), which record («الطلب رقم
924» rather than ``application 924``) and what it held («شمل العرض: الدخل والصحة» rather than
``{"health": true, "income": true}``).

The trail stores codes and JSON so it can be sealed and searched; this is the one place that turns
them into words, so the Audit page never shows a stored code, a key or ``null``.
"""

from __future__ import annotations

import json
import re

from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.domain.roles import ROLE_LABELS, Role
from charity_desk.i18n import current_language, render, translate
from charity_desk.reference import audit_action_label, breach_categories, channels
from charity_desk.services.audit_search import AuditRow
from charity_desk.services.field_names import field_name
from charity_desk.ui.committee_labels import LETTER_KINDS, OUTCOMES
from charity_desk.ui.formatting import show_number, show_text
from charity_desk.ui.privacy_labels import REQUEST_KINDS, REQUEST_OUTCOMES

CONTEXT = "AuditSentences"
SYSTEM_USER = "system"
_LATIN = re.compile(r"[A-Za-z]")

ENTITIES = {
    "beneficiary": QT_TRANSLATE_NOOP("AuditSentences", "Beneficiary file"),
    "user": QT_TRANSLATE_NOOP("AuditSentences", "User account"),
    "application": QT_TRANSLATE_NOOP("AuditSentences", "Application"),
    "program": QT_TRANSLATE_NOOP("AuditSentences", "Program"),
    "meeting": QT_TRANSLATE_NOOP("AuditSentences", "Meeting"),
    "committee": QT_TRANSLATE_NOOP("AuditSentences", "Committee"),
    "letter": QT_TRANSLATE_NOOP("AuditSentences", "Letter"),
    "letter_template": QT_TRANSLATE_NOOP("AuditSentences", "Letter template"),
    "data_request": QT_TRANSLATE_NOOP("AuditSentences", "Personal data request"),
    "breach": QT_TRANSLATE_NOOP("AuditSentences", "Data breach"),
    "complaint": QT_TRANSLATE_NOOP("AuditSentences", "Complaint"),
    "survey": QT_TRANSLATE_NOOP("AuditSentences", "Survey"),
    "task": QT_TRANSLATE_NOOP("AuditSentences", "Task given to a colleague"),
    "referral": QT_TRANSLATE_NOOP("AuditSentences", "Referral"),
    "partner": QT_TRANSLATE_NOOP("AuditSentences", "Partner association"),
    "inquiry": QT_TRANSLATE_NOOP("AuditSentences", "Inquiry"),
    "answer_template": QT_TRANSLATE_NOOP("AuditSentences", "Library answer"),
    "privacy_notice": QT_TRANSLATE_NOOP("AuditSentences", "Privacy notice"),
    "retention_run": QT_TRANSLATE_NOOP("AuditSentences", "Retention review"),
    "retention_rule": QT_TRANSLATE_NOOP("AuditSentences", "Retention rule"),
    "retention_flag": QT_TRANSLATE_NOOP("AuditSentences", "Legal hold"),
    "disclosure": QT_TRANSLATE_NOOP("AuditSentences", "Disclosure"),
    "backup": QT_TRANSLATE_NOOP("AuditSentences", "Backup"),
    "report": QT_TRANSLATE_NOOP("AuditSentences", "Report"),
    "reach": QT_TRANSLATE_NOOP("AuditSentences", "Reach figures"),
    "list": QT_TRANSLATE_NOOP("AuditSentences", "List export"),
    "setting": QT_TRANSLATE_NOOP("AuditSentences", "Settings"),
    "association_profile": QT_TRANSLATE_NOOP("AuditSentences", "Association details"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditSentences", "Audit trail"),
    "audit": QT_TRANSLATE_NOOP("AuditSentences", "Audit trail"),
}
_OTHER_RECORD = QT_TRANSLATE_NOOP("AuditSentences", "Record")
_NUMBERED = QT_TRANSLATE_NOOP("AuditSentences", "{record} no. {id}")

#: What each key of an entry's details is called.
KEYS = {
    "kind": QT_TRANSLATE_NOOP("AuditSentences", "kind"),
    "count": QT_TRANSLATE_NOOP("AuditSentences", "number"),
    "version": QT_TRANSLATE_NOOP("AuditSentences", "version"),
    "value": QT_TRANSLATE_NOOP("AuditSentences", "new value"),
    "item": QT_TRANSLATE_NOOP("AuditSentences", "item"),
    "fields": QT_TRANSLATE_NOOP("AuditSentences", "changed"),
    "channel": QT_TRANSLATE_NOOP("AuditSentences", "channel"),
    "visit": QT_TRANSLATE_NOOP("AuditSentences", "visit"),
    "status": QT_TRANSLATE_NOOP("AuditSentences", "state"),
    "source": QT_TRANSLATE_NOOP("AuditSentences", "source"),
    "seed": QT_TRANSLATE_NOOP("AuditSentences", "sample"),
    "rows": QT_TRANSLATE_NOOP("AuditSentences", "rows"),
    "tables": QT_TRANSLATE_NOOP("AuditSentences", "tables"),
    "reason": QT_TRANSLATE_NOOP("AuditSentences", "reason"),
    "progress": QT_TRANSLATE_NOOP("AuditSentences", "progress"),
    "outcome": QT_TRANSLATE_NOOP("AuditSentences", "outcome"),
    "member": QT_TRANSLATE_NOOP("AuditSentences", "member"),
    "found": QT_TRANSLATE_NOOP("AuditSentences", "found"),
    "counts": QT_TRANSLATE_NOOP("AuditSentences", "figures"),
    "cancelled": QT_TRANSLATE_NOOP("AuditSentences", "cancelled"),
    "applications": QT_TRANSLATE_NOOP("AuditSentences", "applications"),
    "years": QT_TRANSLATE_NOOP("AuditSentences", "years"),
    "warnings": QT_TRANSLATE_NOOP("AuditSentences", "warnings"),
    "possible_duplicates": QT_TRANSLATE_NOOP("AuditSentences", "possible duplicates"),
    "other": QT_TRANSLATE_NOOP("AuditSentences", "the other file"),
    "score": QT_TRANSLATE_NOOP("AuditSentences", "score"),
    "files": QT_TRANSLATE_NOOP("AuditSentences", "files"),
    "open_pairs": QT_TRANSLATE_NOOP("AuditSentences", "pairs to review"),
    "new_pairs": QT_TRANSLATE_NOOP("AuditSentences", "new pairs"),
    "reopened": QT_TRANSLATE_NOOP("AuditSentences", "pairs back after a change"),
    "cleared": QT_TRANSLATE_NOOP("AuditSentences", "pairs no longer suspected"),
    "username": QT_TRANSLATE_NOOP("AuditSentences", "user name"),
    "to": QT_TRANSLATE_NOOP("AuditSentences", "to"),
    "from": QT_TRANSLATE_NOOP("AuditSentences", "from"),
    "surveys": QT_TRANSLATE_NOOP("AuditSentences", "surveys"),
    "start": QT_TRANSLATE_NOOP("AuditSentences", "from"),
    "end": QT_TRANSLATE_NOOP("AuditSentences", "to"),
    "rows_read": QT_TRANSLATE_NOOP("AuditSentences", "rows read"),
    "role": QT_TRANSLATE_NOOP("AuditSentences", "role"),
    "researcher": QT_TRANSLATE_NOOP("AuditSentences", "researcher"),
    "reported": QT_TRANSLATE_NOOP("AuditSentences", "reported"),
    "rejected_rows": QT_TRANSLATE_NOOP("AuditSentences", "rows refused"),
    "region": QT_TRANSLATE_NOOP("AuditSentences", "region"),
    "referral": QT_TRANSLATE_NOOP("AuditSentences", "referral"),
    "reference": QT_TRANSLATE_NOOP("AuditSentences", "reference"),
    "records_affected": QT_TRANSLATE_NOOP("AuditSentences", "records affected"),
    "program_id": QT_TRANSLATE_NOOP("AuditSentences", "program"),
    "program": QT_TRANSLATE_NOOP("AuditSentences", "program"),
    "permission": QT_TRANSLATE_NOOP("AuditSentences", "permission"),
    "passed": QT_TRANSLATE_NOOP("AuditSentences", "eligible"),
    "partner": QT_TRANSLATE_NOOP("AuditSentences", "partner"),
    "on_time": QT_TRANSLATE_NOOP("AuditSentences", "on time"),
    "new_people": QT_TRANSLATE_NOOP("AuditSentences", "new people"),
    "method": QT_TRANSLATE_NOOP("AuditSentences", "method"),
    "meeting": QT_TRANSLATE_NOOP("AuditSentences", "meeting"),
    "masked": QT_TRANSLATE_NOOP("AuditSentences", "masked"),
    "late": QT_TRANSLATE_NOOP("AuditSentences", "late"),
    "items": QT_TRANSLATE_NOOP("AuditSentences", "items"),
    "identity_checked": QT_TRANSLATE_NOOP("AuditSentences", "identity checked"),
    "genuine": QT_TRANSLATE_NOOP("AuditSentences", "genuine"),
    "format": QT_TRANSLATE_NOOP("AuditSentences", "format"),
    "family_members": QT_TRANSLATE_NOOP("AuditSentences", "family members"),
    "deliveries": QT_TRANSLATE_NOOP("AuditSentences", "deliveries"),
    "decisions": QT_TRANSLATE_NOOP("AuditSentences", "decisions"),
    "days": QT_TRANSLATE_NOOP("AuditSentences", "days"),
    "contacts": QT_TRANSLATE_NOOP("AuditSentences", "contacts"),
    "categories": QT_TRANSLATE_NOOP("AuditSentences", "categories"),
    "beneficiary": QT_TRANSLATE_NOOP("AuditSentences", "beneficiary"),
    "beneficiaries": QT_TRANSLATE_NOOP("AuditSentences", "beneficiaries"),
    "before_restore": QT_TRANSLATE_NOOP("AuditSentences", "before restoring"),
    "band": QT_TRANSLATE_NOOP("AuditSentences", "need level"),
    "audit_anchor": QT_TRANSLATE_NOOP("AuditSentences", "audit anchor"),
    "attempts": QT_TRANSLATE_NOOP("AuditSentences", "attempts"),
    "attached": QT_TRANSLATE_NOOP("AuditSentences", "attached"),
    "as_of": QT_TRANSLATE_NOOP("AuditSentences", "as of"),
    "application": QT_TRANSLATE_NOOP("AuditSentences", "application"),
    "anonymous": QT_TRANSLATE_NOOP("AuditSentences", "anonymous"),
    "user": QT_TRANSLATE_NOOP("AuditSentences", "user"),
    "income": QT_TRANSLATE_NOOP("AuditSentences", "income"),
    "health": QT_TRANSLATE_NOOP("AuditSentences", "health"),
    "legacy_entries": QT_TRANSLATE_NOOP("AuditSentences", "earlier entries"),
    "legacy_intact": QT_TRANSLATE_NOOP("AuditSentences", "earlier entries intact"),
    "supervisor": QT_TRANSLATE_NOOP("AuditSentences", "supervisor"),
    "other_member": QT_TRANSLATE_NOOP("AuditSentences", "other member"),
    "other_application": QT_TRANSLATE_NOOP("AuditSentences", "other application"),
    "period": QT_TRANSLATE_NOOP("AuditSentences", "period"),
    "households": QT_TRANSLATE_NOOP("AuditSentences", "households"),
    "merged_file": QT_TRANSLATE_NOOP("AuditSentences", "merged file"),
    "merge": QT_TRANSLATE_NOOP("AuditSentences", "merge"),
}
_SHOWN_WITH = QT_TRANSLATE_NOOP("AuditSentences", "Shown with: {sections}")
_WITHOUT = QT_TRANSLATE_NOOP("AuditSentences", "Without: {sections}")
_CHANGED = QT_TRANSLATE_NOOP("AuditSentences", "Changed: {fields}")
_SOME_FIELDS = QT_TRANSLATE_NOOP("AuditSentences", "fields of the file")
_SYSTEM = QT_TRANSLATE_NOOP("AuditSentences", "The system")
_OTHER_ACTION = QT_TRANSLATE_NOOP("AuditSentences", "Other action")
#: Stored codes that appear as values, and what they are called.
CODES = {
    "yes": QT_TRANSLATE_NOOP("AuditSentences", "yes"),
    "no": QT_TRANSLATE_NOOP("AuditSentences", "no"),
    "open": QT_TRANSLATE_NOOP("AuditSentences", "open"),
    "closed": QT_TRANSLATE_NOOP("AuditSentences", "closed"),
    "done": QT_TRANSLATE_NOOP("AuditSentences", "done"),
    "scheduled": QT_TRANSLATE_NOOP("AuditSentences", "scheduled"),
    "pending": QT_TRANSLATE_NOOP("AuditSentences", "pending"),
    "provided": QT_TRANSLATE_NOOP("AuditSentences", "provided"),
    "verified": QT_TRANSLATE_NOOP("AuditSentences", "verified against the original"),
    "mismatch": QT_TRANSLATE_NOOP("AuditSentences", "mismatch"),
    "xlsx": QT_TRANSLATE_NOOP("AuditSentences", "Excel"),
    "pdf": QT_TRANSLATE_NOOP("AuditSentences", "PDF"),
    "csv": QT_TRANSLATE_NOOP("AuditSentences", "CSV"),
}
#: Parts of a file that an entry says were shown («شمل العرض: الدخل والصحة»).
_SECTIONS = ("income", "health")


def user_text(row: AuditRow) -> str:
    """The staff member's name, «النظام» for what the application did by itself."""
    if row.username == SYSTEM_USER:
        return _tr(_SYSTEM)
    return getattr(row, "full_name", "") or row.username


def action_text(row: AuditRow) -> str:
    label = audit_action_label(row.action, current_language())
    if label != row.action:
        return label
    return _tr(_OTHER_ACTION)


def record_text(row: AuditRow) -> str:
    if not row.entity:
        return ""
    name = translate(CONTEXT, ENTITIES.get(row.entity, _OTHER_RECORD))
    if row.entity == "setting" or not row.entity_id:
        return name
    return _tr(_NUMBERED).format(record=name, id=show_text(str(row.entity_id)))


def details_text(row: AuditRow) -> str:
    """The entry's details as words: «شمل العرض: الدخل والصحة»، «عدّل: الجوال، المدينة»."""
    try:
        details = json.loads(row.details or "{}")
    except ValueError:
        return ""
    if not isinstance(details, dict):
        return ""
    parts = []
    shown = [key for key in _SECTIONS if details.get(key) is True]
    hidden = [key for key in _SECTIONS if details.get(key) is False]
    if row.action == "beneficiary.viewed":
        if shown:
            parts.append(_tr(_SHOWN_WITH).format(sections=_and(_key(k) for k in shown)))
        if hidden:
            parts.append(_tr(_WITHOUT).format(sections=_and(_key(k) for k in hidden)))
        details = {k: v for k, v in details.items() if k not in _SECTIONS}
    if isinstance(details.get("fields"), list):
        names = [render(field_name(_field_entity(row.action), str(f))) for f in details.pop("fields")]
        if names:
            parts.append(_tr(_CHANGED).format(fields=_and(n for n in names if not _LATIN.search(n))
                                                         or _tr(_SOME_FIELDS)))
    for key, value in details.items():
        if key not in KEYS:  # a detail with no name yet is left out rather than shown as a code
            continue
        shown_value = _value(key, value)
        if shown_value:
            parts.append(f"{_key(key)}: {shown_value}")
    return "، ".join(parts)


def _field_entity(action: str) -> str:
    prefix = action.split(".", 1)[0]
    return {"family": "family_member"}.get(prefix, prefix)


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _key(key: str) -> str:
    return translate(CONTEXT, KEYS[key])


def _and(items) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    joiner = " and " if current_language() == "en" else " و"
    return "، ".join(items[:-1]) + joiner + items[-1]


def _value(key: str, value) -> str:
    """A detail's value in words; empty for nothing to say (``null``, an empty list, an unknown code)."""
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, bool):
        return _tr(CODES["yes"] if value else CODES["no"])
    if isinstance(value, int | float):
        return show_number(value)
    if isinstance(value, list):
        return "، ".join(v for v in (_value(key, item) for item in value) if v)
    if isinstance(value, dict):
        return "، ".join(f"{_key(k)}: {v}" for k, v in ((k, _value(k, v)) for k, v in value.items())
                        if v and k in KEYS)
    return _code(key, str(value))


def _code(key: str, value: str) -> str:
    """A stored string: translated when it is a code, as typed when it is a name or a number."""
    if value in {s.value for s in State}:
        return translate("ApplicationState", STATE_LABELS[State(value)])
    if value in {r.value for r in Role}:
        return translate("Roles", ROLE_LABELS[Role(value)])
    for names, context in ((OUTCOMES, "CommitteeLabels"), (LETTER_KINDS, "CommitteeLabels"),
                           (REQUEST_KINDS, "PrivacyLabels"), (REQUEST_OUTCOMES, "PrivacyLabels")):
        if value in names:
            return translate(context, names[value])
    for choice in (*channels(), *breach_categories()):
        if choice.code == value:
            return choice.label(current_language())
    if value in CODES:
        return _tr(CODES[value])
    if not _LATIN.search(value):
        return show_text(value)
    return ""  # a code with no name yet: better unsaid than shown in English
