"""Setting up a database at an old revision with plain SQL: today's models may hold columns the old
schema lacks (or lack columns it requires), so the ORM cannot write there."""

from alembic import command
from sqlalchemy import text

from charity_desk.db.engine import Database
from charity_desk.db.migrate import alembic_config
from charity_desk.services.passwords import hash_password


def set_up_old_database(db: Database, association: str, username: str, full_name: str, password: str) -> None:
    """The association and its first administrator, as the release of that schema wrote them."""
    with db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO association_profile (name, licence_number, address, phone, website, "
            "policy_approval_reference, version_id, created_at, updated_at) VALUES (:n, '', '', '', '', '', 1, "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"n": association})
        connection.execute(text(
            "INSERT INTO user_account (username, full_name, role, password_hash, failed_attempts, locked, active, "
            "version_id, created_at, updated_at) VALUES (:u, :f, 'administrator', :h, 0, :no, :yes, 1, "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
            {"u": username, "f": full_name, "h": hash_password(password), "no": False, "yes": True})


def migrate_to(db: Database, revision: str, down: bool = False) -> None:
    """Upgrade (or with ``down`` downgrade) ``db`` to ``revision`` in one transaction."""
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
