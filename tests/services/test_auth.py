"""Signing in, written as the attacks it must stop: finding which usernames exist (by the message or
by the work done), locking the only administrator out for good, and abusing the recovery code."""

from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from charity_desk.db.base import utcnow
from charity_desk.db.models import AuditEntry, Setting, SignInThrottle, UserAccount
from charity_desk.domain.roles import Role
from charity_desk.services import auth as auth_module
from charity_desk.services.auth import LoginFailed
from charity_desk.services.errors import PermissionDenied, ServiceError
from charity_desk.services.passwords import DUMMY_HASH
from charity_desk.services.sign_in_throttle import FREE_ATTEMPTS

CLERK_PASSWORD = "front desk 123"


def _time_passes(services):
    """Every lock ends now (as if its minutes had gone by)."""
    with services.db.session() as session:
        session.execute(update(SignInThrottle).values(locked_until=utcnow() - timedelta(seconds=1)))


def _answer(services, username, password):
    with pytest.raises(LoginFailed) as failure:
        services.auth.login(username, password)
    return failure.value.message.render(), failure.value.message.params, failure.value.locked_account


def test_login_returns_the_actor_with_role(services, admin, admin_password):
    assert admin.username == "admin"
    assert admin.role is Role.ADMINISTRATOR
    assert services.auth.login("ADMIN", admin_password).user_id == admin.user_id


def test_password_is_stored_as_argon2id(services, admin, admin_password):
    with services.db.read_session() as session:
        stored = session.scalar(select(UserAccount.password_hash))
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored
    assert admin_password not in stored


def test_enumeration_by_message_a_real_name_and_a_made_up_one_get_the_same_answers(services, admin):
    """Attack: try names and read the answers («4 attempts left» only for real ones, a lock only for
    real ones). Every answer, to the lock and its length, is the same for both."""
    real = [_answer(services, "admin", "wrong password") for _ in range(FREE_ATTEMPTS + 1)]
    made_up = [_answer(services, "no_such_user", "wrong password") for _ in range(FREE_ATTEMPTS + 1)]
    assert real == made_up
    assert real[0][0] == "Wrong username or password."
    assert not any("left" in text for text, _, _ in real)
    assert real[FREE_ATTEMPTS - 1][2] and real[FREE_ATTEMPTS][2]  # locked from the fifth failure


def test_enumeration_by_timing_every_attempt_costs_one_argon2_check(services, admin, monkeypatch):
    """Attack: time the answers (45 ms for a real name against 1.7 ms for a made-up one). Each attempt
    now runs one argon2 verify whatever the name: against the account's hash or a dummy one."""
    checked = []
    real_verify = auth_module.verify_password

    def counting(stored_hash, password):
        checked.append(stored_hash)
        return real_verify(stored_hash, password)

    monkeypatch.setattr(auth_module, "verify_password", counting)
    with services.db.read_session() as session:
        admin_hash = session.scalar(select(UserAccount.password_hash).where(UserAccount.username == "admin"))
    _answer(services, "no_such_user", "guess")
    _answer(services, "admin", "guess")
    assert checked == [DUMMY_HASH, admin_hash]
    for _ in range(FREE_ATTEMPTS + 2):  # locked now: still one check per attempt, for both names
        _answer(services, "no_such_user", "guess")
        _answer(services, "admin", "guess")
    assert len(checked) == 2 * (FREE_ATTEMPTS + 3)
    assert DUMMY_HASH.split("$")[3] == admin_hash.split("$")[3]  # the same argon2 parameters, the same cost


def test_the_lock_grows_then_ends_by_itself(services, admin, admin_password):
    minutes = []
    for _ in range(FREE_ATTEMPTS - 1):
        assert not _answer(services, "admin", "guess")[2]
    for _ in range(5):
        _text, params, locked = _answer(services, "admin", "guess")
        assert locked
        minutes.append(params["minutes"])
        # Locked: even the right password is refused until the lock ends.
        assert _answer(services, "admin", admin_password)[2]
        _time_passes(services)
    assert minutes == [1, 5, 15, 60, 60]
    assert services.auth.login("admin", admin_password).user_id == admin.user_id
    assert not _answer(services, "admin", "guess")[2]  # a success starts the count again


def test_locking_out_the_only_administrator_is_never_permanent(services, admin, admin_password):
    """Attack: type wrong passwords under the only administrator's name, again and again."""
    for _ in range(FREE_ATTEMPTS + 20):
        _answer(services, "admin", "guess")
    _time_passes(services)
    assert services.auth.login("admin", admin_password).user_id == admin.user_id


def test_administrator_unlocks_a_locked_account_early(services, admin):
    users = services.acting_as(admin).users
    clerk = users.create("clerk", "موظف الاستقبال", Role.FRONT_DESK, CLERK_PASSWORD)
    for _ in range(FREE_ATTEMPTS):
        _answer(services, "clerk", "guess")
    assert next(u for u in users.list() if u.id == clerk.id).locked
    users.unlock(clerk.id)
    assert not next(u for u in users.list() if u.id == clerk.id).locked
    assert services.auth.login("clerk", CLERK_PASSWORD).role is Role.FRONT_DESK


def test_only_administrators_manage_accounts(services, admin):
    services.acting_as(admin).users.create("clerk", "موظف", Role.FRONT_DESK, CLERK_PASSWORD)
    clerk = services.auth.login("clerk", CLERK_PASSWORD)
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).users.create("other", "آخر", Role.ADMINISTRATOR, "password 1234")
    with pytest.raises(PermissionDenied):
        services.acting_as(clerk).users.new_recovery_code(CLERK_PASSWORD)


def test_confirm_password_failures_count_towards_the_lock(services, admin, admin_password):
    services.auth.confirm_password(admin, admin_password)
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            services.auth.confirm_password(admin, "nope")
    with pytest.raises(LoginFailed) as failure:
        services.auth.confirm_password(admin, "nope")
    assert failure.value.locked_account


def test_unknown_user_and_failures_are_audited_without_the_password(services, admin):
    with pytest.raises(LoginFailed):
        services.auth.login("nobody", "secret-guess")
    with services.db.read_session() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "login.failed")).all()
    assert rows
    assert all("secret-guess" not in row.details for row in rows)


# --- the recovery code ------------------------------------------------------------------------


@pytest.fixture
def code(services):
    """The code shown once at first-run set-up."""
    return services.setup.initialize("جمعية البر الخيرية", "admin", "مدير النظام", "correct horse 42")


def test_the_recovery_code_lets_the_administrator_in_and_is_then_replaced(services, code):
    with services.db.read_session() as session:
        stored = session.scalar(select(UserAccount.password_hash))
        everything = " ".join(str(v) for row in session.execute(select(AuditEntry.details)) for v in row)
    assert code not in stored and code not in everything
    typed = " " + code.lower().replace("-", " ") + " "  # read back from paper, spaced and in lower case
    recovered = services.auth.recover("admin", typed, "a new password 9")
    assert recovered.actor.role is Role.ADMINISTRATOR
    assert recovered.new_code != code
    assert services.auth.login("admin", "a new password 9").user_id == recovered.actor.user_id
    with pytest.raises(LoginFailed):  # a used code does not work twice
        services.auth.recover("admin", code, "another password 9")
    assert services.auth.recover("admin", recovered.new_code, "third password 9").new_code


def test_a_wrong_recovery_code_changes_nothing_and_locks_after_five(services, code):
    answers = []
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(LoginFailed) as failure:
            services.auth.recover("admin", "AAAA-BBBB-CCCC-DDDD-EEEE", "a new password 9")
        answers.append(failure.value.locked_account)
    assert answers == [False] * (FREE_ATTEMPTS - 1) + [True]
    with pytest.raises(LoginFailed) as failure:  # locked: even the right code waits
        services.auth.recover("admin", code, "a new password 9")
    assert failure.value.locked_account
    assert services.auth.login("admin", "correct horse 42").username == "admin"
    _time_passes(services)
    assert services.auth.recover("admin", code, "a new password 9").actor.username == "admin"


def test_the_recovery_code_opens_an_administrator_account_locked_by_an_attacker(services, code):
    for _ in range(FREE_ATTEMPTS + 3):
        _answer(services, "admin", "guess")
    assert _answer(services, "admin", "correct horse 42")[2]  # locked for now
    assert services.auth.recover("admin", code, "a new password 9").actor.username == "admin"
    assert services.auth.login("admin", "a new password 9").username == "admin"  # the lock is gone too


def test_a_non_administrator_cannot_use_the_recovery_code(services, code):
    admin = services.auth.login("admin", "correct horse 42")
    services.acting_as(admin).users.create("clerk", "موظف", Role.FRONT_DESK, CLERK_PASSWORD)
    with pytest.raises(LoginFailed) as as_clerk:
        services.auth.recover("clerk", code, "taken over 123")
    with pytest.raises(LoginFailed) as as_nobody:
        services.auth.recover("no_such_user", code, "taken over 123")
    with pytest.raises(LoginFailed) as wrong_code:
        services.auth.recover("admin", "AAAA-BBBB-CCCC-DDDD-EEEE", "taken over 123")
    assert as_clerk.value.message == as_nobody.value.message == wrong_code.value.message
    assert services.auth.login("clerk", CLERK_PASSWORD).username == "clerk"  # unchanged
    assert services.auth.recover("admin", code, "a new password 9").actor.username == "admin"  # still valid


def test_a_short_new_password_is_refused_before_the_code_is_spent(services, code):
    with pytest.raises(ServiceError) as error:
        services.auth.recover("admin", code, "short")
    assert error.value.field == "password"
    assert services.auth.recover("admin", code, "long enough 1").actor.username == "admin"


def test_an_older_database_gets_its_code_from_settings(services, admin, admin_password):
    """A database set up before the recovery code: the administrator makes one, shown once."""
    with services.db.session() as session:
        session.execute(delete(Setting).where(Setting.key == "recovery_code_hash"))
    users = services.acting_as(admin).users
    assert not users.has_recovery_code()
    with pytest.raises(LoginFailed):
        users.new_recovery_code("not my password")
    code = users.new_recovery_code(admin_password)
    assert users.has_recovery_code()
    assert services.auth.recover("admin", code, "a new password 9").actor.username == "admin"


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("a", "x", "long enough", "username"),
        ("ok_name", " ", "long enough", "full_name"),
        ("ok_name", "x", "short", "password"),
    ],
)
def test_bad_account_input_names_the_field(services, admin, username, full_name, password, field):
    with pytest.raises(ServiceError) as error:
        services.acting_as(admin).users.create(username, full_name, Role.FRONT_DESK, password)
    assert error.value.field == field


def test_duplicate_username_is_refused_whatever_the_case(services, admin):
    with pytest.raises(ServiceError) as error:
        services.acting_as(admin).users.create("Admin", "x", Role.FRONT_DESK, "long enough")
    assert error.value.field == "username"
