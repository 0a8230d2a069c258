"""``households link``: every household link of the register rebuilt (after a bulk load such as the
demo, or to check them), as the signed-in user (it needs the settings permission)."""

from __future__ import annotations

from dataclasses import asdict

from charity_desk.cli.output import print_json, say
from charity_desk.cli.session import signed_in
from charity_desk.cli.texts import text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def link(args) -> int:
    result = signed_in(args).acting.households.link_everything()
    if args.json:
        print_json(asdict(result))
        return 0
    say(text(QT_TRANSLATE_NOOP("Cli", "Family members linked to registered files: {count}"), count=result.links))
    say(text(QT_TRANSLATE_NOOP("Cli", "Households of more than one file: {count}"), count=result.households))
    return 0
