"""Users: who they are, how they prove it, and who acts when nobody is registered yet.

Passwords are kept as argon2id hashes; API tokens as SHA-256 hashes (a token is 256
random bits, so a fast hash suffices) and shown once when made. A repository without
users lets the local operating-system user act as admin (bootstrap), so the first admin
can be created; once anyone is registered, every actor must be a registered, active user.
"""

from __future__ import annotations

import functools
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection

from dossier.access.policy import Principal, parse_role, require
from dossier.errors import AuthenticationError, NotFound, UsageError
from dossier.model import Role, User
from dossier.store import ledger
from dossier.store import users as rows

MIN_PASSWORD = 10
TOKEN_PREFIX = "dsr_"
_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they cost the same time as known ones."""
    return _hasher.hash(secrets.token_urlsafe(16))


def bootstrap_principal(os_user: str) -> Principal:
    """Who acts on a repository with no users yet: the OS user, as admin."""
    return Principal(os_user, Role.ADMIN)


def is_bootstrap(conn: Connection) -> bool:
    return rows.count(conn) == 0


def acting(conn: Connection, name: str) -> Principal:
    """The principal for a local CLI user: must be registered and active once users exist."""
    if is_bootstrap(conn):
        return bootstrap_principal(name)
    return registered(conn, name)


def registered(conn: Connection, name: str) -> Principal:
    """A registered, active user as a principal, with the role the database holds now."""
    row = rows.find(conn, name)
    if row is None:
        raise AuthenticationError(f"user {name}: not a user of this repository; set $DOSSIER_USER or --user to one")
    if not row["active"]:
        raise AuthenticationError(f"user {name}: disabled")
    return Principal(row["name"], Role(row["role"]))


def add(conn: Connection, principal: Principal, name: str, role: str, password: str | None) -> User:
    """Register a user (admins only, or the bootstrap admin on an empty repository)."""
    require(principal, "user.manage")
    name = _valid_name(name)
    parsed = parse_role(role)
    if rows.find(conn, name) is not None:
        raise UsageError(f"user {name}: already exists")
    hashed = _hash(password) if password is not None else None
    user_id = rows.insert(conn, name, parsed, hashed)
    ledger.append(conn, principal.name, "user_add", name, {"role": str(parsed)})
    return User(name, parsed, True, user_id)


def list_users(conn: Connection, principal: Principal) -> list[User]:
    require(principal, "user.manage")
    return rows.list_users(conn)


def disable(conn: Connection, principal: Principal, name: str) -> None:
    """Disable a user and revoke their tokens; the record stays for the ledger's sake."""
    require(principal, "user.manage")
    row = _existing(conn, name)
    rows.update(conn, name, active=False)
    rows.revoke_tokens(conn, row["id"])
    ledger.append(conn, principal.name, "user_disable", name, {})


def set_password(conn: Connection, principal: Principal, name: str, password: str) -> None:
    """Change a password: admins for anyone, every user for themself."""
    if principal.name != name:
        require(principal, "user.manage")
    _existing(conn, name)
    rows.update(conn, name, password_hash=_hash(password))
    ledger.append(conn, principal.name, "user_passwd", name, {})


def new_token(conn: Connection, principal: Principal, name: str) -> str:
    """Make an API token for ``name``; returned once, stored only as a hash."""
    if principal.name != name:
        require(principal, "user.manage")
    row = _existing(conn, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    rows.insert_token(conn, row["id"], token_hash(token))
    ledger.append(conn, principal.name, "user_token", name, {})
    return token


def login(conn: Connection, name: str, password: str) -> Principal:
    """Check a password; the same message and about the same time whatever was wrong."""
    row = rows.find(conn, name)
    stored = row["password_hash"] if row and row["password_hash"] else _dummy_hash()
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        raise AuthenticationError("login: wrong user name or password") from None
    if row is None or not row["password_hash"] or not row["active"]:
        raise AuthenticationError("login: wrong user name or password")
    if _hasher.check_needs_rehash(stored):
        rows.update(conn, name, password_hash=_hash(password))
    return Principal(row["name"], Role(row["role"]))


def authenticate_token(conn: Connection, token: str) -> Principal:
    """The principal an API token stands for (``Authorization: Bearer <token>``)."""
    row = rows.user_of_token(conn, token_hash(token)) if token.startswith(TOKEN_PREFIX) else None
    if row is None or not row["active"]:
        raise AuthenticationError("token: unknown, revoked or of a disabled user")
    return Principal(row["name"], Role(row["role"]))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"password: must be at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def _existing(conn: Connection, name: str) -> dict:
    row = rows.find(conn, name)
    if row is None:
        raise NotFound(f"user {name}: no such user")
    return row


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200 or any(c.isspace() or not c.isprintable() for c in name):
        raise UsageError(f"user name {name!r}: must be 1-200 printable characters without spaces")
    return name
