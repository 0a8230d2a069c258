"""The Amiri font, registered with ReportLab once per process.

Amiri carries the Arabic presentation forms that arabic-reshaper produces as well as Latin letters
and digits, so one font serves the whole document. ``TTFont`` embeds a subset of it in each PDF.
"""

from __future__ import annotations

from functools import cache

import fontpkg
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Amiri"
BOLD = "Amiri-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register Amiri regular and bold (and the family, so ``<b>`` maps to bold); return their names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(fontpkg.path("Amiri", 400))))
    pdfmetrics.registerFont(TTFont(BOLD, str(fontpkg.path("Amiri", 700))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR, BOLD
