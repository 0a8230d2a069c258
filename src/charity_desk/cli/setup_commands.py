"""``migrate``, ``create-admin`` and ``demo``: the commands that may make a new database.

``create-admin`` needs no sign-in only while the database has no active administrator (the first
account of a new desk); ``demo`` needs none only while the database has no account at all.
"""

from __future__ import annotations

from charity_desk.cli.output import say
from charity_desk.cli.progress import ProgressBar, Working
from charity_desk.cli.session import Secrets, open_database, refusal, sign_in
from charity_desk.cli.texts import text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP


def migrate(args) -> int:
    from charity_desk.config import sqlite_file

    url = open_database(args.db, creates=True, username=getattr(args, "user", None)).db.url
    say(text(QT_TRANSLATE_NOOP("Cli", "The database is up to date: {where}"),
             where=str(sqlite_file(url) or url.split("@")[-1])))  # a server's address without its password
    return 0


def create_admin(args) -> int:
    from charity_desk.domain.roles import Role
    from charity_desk.services.actor import SYSTEM

    secrets = Secrets.of(args)
    services = open_database(args.db, creates=True, username=args.user, secrets=secrets)
    has_administrator = any(
        user.role is Role.ADMINISTRATOR and user.active for user in services.acting_as(SYSTEM).users.list()
    )
    actor = sign_in(services, args.user, secrets) if has_administrator else SYSTEM
    user = services.acting_as(actor).users.create(
        args.username, args.full_name or args.username, Role.ADMINISTRATOR, secrets.new_password()
    )
    say(text(QT_TRANSLATE_NOOP("Cli", "The administrator account {username} was created."), username=user.username))
    return 0


def demo(args) -> int:
    from charity_desk.domain.roles import Permission
    from charity_desk.services.actor import SYSTEM
    from charity_desk.services.demo import REALISTIC, generate_demo
    from charity_desk.services.demo_activity import add_demo_activity

    if args.beneficiaries < 1:
        raise refusal(QT_TRANSLATE_NOOP("Cli", "Give --beneficiaries a number of 1 or more."))
    secrets = Secrets.of(args)
    services = open_database(args.db, creates=True, username=args.user, secrets=secrets)
    if services.setup.state().has_accounts:
        actor = sign_in(services, args.user, secrets)
        actor.require(Permission.SETTINGS_MANAGE)
    else:
        actor = SYSTEM
    with ProgressBar(text(QT_TRANSLATE_NOOP("Cli", "adding the training data"))) as progress:
        result = generate_demo(services.db, actor, args.beneficiaries, seed=args.seed, progress=progress,
                               **REALISTIC)
    with Working(text(QT_TRANSLATE_NOOP("Cli", "adding a year of activity"))):
        deliveries = add_demo_activity(services.db, actor, seed=args.seed)
    say(text(
        QT_TRANSLATE_NOOP(
            "Cli", "Training data added: {beneficiaries} beneficiaries, {members} family members, {contacts} "
                   "contact-log entries, {applications} applications and {deliveries} service deliveries."),
        beneficiaries=result.beneficiaries, members=result.family_members, contacts=result.contacts,
        applications=result.applications, deliveries=deliveries,
    ))
    say(text(QT_TRANSLATE_NOOP("Cli", "Households of more than one file: {count}"), count=result.households))
    return 0
