"""Languages: Arabic (default, right to left) and English (the source language of every string)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from charity_desk.domain.messages import Message
from charity_desk.domain.numerals import ARABIC_INDIC, digit_style

ARABIC = "ar"
ENGLISH = "en"
LANGUAGES = (ARABIC, ENGLISH)

_installed: list[QTranslator] = []
_current = [ARABIC]


def current_language() -> str:
    return _current[0]


def catalogue_path(language: str) -> str:
    return str(files("charity_desk.translations") / f"charity_desk_{language}.qm")


def install_language(app: QCoreApplication, language: str) -> None:
    """Load the catalogue for ``language`` (replacing any earlier one) and set the text direction."""
    _current[0] = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        translator = QTranslator(app)
        if translator.load(catalogue_path(language)):
            app.installTranslator(translator)
            _installed.append(translator)
        qt_translator = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt_translator.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    QLocale.setDefault(number_locale(language))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == ARABIC else Qt.LayoutDirection.LeftToRight
        )


def number_locale(language: str | None = None) -> QLocale:
    """The locale of number widgets (spin boxes): Arabic with the chosen digit style, or English."""
    if (language or current_language()) == ENGLISH:
        return QLocale(QLocale.Language.English)
    if digit_style() == ARABIC_INDIC:
        return QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia)
    return QLocale("ar_001")  # Modern Standard Arabic: Western digits, Arabic month names


@cache
def _arabic_catalogue() -> QTranslator:
    translator = QTranslator()
    translator.load(catalogue_path(ARABIC))
    return translator


def in_arabic(context: str, text: str) -> str:
    """``text`` in Arabic whatever the screen's language: official documents are always Arabic."""
    return _arabic_catalogue().translate(context, text) or text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def render(message: Message) -> str:
    """A domain or service message in the current language."""
    return message.render(translate)
