"""The command line's language: Arabic unless the settings or ``--lang en`` say English.

Strings come from the project's catalogue (``cli.catalogue`` reads the compiled file without Qt),
so help, argparse's own words, summaries and service messages all speak the same language.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from charity_desk.cli.catalogue import catalogue
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Cli"
ARGPARSE_CONTEXT = "Argparse"
LANGUAGES = ("ar", "en")

_language = ["ar"]


def requested_language(argv: Sequence[str]) -> str:
    """``--lang`` from the command line (read before the parser, whose help it translates), else the
    language in this computer's settings."""
    for at, word in enumerate(argv):
        if word == "--lang" and at + 1 < len(argv):
            chosen = argv[at + 1]
        elif word.startswith("--lang="):
            chosen = word.split("=", 1)[1]
        else:
            continue
        if chosen in LANGUAGES:
            return chosen
    from charity_desk.config import MachineSettings

    language = MachineSettings.load().language
    return language if language in LANGUAGES else "ar"


def set_language(language: str) -> None:
    _language[0] = language


def current_language() -> str:
    return _language[0]


def translate(context: str, source: str) -> str:
    return catalogue(_language[0]).get(context, source) or source


def text(source: str, **params: object) -> str:
    """A command-line string (context "Cli", marked with QT_TRANSLATE_NOOP where it is written)."""
    translated = translate(CONTEXT, source)
    return translated.format(**params) if params else translated


def render(message: Message) -> str:
    """A service or domain message in the command line's language."""
    return message.render(translate)


#: argparse's own words (Python 3.11+), so that usage lines and errors are in the user's language.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
)


def _argparse_gettext(source: str | None) -> str | None:
    return translate(ARGPARSE_CONTEXT, source) if source else source  # argparse passes None at times


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return _argparse_gettext(singular if count == 1 else plural)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse looks its words up through the ``_``/``ngettext`` it imported from gettext; while
    the command line builds and runs its parser, they answer from the catalogue instead."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
