"""Reading the command line and running one command.

The arguments are read before any service is imported, and each command imports only what it uses,
so ``--version`` and ``--help`` answer at once and ``search`` loads no document, spreadsheet or
migration library.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from charity_desk.cli.arguments import build_parser
from charity_desk.cli.texts import argparse_in_language, render, requested_language, set_language
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

#: command (and sub-command) -> "module:function" in this package
COMMANDS = {
    "migrate": "setup_commands:migrate",
    "create-admin": "setup_commands:create_admin",
    "demo": "setup_commands:demo",
    "search": "search_command:search",
    "audit": "backup_commands:audit_verify",
    "duplicates": "duplicates_command:scan",
    "households": "households_command:link",
    "password": "password_commands:run",
    "backup": "backup_commands:backup",
    "restore": "backup_commands:restore",
    "import": "data_commands:import_applications",
    "import-template": "data_commands:import_template",
    "export": "data_commands:export",
}

INTERRUPTED = 130


def _command(name: str) -> Callable[[object], int]:
    module, function = COMMANDS[name].split(":")
    return getattr(import_module(f"charity_desk.cli.{module}"), function)


def describe(error: Exception) -> Message | None:
    """The message to show for an error a command raised on purpose (every such error carries one);
    a thing not found is named in a whole sentence rather than by its table name."""
    message = getattr(error, "message", None)
    if not isinstance(message, Message):
        return None
    if message.context == "Services" and message.text == "You do not have the permission for this ({permission}).":
        return _permission_refused(str(message.params.get("permission")))
    if message.context == "Services" and message.text == "Not found: {what} {key}.":
        what, key = message.params.get("what"), message.params.get("key")
        if what == "program":
            return Message("Cli", QT_TRANSLATE_NOOP(
                "Cli", "There is no program with the code {code}. Check the code in the programs "
                       "screen."), {"code": key})
        if what == "user":
            return Message("Cli", QT_TRANSLATE_NOOP("Cli", "There is no user account number {key}."),
                           {"key": key})
    return message


def _permission_refused(code: str) -> Message:
    """The missing permission by the name the permissions screen gives it."""
    from charity_desk.domain.roles import PERMISSION_LABELS, Permission

    try:
        label = Message("Roles", PERMISSION_LABELS[Permission(code)])
    except (KeyError, ValueError):
        label = code
    return Message("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Your account does not have the permission «{permission}» this command needs. An administrator "
               "can grant it to your role in Settings."), {"permission": label})


def _open_window(db_option: str | None, language: str | None = None) -> int:
    from charity_desk.cli.session import CliError, check_location, database_url

    if db_option:
        try:
            check_location(database_url(db_option), creates=True)
        except CliError as error:
            print(render(error.message), file=sys.stderr)
            return 1
    from charity_desk.cli.texts import current_language
    from charity_desk.ui.platform_check import missing_libraries_message

    if problem := missing_libraries_message(current_language()):  # before Qt loads its X11 plugin
        print(problem, file=sys.stderr)
        return 1
    from charity_desk.ui.app import run_gui

    return run_gui(db_option, language)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(requested_language(argv))
    with argparse_in_language():
        args = build_parser().parse_args(argv)
    if args.command is None:
        return _open_window(args.db, args.lang)
    try:
        return _command(args.command)(args)
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as error:
        message = describe(error)
        if message is None:
            raise
        print(render(message), file=sys.stderr)
        return 1
