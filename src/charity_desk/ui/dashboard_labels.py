"""Names the dashboard's charts show for the codes in DashboardFigures, in the screen's language."""

from __future__ import annotations

from charity_desk.domain.application_flow import STATE_LABELS, State
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.i18n import current_language, translate
from charity_desk.reference import choice_label
from charity_desk.services.dashboard import AGE_BANDS
from charity_desk.ui.feedback_labels import REACH_CHANNELS, label

CONTEXT = "DashboardLabels"
NOT_RECORDED = QT_TRANSLATE_NOOP("DashboardLabels", "Not recorded")
_AGE_BANDS = {
    "0-17": QT_TRANSLATE_NOOP("DashboardLabels", "Under 18"),
    "18-29": QT_TRANSLATE_NOOP("DashboardLabels", "18-29 years"),
    "30-44": QT_TRANSLATE_NOOP("DashboardLabels", "30-44 years"),
    "45-59": QT_TRANSLATE_NOOP("DashboardLabels", "45-59 years"),
    "60+": QT_TRANSLATE_NOOP("DashboardLabels", "60 and over"),
}


def _unknown() -> str:
    return translate(CONTEXT, NOT_RECORDED)


def state_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Application states in the order an application moves through them."""
    return [(translate("ApplicationState", STATE_LABELS[s]), counts[s.value]) for s in State if s.value in counts]


def largest_first(counts: dict[str, int], name=lambda code: code) -> list[tuple[str, int]]:
    return [(name(code), n) for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def region_name(region: str) -> str:
    return _unknown() if region == "?" else region


def gender_name(code: str) -> str:
    return _unknown() if code in ("?", "", None) else choice_label("gender", code, current_language())


def channel_name(code: str) -> str:
    return choice_label("channel", code, current_language())


def reach_channel_name(code: str) -> str:
    return label(REACH_CHANNELS, code)


def age_band_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Youngest first, people without a birth date last."""
    order = [band for _low, _high, band in AGE_BANDS] + ["?"]
    return [(translate(CONTEXT, _AGE_BANDS[band]) if band in _AGE_BANDS else _unknown(), counts[band])
            for band in order if band in counts]
