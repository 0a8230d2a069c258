"""The window's font files, found without fontpkg's registry scan, are the ones fontpkg names."""

from __future__ import annotations

import fontpkg
from PySide6.QtGui import QFontDatabase

from charity_desk.ui.fonts import UI_FAMILY, UI_WEIGHTS, load_ui_fonts, ui_font_files


def test_the_files_are_fontpkgs_and_qt_loads_them(gui_app):
    assert ui_font_files() == [str(fontpkg.path(UI_FAMILY, weight)) for weight in UI_WEIGHTS]
    assert load_ui_fonts() == UI_FAMILY
    assert UI_FAMILY in QFontDatabase.families()
