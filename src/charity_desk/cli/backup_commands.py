"""``backup``, ``restore`` and ``audit verify``: an administrator's care of the data, signed in.

Backups of a database go to the ``backups`` folder beside it (config.backup_dir), for a file given
with ``--db`` too; ``--to`` writes one elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from charity_desk.cli.output import print_json, say, tell
from charity_desk.cli.progress import ProgressBar
from charity_desk.cli.session import (
    CliError,
    DatabaseUnusable,
    Secrets,
    check_location,
    database_url,
    open_database,
    read_sign_in_password,
    refusal,
    require_user,
    sign_in,
    signed_in,
)
from charity_desk.cli.texts import render, text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def backup(args) -> int:
    _services, acting, secrets = signed_in(args)
    passphrase = secrets.passphrase(args.passphrase_stdin)
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "taking the backup"))) as progress:
        written = acting.backups.create(Path(args.to) if args.to else None, passphrase, progress)
    if args.json:
        print_json({"path": str(written), "encrypted": passphrase is not None, "size": written.stat().st_size})
    else:
        say(str(written))
    return 0


def restore(args) -> int:
    """Signed in against the live database; when that database is too damaged to open, against the
    backup itself (which must first pass every check of a restore), so a broken desk can come back."""
    url = database_url(args.db)
    check_location(url, creates=False)
    require_user(args.user)
    secrets = Secrets.of(args)
    try:
        services = open_database(args.db, username=args.user, secrets=secrets)
    except DatabaseUnusable as broken:
        tell(render(broken.message))
        services, actor, passphrase = _signed_in_from_backup(url, Path(args.file), args.user, secrets,
                                                             args.passphrase_stdin)
    else:
        actor = sign_in(services, args.user, secrets)
        passphrase = secrets.passphrase(args.passphrase_stdin)
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "checking and restoring the backup"))) as progress:
        kept = services.acting_as(actor).backups.restore(Path(args.file), passphrase, progress)
    say(text(QT_TRANSLATE_NOOP("Cli", "The backup was restored. The data it replaced is kept in {path}."),
             path=str(kept)))
    return 0


def _signed_in_from_backup(url: str, file: Path, username: str, secrets: Secrets, passphrase_stdin: bool):
    """Sign in with the accounts of the backup: it is unpacked and checked in a staging folder
    exactly as a restore will check it (its seal is this desk's key), then the password is checked
    against the copy, which is thrown away.  Returns the services over the live file, the actor and
    the passphrase."""
    from tempfile import TemporaryDirectory

    from charity_desk.config import sqlite_file
    from charity_desk.db.engine import Database
    from charity_desk.db.restore import SQLITE
    from charity_desk.services import installation_secret
    from charity_desk.services.backup_files import unpack
    from charity_desk.services.registry import Services
    from charity_desk.services.restore_staging import check_staged_sqlite

    live = sqlite_file(url)
    if live is None:  # a server the program cannot open is the server administrator's to mend
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "The PostgreSQL database cannot be opened, so a backup cannot be restored from here. "
                   "Ask the server's administrator to check the server."))
    tell(text(QT_TRANSLATE_NOOP("Cli", "Signing in with the accounts held in the backup instead.")))
    password = read_sign_in_password(username, secrets)
    passphrase = secrets.passphrase(passphrase_stdin)
    with TemporaryDirectory(dir=live.parent, prefix=".charity-desk-sign-in-") as work:
        unpacked = unpack(file, Path(work), url, passphrase, SQLITE)
        check_staged_sqlite(unpacked.payload, unpacked.manifest, unpacked.key)
        staged_url = f"sqlite:///{unpacked.payload.as_posix()}"
        # The copy's sign-in is audited in the copy, sealed with the key that sealed the backup.
        installation_secret.add_key(staged_url, unpacked.key)
        staged = Database(staged_url)
        try:
            actor = Services(staged).auth.login(username, password)
        finally:
            staged.dispose()
    return Services(Database(url)), actor, passphrase


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
