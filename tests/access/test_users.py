import pytest
from access_helpers import ADMIN, ANALYST
from sqlalchemy import select

from dossier.access import users
from dossier.errors import AccessDenied, AuthenticationError, UsageError
from dossier.model import Role
from dossier.store.schema import api_tokens
from dossier.store.schema import users as table

PASSWORD = "correct horse battery"


def test_an_empty_repository_lets_the_os_user_act_as_admin_until_someone_registers(repo):
    with repo.store.transaction() as conn:
        first = users.acting(conn, "root")
        assert first.role == Role.ADMIN
        users.add(conn, first, "ada", "admin", PASSWORD)
    with repo.store.reading() as conn, pytest.raises(AuthenticationError, match="user root: not a user"):
        users.acting(conn, "root")


def test_passwords_are_argon2_hashes_and_login_checks_them(repo):
    with repo.store.transaction() as conn:
        users.add(conn, ADMIN, "ana", "analyst", PASSWORD)
        stored = conn.execute(select(table.c.password_hash).where(table.c.name == "ana")).scalar_one()
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
        assert users.login(conn, "ana", PASSWORD).role == Role.ANALYST
        for name, password in (("ana", "wrong password!"), ("nobody", PASSWORD)):
            with pytest.raises(AuthenticationError, match="wrong user name or password"):
                users.login(conn, name, password)


def test_only_admins_manage_users_and_short_passwords_are_refused(repo):
    with repo.store.transaction() as conn:
        with pytest.raises(AccessDenied):
            users.add(conn, ANALYST, "eve", "admin", PASSWORD)
        with pytest.raises(UsageError, match="at least 10"):
            users.add(conn, ADMIN, "bob", "viewer", "short")
        with pytest.raises(UsageError, match="--role"):
            users.add(conn, ADMIN, "bob", "root", PASSWORD)


def test_tokens_are_shown_once_stored_hashed_and_die_with_a_disabled_user(repo):
    with repo.store.transaction() as conn:
        users.add(conn, ADMIN, "ivan", "investigator", PASSWORD)
        token = users.new_token(conn, ADMIN, "ivan")
        assert conn.execute(select(api_tokens.c.token_hash)).scalar_one() == users.token_hash(token)
        assert users.authenticate_token(conn, token).name == "ivan"
        users.disable(conn, ADMIN, "ivan")
        for bad in (token, token[:-1] + "x", "' OR 1=1 --"):
            with pytest.raises(AuthenticationError):
                users.authenticate_token(conn, bad)
        with pytest.raises(AuthenticationError, match="disabled"):
            users.acting(conn, "ivan")
        with pytest.raises(AuthenticationError):
            users.login(conn, "ivan", PASSWORD)


def test_users_change_their_own_password_but_not_others(repo):
    with repo.store.transaction() as conn:
        users.add(conn, ADMIN, "ana", "analyst", PASSWORD)
        users.add(conn, ADMIN, "vic", "viewer", PASSWORD)
        users.set_password(conn, users.acting(conn, "ana"), "ana", "a new long passphrase")
        assert users.login(conn, "ana", "a new long passphrase").name == "ana"
        with pytest.raises(AccessDenied):
            users.set_password(conn, users.acting(conn, "ana"), "vic", "taken over account")


def test_names_that_look_like_sql_are_just_names(repo):
    with repo.store.transaction() as conn:
        users.add(conn, ADMIN, "x';DROP_TABLE_users;--", "viewer", PASSWORD)
        assert [u.name for u in users.list_users(conn, ADMIN)] == ["x';DROP_TABLE_users;--"]
