"""The bundled OFL fonts, so that the application looks the same on every machine.

The files are found from the font package's own ``metadata.json`` (the fontpkg format): asking fontpkg
itself would scan every installed distribution's entry points, a cost paid before the sign-in window.
"""

from __future__ import annotations

import json
from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase

UI_FAMILY = "IBM Plex Sans Arabic"
UI_FONT_PACKAGE = "fontpkg_ibm_plex_sans_arabic"
UI_WEIGHTS = (400, 500, 700)
UI_POINT_SIZE = 10


def ui_font_files() -> list[str]:
    """The family's regular, medium and bold files."""
    root = files(UI_FONT_PACKAGE)
    metadata = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    by_weight = {
        entry["weight"]: entry["path"]
        for entry in metadata["files"]
        if entry["style"] == "normal" and not entry["variable"]
    }
    return [str(root / by_weight[weight]) for weight in UI_WEIGHTS]


def load_ui_fonts() -> str:
    """Register IBM Plex Sans Arabic (regular, medium, bold) and return its family name."""
    family = UI_FAMILY
    for path in ui_font_files():
        font_id = QFontDatabase.addApplicationFont(path)
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def application_font(family: str) -> QFont:
    font = QFont(family, UI_POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
