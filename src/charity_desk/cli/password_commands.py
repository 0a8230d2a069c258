"""``password change`` and ``password reset``: a staff member's own new password, and an
administrator's temporary one for a colleague who forgot theirs.

Passwords never come from the command line's arguments: they are asked for on the terminal, or read
from standard input with ``--password-stdin`` (the signing-in user's own password first, then the new
one).  The signing-in password is the one the service checks again, as the window's dialogs ask it.
"""

from __future__ import annotations

from charity_desk.cli.output import say
from charity_desk.cli.session import (
    Secrets,
    check_location,
    database_url,
    open_database,
    refusal,
    require_user,
    sign_in,
)
from charity_desk.cli.texts import text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def run(args) -> int:
    check_location(database_url(args.db), creates=False)
    require_user(args.user)
    secrets = Secrets.of(args)
    services = open_database(args.db, username=args.user, secrets=secrets)
    if args.password_command == "change":
        actor = sign_in(services, args.user, secrets, change_due_allowed=True)
        services.acting_as(actor).users.change_own_password(secrets.sign_in_password, secrets.new_password())
        say(text(QT_TRANSLATE_NOOP(
            "Cli", "Your password was changed: it now signs you in and opens the database, the old one no "
                   "longer does.")))
        return 0
    users = services.acting_as(sign_in(services, args.user, secrets)).users
    wanted = args.username.strip().lower()
    colleague = next((u for u in users.list() if u.username.lower() == wanted and u.active), None)
    if colleague is None:
        raise refusal(QT_TRANSLATE_NOOP(
            "Cli", "There is no open account with that username. Check the name in Settings, Staff accounts."))
    users.reset_password(colleague.id, secrets.sign_in_password, secrets.new_password())
    say(text(QT_TRANSLATE_NOOP(
        "Cli", "The password of {username} was reset. Tell them the temporary password in person; they "
               "choose their own at their next sign-in."), username=colleague.username))
    return 0
