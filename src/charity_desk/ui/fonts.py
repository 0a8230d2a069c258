"""The bundled OFL fonts, so that the application looks the same on every machine."""

from __future__ import annotations

import fontpkg
from PySide6.QtGui import QFont, QFontDatabase

UI_FAMILY = "IBM Plex Sans Arabic"
UI_POINT_SIZE = 10


def load_ui_fonts() -> str:
    """Register IBM Plex Sans Arabic (regular, medium, bold) and return its family name."""
    family = UI_FAMILY
    for weight in (400, 500, 700):
        font_id = QFontDatabase.addApplicationFont(str(fontpkg.path(UI_FAMILY, weight)))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def application_font(family: str) -> QFont:
    font = QFont(family, UI_POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
