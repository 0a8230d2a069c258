"""``duplicates scan``: the whole register checked for people registered more than once, as the
signed-in user (it needs the permission to review duplicates), with a progress bar on a terminal."""

from __future__ import annotations

from dataclasses import asdict

from charity_desk.cli.output import print_json, say
from charity_desk.cli.progress import ProgressBar
from charity_desk.cli.session import signed_in
from charity_desk.cli.texts import text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def scan(args) -> int:
    acting = signed_in(args).acting
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "checking the files"))) as progress:
        result = acting.duplicates.scan(progress=progress)
    if args.json:
        print_json(asdict(result))
        return 0
    say(text(QT_TRANSLATE_NOOP("Cli", "Files checked: {count}"), count=result.files))
    say(text(QT_TRANSLATE_NOOP("Cli", "Suspected pairs awaiting review: {count} (found now: {new}, back after a "
                                      "change to a file: {reopened})"),
             count=result.open_pairs, new=result.new_pairs, reopened=result.reopened))
    say(text(QT_TRANSLATE_NOOP("Cli", "Pairs no longer suspected, removed from the queue: {count}"),
             count=result.cleared))
    return 0
