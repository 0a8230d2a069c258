"""Names shown for the committee's stored codes: decision outcomes and kinds of letter."""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate

CONTEXT = "CommitteeLabels"
OUTCOMES = {
    "accepted": QT_TRANSLATE_NOOP("CommitteeLabels", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("CommitteeLabels", "Rejected"),
    "deferred": QT_TRANSLATE_NOOP("CommitteeLabels", "Deferred"),
}
LETTER_KINDS = {
    "acceptance": QT_TRANSLATE_NOOP("CommitteeLabels", "Acceptance"),
    "rejection": QT_TRANSLATE_NOOP("CommitteeLabels", "Rejection"),
    "deferral": QT_TRANSLATE_NOOP("CommitteeLabels", "Deferral"),
    "referral": QT_TRANSLATE_NOOP("CommitteeLabels", "Referral"),
}
ROLES = {
    "chair": QT_TRANSLATE_NOOP("CommitteeLabels", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("CommitteeLabels", "Secretary"),
    "member": QT_TRANSLATE_NOOP("CommitteeLabels", "Member"),
}


def outcome_label(code: str) -> str:
    return translate(CONTEXT, OUTCOMES[code]) if code in OUTCOMES else code


def letter_kind_label(code: str) -> str:
    return translate(CONTEXT, LETTER_KINDS[code]) if code in LETTER_KINDS else code


def role_label(code: str) -> str:
    return translate(CONTEXT, ROLES[code]) if code in ROLES else code
