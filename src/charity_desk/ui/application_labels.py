"""Names shown for the stored codes of applications: their state, how consent was given, what became of a visit."""

from __future__ import annotations

from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate

CONTEXT = "ApplicationLabels"
CONSENT_METHODS = {
    "written": QT_TRANSLATE_NOOP("ApplicationLabels", "in writing"),
    "verbal": QT_TRANSLATE_NOOP("ApplicationLabels", "verbally"),
    "electronic": QT_TRANSLATE_NOOP("ApplicationLabels", "electronically"),
}
VISIT_STATUSES = {
    "scheduled": QT_TRANSLATE_NOOP("ApplicationLabels", "Scheduled"),
    "done": QT_TRANSLATE_NOOP("ApplicationLabels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("ApplicationLabels", "Cancelled"),
}


def state_label(state: State) -> str:
    return translate("ApplicationState", STATE_LABELS[state])


def consent_method_label(code: str) -> str:
    return translate(CONTEXT, CONSENT_METHODS[code]) if code in CONSENT_METHODS else code


def visit_status_label(code: str) -> str:
    return translate(CONTEXT, VISIT_STATUSES[code]) if code in VISIT_STATUSES else code
