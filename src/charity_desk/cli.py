"""The command line: the same services as the GUI, for administrators and scripts."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from charity_desk import __version__
from charity_desk.config import MachineSettings, backup_dir
from charity_desk.db.engine import Database, DatabaseLocationError
from charity_desk.db.migrate import upgrade_database
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, DomainError, Message
from charity_desk.domain.roles import Role
from charity_desk.services.actor import SYSTEM
from charity_desk.services.errors import ServiceError
from charity_desk.services.registry import Services

CONTEXT = "Cli"


class CliError(Exception):
    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def _db_option(default) -> argparse.ArgumentParser:
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument("--db", metavar="PATH_OR_URL", default=default, help="SQLite file path or PostgreSQL URL")
    return option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charity-desk", parents=[_db_option(None)], description="Charity Desk: case management for associations"
    )
    # ``--db`` is accepted before or after the subcommand; after it, an absent option must not
    # overwrite one given before it.
    db_option = _db_option(argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"charity-desk {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("migrate", parents=[db_option], help="upgrade the database schema (backup first)")
    admin = commands.add_parser("create-admin", parents=[db_option], help="create an administrator account")
    admin.add_argument("--username", required=True)
    admin.add_argument("--full-name", default="")
    admin.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    demo = commands.add_parser(
        "demo", parents=[db_option], help="fill the database with synthetic training data"
    )
    demo.add_argument("--beneficiaries", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    search = commands.add_parser("search", parents=[db_option], help="the front desk's search")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    audit = commands.add_parser("audit", parents=[db_option], help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", parents=[db_option], help="check the audit trail's hash chain")
    backup = commands.add_parser("backup", parents=[db_option], help="take a checked backup of the database")
    backup.add_argument("--to", metavar="FILE", help="write here instead of the rotated backup folder")
    backup.add_argument(
        "--passphrase-stdin", action="store_true", help="encrypt with a passphrase read from standard input"
    )
    restore = commands.add_parser("restore", parents=[db_option], help="replace the database with a backup")
    restore.add_argument("file")
    restore.add_argument(
        "--passphrase-stdin", action="store_true", help="read the backup's passphrase from standard input"
    )
    imports = commands.add_parser("import", parents=[db_option], help="import data from files")
    import_kinds = imports.add_subparsers(dest="import_kind", required=True)
    applications = import_kinds.add_parser(
        "applications", parents=[db_option], help="applications exported from the online form (.xlsx or .csv)"
    )
    applications.add_argument("file")
    applications.add_argument("--program", required=True, metavar="CODE")
    applications.add_argument("--dry-run", action="store_true", help="check the file and save nothing")
    template = commands.add_parser(
        "import-template", parents=[db_option], help="write the workbook the online form's export should match"
    )
    template.add_argument("file")
    export = commands.add_parser("export", parents=[db_option], help="export a list to an Excel workbook")
    export.add_argument("list", choices=["beneficiaries", "applications", "services", "surveys"])
    export.add_argument("file")
    export.add_argument("--unmasked", action="store_true",
                        help="include national IDs, phones and amounts (asks for an administrator's password)")
    export.add_argument("--username", default="", help="the account whose password confirms an unmasked export")
    export.add_argument("--password-stdin", action="store_true")
    return parser


def open_services(db_option: str | None) -> Services:
    """Open (and upgrade, after a backup) the database named on the command line or in the settings."""
    url = MachineSettings.load().effective_database_url(db_option)
    db = Database(url)
    upgrade_database(db.engine, backup_dir())
    return Services(db)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password (again): "):
        raise CliError(Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "The two passwords differ.")))
    return first


def _cmd_migrate(services: Services, args) -> None:
    print(f"ok: {services.db.url.split('@')[-1]}")


def _cmd_create_admin(services: Services, args) -> None:
    from charity_desk.services.users import UserService

    password = _read_password(args.password_stdin)
    user = UserService(services.db, SYSTEM).create(
        args.username, args.full_name or args.username, Role.ADMINISTRATOR, password
    )
    print(f"created administrator {user.username} (id {user.id})")


def _cmd_demo(services: Services, args) -> None:
    from charity_desk.services.demo import generate_demo
    from charity_desk.services.demo_activity import add_demo_activity

    if args.beneficiaries < 1:
        raise CliError(Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "--beneficiaries must be 1 or more.")))

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = generate_demo(services.db, SYSTEM, args.beneficiaries, seed=args.seed, progress=progress)
    deliveries = add_demo_activity(services.db, SYSTEM, seed=args.seed)
    print(file=sys.stderr)
    print(f"added {result.beneficiaries} beneficiaries, {result.family_members} family members, "
          f"{result.contacts} contact-log entries, {result.applications} applications, "
          f"{deliveries} service deliveries")


def _cmd_search(services: Services, args) -> None:
    results = services.acting_as(SYSTEM).beneficiaries.search(args.text)
    if args.json:
        print(json.dumps([r._asdict() for r in results], ensure_ascii=False, indent=1))
        return
    for r in results:
        print(f"{r.id}\t{r.national_id}\t{r.mobile}\t{r.full_name}\t{r.city}")


def _read_passphrase(from_stdin: bool) -> str | None:
    return sys.stdin.readline().rstrip("\r\n") if from_stdin else None


def _cmd_audit_verify(services: Services, args) -> None:
    report = services.acting_as(SYSTEM).audit_verify.verify()
    if not report.ok:
        raise CliError(report.message())
    _app, render = _translator()
    print(render(report.message()))


def _cmd_backup(services: Services, args) -> None:
    destination = Path(args.to) if args.to else None
    print(services.acting_as(SYSTEM).backups.create(destination, _read_passphrase(args.passphrase_stdin)))


def _cmd_restore(services: Services, args) -> None:
    kept = services.acting_as(SYSTEM).backups.restore(Path(args.file), _read_passphrase(args.passphrase_stdin))
    _app, render = _translator()
    done = QT_TRANSLATE_NOOP("Cli", "The backup was restored. The data it replaced is kept in {path}.")
    print(render(Message(CONTEXT, done, {"path": str(kept)})))


def _cmd_import(services: Services, args) -> None:
    from charity_desk.cli_import import import_applications

    _translator()  # the rejected-rows report is written in the machine's language
    import_applications(services.acting_as(SYSTEM).imports, Path(args.file), args.program, args.dry_run)


def _cmd_import_template(services: Services, args) -> None:
    from charity_desk.services.eform_import import write_template_xlsx

    write_template_xlsx(Path(args.file))
    print(args.file)


def _cmd_export(services: Services, args) -> None:
    """Masked by default; unmasked only for a signed-in account with the permission and its password."""
    if args.unmasked:
        password = _read_password(args.password_stdin)
        actor = services.auth.login(args.username, password)
        written = services.acting_as(actor).exports.export(args.list, Path(args.file), True, password)
    else:
        written = services.acting_as(SYSTEM).exports.export(args.list, Path(args.file))
    print(f"{written} rows -> {args.file}")


COMMANDS = {
    "export": _cmd_export,
    "import": _cmd_import,
    "import-template": _cmd_import_template,
    "audit": _cmd_audit_verify,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "migrate": _cmd_migrate,
    "create-admin": _cmd_create_admin,
    "demo": _cmd_demo,
    "search": _cmd_search,
}


def _translator():
    """Translate messages into the machine's language (Arabic by default) without a GUI."""
    from PySide6.QtCore import QCoreApplication

    from charity_desk.i18n import install_language, render

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, MachineSettings.load().language)
    return app, render


def run_command(args) -> int:
    try:
        COMMANDS[args.command](open_services(args.db), args)
        return 0
    except (CliError, ServiceError, DomainError, DatabaseLocationError) as error:
        _app, render = _translator()
        print(render(error.message), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from charity_desk.ui.app import run_gui

        return run_gui(args.db)
    return run_command(args)
