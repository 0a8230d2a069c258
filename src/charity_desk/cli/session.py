"""Opening the database a command names, and signing in as the user the command acts for.

A command acts as the signed-in user exactly as the window does after its sign-in (ui/app.py):
``Services.auth.login`` gives the user's Actor with the role's stored grants, and
``Services.acting_as`` gives the services that check its permissions and caseload; its audit
entries carry that user's name.
"""

from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING, NamedTuple

from charity_desk.cli.texts import CONTEXT, text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from charity_desk.services.actor import Actor
    from charity_desk.services.registry import ActorServices, Services


class CliError(Exception):
    """A refusal of the command line itself, with a message in the user's language."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def refusal(source: str, **params: object) -> CliError:
    return CliError(Message(CONTEXT, source, params))


def database_url(option: str | None) -> str:
    from charity_desk.config import MachineSettings

    return MachineSettings.load().effective_database_url(option)


def check_location(url: str, creates: bool) -> None:
    """Refuse a database file in a folder that does not exist, and a missing file unless the command
    makes new databases: a mistyped ``--db`` must not leave an empty database (or folder) behind."""
    from charity_desk.config import sqlite_file

    path = sqlite_file(url)
    if path is None:
        return
    if not path.parent.is_dir():
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "The folder {folder} does not exist, so there is no database there. Check the path "
                   "given with --db, or create the folder first."), folder=str(path.parent))
    if not creates and not path.is_file():
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "There is no database at {path}. Check the path given with --db; only demo, "
                   "create-admin and migrate make a new database."), path=str(path))


class DatabaseUnusable(CliError):
    """The database is there but cannot be opened or brought to this version's schema."""


def open_database(
    db_option: str | None, creates: bool = False, username: str | None = None, secrets: Secrets | None = None
) -> Services:
    """The services over the database named by ``--db`` or the settings, brought to this version's
    schema (after a copy into its backups folder when it already holds data).

    An encrypted database is opened with the key ``username``'s password unwraps (the password is
    read here, and kept in ``secrets`` for the sign-in that follows), or with ``--recovery-code-stdin``
    the key the recovery code unwraps (the key file restored from a backup may hold no slot for the
    password of today); the database's own sign-in follows either way.
    """
    url = database_url(db_option)
    check_location(url, creates)
    from charity_desk.config import backup_dir, sqlite_file
    from charity_desk.db.engine import Database
    from charity_desk.services import auth, schema_upgrade
    from charity_desk.services.registry import Services

    if secrets is not None and secrets.recovery_from_stdin:
        secrets.recovery_code()  # the first line, whether this database needs it or not
    if auth.is_locked(url):
        if secrets is None:
            secrets = Secrets(from_stdin=False)
        if secrets.recovery_from_stdin:
            require_user(username)
            auth.unlock_with_recovery(url, secrets.recovery_code())
            secrets.opened_with_recovery = True
        else:
            auth.unlock(url, require_user(username), read_sign_in_password(username, secrets))
    db = Database(url)
    try:
        if schema_upgrade.work_due(db):
            from charity_desk.cli.progress import ProgressBar

            with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "upgrading the database"))) as progress:
                schema_upgrade.upgrade(db, backup_dir(url, create=False), progress)  # folder made only for a copy
    except Exception as error:
        db.dispose()
        if hasattr(error, "message"):
            raise
        raise DatabaseUnusable(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Cli", "The database {where} cannot be opened ({details}). If it is damaged, restore a backup: "
                   "charity-desk restore FILE --user NAME."),
            {"where": str(sqlite_file(url) or url.split("@")[-1]), "details": str(error).splitlines()[0][:200]},
        )) from error
    return Services(db)


class Secrets:
    """Passwords and passphrases: asked for on the terminal, or read from standard input one a line
    (``--password-stdin``: the signing-in user's password first, then any other)."""

    def __init__(self, from_stdin: bool, recovery_from_stdin: bool = False):
        self.from_stdin = from_stdin
        #: ``--recovery-code-stdin``: the recovery code is the first line of standard input.
        self.recovery_from_stdin = recovery_from_stdin
        self._recovery_code: str | None = None
        #: The database's key was unwrapped with the recovery code: only an administrator may sign in.
        self.opened_with_recovery = False
        #: The password the user signed in with: sensitive work in the same command confirms with it
        #: (the window asks again because its session may be hours old; a command's is seconds old).
        self.sign_in_password = ""
        #: The sign-in password once read (an encrypted database asks for it before it opens).
        self.password_read: str | None = None

    @classmethod
    def of(cls, args) -> Secrets:
        """What a command's options say about reading secrets."""
        return cls(args.password_stdin, getattr(args, "recovery_code_stdin", False))

    def recovery_code(self) -> str:
        """The recovery code, read once from the first line of standard input."""
        if self._recovery_code is None:
            self._recovery_code = sys.stdin.readline().rstrip("\r\n")
        return self._recovery_code

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        if not sys.stdin.isatty():  # getpass would read the pipe anyway, after an English warning
            raise refusal(QT_TRANSLATE_NOOP(
                "Cli", "There is no terminal to ask for the password: give it on standard input with "
                       "--password-stdin."))
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl-D: no password
            return ""

    def new_password(self) -> str:
        """A new account's password: typed twice on a terminal."""
        first = self.read(text(QT_TRANSLATE_NOOP("Cli", "New password: ")))
        if not self.from_stdin and first != self.read(text(QT_TRANSLATE_NOOP("Cli", "New password again: "))):
            raise refusal(QT_TRANSLATE_NOOP("Cli", "The two passwords differ. Nothing was saved."))
        return first

    def passphrase(self, wanted: bool) -> str | None:
        """The backup passphrase: read from standard input after the password (``--passphrase-stdin``)."""
        return sys.stdin.readline().rstrip("\r\n") if wanted else None


def require_user(username: str | None) -> str:
    if not username:
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "This command works on the association's data, so it needs a sign-in: add --user and "
                   "your username (the password is asked for, or read with --password-stdin)."))
    return username


def read_sign_in_password(username: str, secrets: Secrets) -> str:
    """The signing-in user's password, asked for once per command."""
    if secrets.password_read is None:
        if secrets.recovery_from_stdin:
            secrets.recovery_code()  # its line comes before the password's
        secrets.password_read = secrets.read(text(QT_TRANSLATE_NOOP("Cli", "Password for {user}: "), user=username))
        secrets.sign_in_password = secrets.password_read
    return secrets.password_read


def sign_in(services: Services, username: str | None, secrets: Secrets, change_due_allowed: bool = False) -> Actor:
    """The user's Actor, as the sign-in window builds it; the sign-in is audited (and a wrong password
    counts towards the account's lock) by the sign-in service itself.  An account whose password an
    administrator reset works only once its holder chose their own (``password change``)."""
    require_user(username)
    actor = services.auth.login(username, read_sign_in_password(username, secrets))
    if actor.must_change_password and not change_due_allowed:
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "An administrator reset your password: choose your own first, in the window or with "
                   "charity-desk password change --user {user}."), user=actor.username)
    if secrets.opened_with_recovery:
        from charity_desk.domain.roles import Role

        if actor.role is not Role.ADMINISTRATOR:
            raise refusal(QT_TRANSLATE_NOOP(
                "Cli", "The recovery code opens the database only for an administrator. Sign in with an "
                       "administrator's account, or without --recovery-code-stdin with your own password."))
    return actor


class SignedIn(NamedTuple):
    services: Services
    #: The services acting for the signed-in user.
    acting: ActorServices
    secrets: Secrets


def signed_in(args) -> SignedIn:
    """Open the database and sign in: what every command on the association's data starts with."""
    check_location(database_url(args.db), creates=False)
    require_user(args.user)
    secrets = Secrets.of(args)
    services = open_database(args.db, username=args.user, secrets=secrets)
    return SignedIn(services, services.acting_as(sign_in(services, args.user, secrets)), secrets)
