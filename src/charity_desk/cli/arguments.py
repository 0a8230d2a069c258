"""The command line's options, described in the user's language (built before any service loads)."""

from __future__ import annotations

import argparse

from charity_desk import __version__
from charity_desk.cli.texts import LANGUAGES, text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP

EXPORT_LISTS = ("beneficiaries", "applications", "services", "surveys")


def _common(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand; after it, an absent one must not overwrite
    one given before it (hence SUPPRESS as the subcommands' default)."""
    unset = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar=text(QT_TRANSLATE_NOOP("Cli", "PATH_OR_URL")), default=unset,
        help=text(QT_TRANSLATE_NOOP(
            "Cli", "the database: a SQLite file or a PostgreSQL URL (default: the one in this computer's "
                   "settings)")),
    )
    common.add_argument(
        "--user", metavar=text(QT_TRANSLATE_NOOP("Cli", "NAME")), default=unset,
        help=text(QT_TRANSLATE_NOOP(
            "Cli", "sign in as this user; the command has that user's permissions and is audited under "
                   "their name")),
    )
    common.add_argument(
        "--password-stdin", action="store_true", default=argparse.SUPPRESS if suppress else False,
        help=text(QT_TRANSLATE_NOOP(
            "Cli", "read passwords from standard input, one a line: the signing-in user's first, then a "
                   "new account's (instead of asking for them)")),
    )
    common.add_argument(
        "--recovery-code-stdin", action="store_true", default=argparse.SUPPRESS if suppress else False,
        help=text(QT_TRANSLATE_NOOP(
            "Cli", "open an encrypted database with the recovery code, read from the first line of standard "
                   "input (before any password), when the key file holds no key for your password; an "
                   "administrator then signs in as usual")),
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=unset,
        help=text(QT_TRANSLATE_NOOP("Cli", "the language of messages: ar (Arabic) or en (English)")),
    )
    return common


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true",
        help=text(QT_TRANSLATE_NOOP("Cli", "print the result as JSON, for scripts")),
    )


def _passphrase_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--passphrase-stdin", action="store_true", help=help_text)


def _add_commands(parser: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(
        dest="command", title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "COMMAND")),
    )

    def command(name: str, help_text: str, into=commands) -> argparse.ArgumentParser:
        return into.add_parser(name, parents=[common], help=help_text, description=help_text)

    command("migrate", text(QT_TRANSLATE_NOOP(
        "Cli", "bring the database to this version's schema (a copy is kept first)")))

    admin = command("create-admin", text(QT_TRANSLATE_NOOP(
        "Cli", "create an administrator account (with no sign-in only while the database has no "
               "administrator)")))
    admin.add_argument("--username", required=True, metavar=text(QT_TRANSLATE_NOOP("Cli", "NAME")),
                       help=text(QT_TRANSLATE_NOOP("Cli", "the new account's username")))
    admin.add_argument("--full-name", default="", metavar=text(QT_TRANSLATE_NOOP("Cli", "NAME")),
                       help=text(QT_TRANSLATE_NOOP("Cli", "the new administrator's full name")))

    demo = command("demo", text(QT_TRANSLATE_NOOP(
        "Cli", "fill the database with synthetic training data (a database that already has accounts "
               "needs an administrator's sign-in)")))
    demo.add_argument("--beneficiaries", type=int, required=True, metavar=text(QT_TRANSLATE_NOOP("Cli", "COUNT")),
                      help=text(QT_TRANSLATE_NOOP("Cli", "how many synthetic beneficiaries to add")))
    demo.add_argument("--seed", type=int, default=1, metavar=text(QT_TRANSLATE_NOOP("Cli", "NUMBER")),
                      help=text(QT_TRANSLATE_NOOP(
                          "Cli", "the same number gives the same people (default 1)")))

    search = command("search", text(QT_TRANSLATE_NOOP(
        "Cli", "the front desk's search by name, national ID or mobile (exits with 1 when nobody matches)")))
    search.add_argument("query", metavar=text(QT_TRANSLATE_NOOP("Cli", "TEXT")),
                        help=text(QT_TRANSLATE_NOOP(
                            "Cli", "words of the name, or the start of a national ID or mobile number")))
    _json_option(search)

    audit = command("audit", text(QT_TRANSLATE_NOOP("Cli", "the audit trail")))
    audit_commands = audit.add_subparsers(
        dest="audit_command", required=True, title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "COMMAND")),
    )
    verify = command("verify", text(QT_TRANSLATE_NOOP(
        "Cli", "check that no audit entry was changed, removed or added out of turn")), audit_commands)
    _json_option(verify)

    duplicates = command("duplicates", text(QT_TRANSLATE_NOOP("Cli", "suspected duplicate files")))
    duplicate_commands = duplicates.add_subparsers(
        dest="duplicates_command", required=True, title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "COMMAND")),
    )
    scan = command("scan", text(QT_TRANSLATE_NOOP(
        "Cli", "check the whole register for people registered more than once and queue the pairs for "
               "review (a dismissed pair stays dismissed unless one of its files changed)")), duplicate_commands)
    _json_option(scan)

    households = command("households", text(QT_TRANSLATE_NOOP("Cli", "households across registered files")))
    household_commands = households.add_subparsers(
        dest="households_command", required=True, title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "COMMAND")),
    )
    link = command("link", text(QT_TRANSLATE_NOOP(
        "Cli", "link every family member who is a registered beneficiary to that file (by national ID, or files "
               "that name each other) and rebuild the households")), household_commands)
    _json_option(link)

    password = command("password", text(QT_TRANSLATE_NOOP("Cli", "staff passwords")))
    password_commands = password.add_subparsers(
        dest="password_command", required=True, title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "COMMAND")),
    )
    command("change", text(QT_TRANSLATE_NOOP(
        "Cli", "change your own password (with --password-stdin: your current password on the first line, "
               "the new one on the next)")), password_commands)
    reset = command("reset", text(QT_TRANSLATE_NOOP(
        "Cli", "give a colleague who forgot their password a temporary one, which they replace at their next "
               "sign-in (with --password-stdin: your own password first, then the temporary one)")),
        password_commands)
    reset.add_argument("--username", required=True, metavar=text(QT_TRANSLATE_NOOP("Cli", "NAME")),
                       help=text(QT_TRANSLATE_NOOP("Cli", "the colleague's username")))

    backup = command("backup", text(QT_TRANSLATE_NOOP(
        "Cli", "take a checked backup of the database (into the backups folder beside it unless --to "
               "is given)")))
    backup.add_argument("--to", metavar=text(QT_TRANSLATE_NOOP("Cli", "FILE")),
                        help=text(QT_TRANSLATE_NOOP("Cli", "write the backup to this file")))
    _passphrase_option(backup, text(QT_TRANSLATE_NOOP(
        "Cli", "encrypt the backup with a passphrase read from standard input (on the line after the "
               "password)")))
    _json_option(backup)

    restore = command("restore", text(QT_TRANSLATE_NOOP(
        "Cli", "replace the database with a backup (the data replaced is kept in the backups folder)")))
    restore.add_argument("file", metavar=text(QT_TRANSLATE_NOOP("Cli", "FILE")),
                         help=text(QT_TRANSLATE_NOOP("Cli", "the backup file to restore")))
    _passphrase_option(restore, text(QT_TRANSLATE_NOOP(
        "Cli", "read the backup's passphrase from standard input (on the line after the password)")))

    imports = command("import", text(QT_TRANSLATE_NOOP("Cli", "import data from files")))
    import_kinds = imports.add_subparsers(
        dest="import_kind", required=True, title=text(QT_TRANSLATE_NOOP("Cli", "commands")),
        metavar=text(QT_TRANSLATE_NOOP("Cli", "KIND")),
    )
    applications = command("applications", text(QT_TRANSLATE_NOOP(
        "Cli", "applications exported from the online form (.xlsx or .csv); all rows are saved or "
               "none")), import_kinds)
    applications.add_argument("file", metavar=text(QT_TRANSLATE_NOOP("Cli", "FILE")),
                              help=text(QT_TRANSLATE_NOOP("Cli", "the exported file")))
    applications.add_argument("--program", required=True, metavar=text(QT_TRANSLATE_NOOP("Cli", "CODE")),
                              help=text(QT_TRANSLATE_NOOP("Cli", "the code of the program applied for")))
    applications.add_argument("--dry-run", action="store_true", help=text(QT_TRANSLATE_NOOP(
        "Cli", "check the file and list the refused rows, saving nothing")))
    _json_option(applications)

    template = command("import-template", text(QT_TRANSLATE_NOOP(
        "Cli", "write the workbook the online form's export should match")))
    template.add_argument("file", metavar=text(QT_TRANSLATE_NOOP("Cli", "FILE")),
                          help=text(QT_TRANSLATE_NOOP("Cli", "where to write the workbook (.xlsx)")))

    export = command("export", text(QT_TRANSLATE_NOOP("Cli", "export a list to an Excel workbook")))
    export.add_argument("list", choices=EXPORT_LISTS, metavar=text(QT_TRANSLATE_NOOP("Cli", "LIST")),
                        help=text(QT_TRANSLATE_NOOP(
                            "Cli", "which list: beneficiaries, applications, services or surveys")))
    export.add_argument("file", metavar=text(QT_TRANSLATE_NOOP("Cli", "FILE")),
                        help=text(QT_TRANSLATE_NOOP("Cli", "where to write the workbook (.xlsx)")))
    export.add_argument("--unmasked", action="store_true", help=text(QT_TRANSLATE_NOOP(
        "Cli", "include national IDs, phones and amounts (needs the permission; the sign-in password "
               "confirms it)")))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charity-desk", parents=[_common(suppress=False)], add_help=False,
        description=text(QT_TRANSLATE_NOOP(
            "Cli", "Charity Desk: case management for associations. With no command, the window opens.")),
    )
    parser.add_argument("-h", "--help", action="help",
                        help=text(QT_TRANSLATE_NOOP("Cli", "show this help and exit")))
    parser.add_argument("--version", action="version", version=f"charity-desk {__version__}",
                        help=text(QT_TRANSLATE_NOOP("Cli", "show the version and exit")))
    _add_commands(parser, _common(suppress=True))
    return parser
