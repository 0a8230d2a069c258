"""``backup``, ``restore`` and ``audit verify``: an administrator's care of the data, signed in.

Backups of a database go to the ``backups`` folder beside it (config.backup_dir), for a file given
with ``--db`` too; ``--to`` writes one elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from charity_desk.cli.output import print_json, say
from charity_desk.cli.progress import ProgressBar, Working
from charity_desk.cli.session import CliError, signed_in
from charity_desk.cli.texts import render, text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def backup(args) -> int:
    _services, acting, secrets = signed_in(args)
    passphrase = secrets.passphrase(args.passphrase_stdin)
    with Working(text(QT_TRANSLATE_NOOP("Cli", "taking the backup"))):
        written = acting.backups.create(Path(args.to) if args.to else None, passphrase)
    if args.json:
        print_json({"path": str(written), "encrypted": passphrase is not None, "size": written.stat().st_size})
    else:
        say(str(written))
    return 0


def restore(args) -> int:
    _services, acting, secrets = signed_in(args)
    passphrase = secrets.passphrase(args.passphrase_stdin)
    with Working(text(QT_TRANSLATE_NOOP("Cli", "checking and restoring the backup"))):
        kept = acting.backups.restore(Path(args.file), passphrase)
    say(text(QT_TRANSLATE_NOOP("Cli", "The backup was restored. The data it replaced is kept in {path}."),
             path=str(kept)))
    return 0


def audit_verify(args) -> int:
    acting = signed_in(args).acting
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "checking the audit trail"))) as progress:
        report = acting.audit_verify.verify(progress=progress)
    if args.json:
        print_json({"ok": report.ok, "entries_checked": report.rows_checked, "first_bad_id": report.first_bad_id,
                    "problem": report.problem, "message": render(report.message())})
        return 0 if report.ok else 1
    if not report.ok:
        raise CliError(report.message())
    say(render(report.message()))
    return 0
