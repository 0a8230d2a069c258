"""User-facing messages raised by pure code, translated later by whoever shows them.

The domain does not import Qt.  A message is kept as its English source text plus the
translation context; the UI (and the CLI) pass it through ``QCoreApplication.translate`` so the
Arabic catalogue in ``translations/`` applies.  ``QT_TRANSLATE_NOOP`` carries the name
``pyside6-lupdate`` looks for, so the strings are extracted into the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: ``text`` is an English source string with ``{name}`` fields."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate=None) -> str:
        """The message in the current language; ``translate(context, text)`` defaults to identity.

        A parameter that is itself a Message (a state's name, say) is translated too.
        """
        source = translate(self.context, self.text) if translate else self.text
        params = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return source.format(**params) if params else source


class DomainError(Exception):
    """A rule was broken by the input; ``field`` names the input to fix, when there is one."""

    def __init__(self, message: Message, field: str | None = None, overridable: bool = False):
        super().__init__(message.render())
        self.message = message
        self.field = field
        #: True when a supervisor may accept the input anyway with a recorded reason.
        self.overridable = overridable
