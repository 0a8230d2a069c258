"""Names shown for the stored codes of delivery, surveys, complaints and reach.

The codes are fixed by the services (``delivery.KINDS``, ``surveys.CHANNELS``, ``reach.REACH_CHANNELS``,
``reach.METRICS``); only their names are translated here, once for every screen that shows them.
"""

from __future__ import annotations

from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import translate

CONTEXT = "FeedbackLabels"
DELIVERY_KINDS = {
    "cash": QT_TRANSLATE_NOOP("FeedbackLabels", "Cash"),
    "in_kind": QT_TRANSLATE_NOOP("FeedbackLabels", "In kind"),
    "attendance": QT_TRANSLATE_NOOP("FeedbackLabels", "Attendance"),
    "service": QT_TRANSLATE_NOOP("FeedbackLabels", "Service"),
}
SURVEY_CHANNELS = {
    "desk": QT_TRANSLATE_NOOP("FeedbackLabels", "At the desk"),
    "phone": QT_TRANSLATE_NOOP("FeedbackLabels", "By phone"),
    "paper": QT_TRANSLATE_NOOP("FeedbackLabels", "Typed from a paper form"),
}
#: The five points of every satisfaction question, from 1 to 5.
LIKERT = (
    QT_TRANSLATE_NOOP("FeedbackLabels", "Not satisfied at all"),
    QT_TRANSLATE_NOOP("FeedbackLabels", "Not satisfied"),
    QT_TRANSLATE_NOOP("FeedbackLabels", "Neutral"),
    QT_TRANSLATE_NOOP("FeedbackLabels", "Satisfied"),
    QT_TRANSLATE_NOOP("FeedbackLabels", "Very satisfied"),
)
COMPLAINT_KINDS = {
    "complaint": QT_TRANSLATE_NOOP("FeedbackLabels", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("FeedbackLabels", "Suggestion"),
}
COMPLAINT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("FeedbackLabels", "Open"),
    "closed": QT_TRANSLATE_NOOP("FeedbackLabels", "Closed"),
}
REACH_CHANNELS = {
    "website": QT_TRANSLATE_NOOP("FeedbackLabels", "Website"),
    "x": QT_TRANSLATE_NOOP("FeedbackLabels", "X (Twitter)"),
    "instagram": QT_TRANSLATE_NOOP("FeedbackLabels", "Instagram"),
    "snapchat": QT_TRANSLATE_NOOP("FeedbackLabels", "Snapchat"),
    "tiktok": QT_TRANSLATE_NOOP("FeedbackLabels", "TikTok"),
    "youtube": QT_TRANSLATE_NOOP("FeedbackLabels", "YouTube"),
    "whatsapp": QT_TRANSLATE_NOOP("FeedbackLabels", "WhatsApp"),
    "publications": QT_TRANSLATE_NOOP("FeedbackLabels", "Publications"),
}
METRICS = {
    "visits": QT_TRANSLATE_NOOP("FeedbackLabels", "Visits"),
    "followers": QT_TRANSLATE_NOOP("FeedbackLabels", "Followers"),
    "views": QT_TRANSLATE_NOOP("FeedbackLabels", "Views"),
    "distributed": QT_TRANSLATE_NOOP("FeedbackLabels", "Copies distributed"),
    "reached": QT_TRANSLATE_NOOP("FeedbackLabels", "People reached"),
}


def label(names: dict[str, str], code: str) -> str:
    """The translated name of ``code`` in one of the tables above; the code itself when unknown."""
    return translate(CONTEXT, names[code]) if code in names else code


def likert_label(point: int) -> str:
    return translate(CONTEXT, LIKERT[point - 1])
