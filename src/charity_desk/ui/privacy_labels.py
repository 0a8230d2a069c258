"""Names shown for the stored codes of the privacy registers (``data_requests.KINDS``, ``OUTCOMES``)."""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate

CONTEXT = "PrivacyLabels"
REQUEST_KINDS = {
    "access": QT_TRANSLATE_NOOP("PrivacyLabels", "Access to the data"),
    "copy": QT_TRANSLATE_NOOP("PrivacyLabels", "A copy of the data"),
    "correction": QT_TRANSLATE_NOOP("PrivacyLabels", "Correction"),
    "destruction": QT_TRANSLATE_NOOP("PrivacyLabels", "Destruction"),
}
REQUEST_OUTCOMES = {
    "fulfilled": QT_TRANSLATE_NOOP("PrivacyLabels", "Fulfilled"),
    "partly": QT_TRANSLATE_NOOP("PrivacyLabels", "Partly fulfilled"),
    "refused": QT_TRANSLATE_NOOP("PrivacyLabels", "Refused"),
}


def label(names: dict[str, str], code: str) -> str:
    """The translated name of ``code`` in one of the tables above; the code itself when unknown."""
    return translate(CONTEXT, names[code]) if code in names else code
