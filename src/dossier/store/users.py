"""Reads and writes of users and their API tokens (only hashes are stored)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from dossier.model import Role, User
from dossier.store.ledger import now
from dossier.store.schema import api_tokens, users


def insert(conn: Connection, name: str, role: Role, password_hash: str | None) -> int:
    return conn.execute(
        users.insert().values(name=name, role=str(role), password_hash=password_hash, active=True, created_at=now())
    ).inserted_primary_key[0]


def find(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(select(users).where(users.c.name == name)).mappings().first()
    return dict(row) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(users).order_by(users.c.name))
    return [User(r.name, Role(r.role), bool(r.active), r.id) for r in rows]


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(users)).scalar_one()


def update(conn: Connection, name: str, **values: Any) -> None:
    conn.execute(users.update().where(users.c.name == name).values(**values))


def insert_token(conn: Connection, user_id: int, token_hash: str) -> None:
    conn.execute(api_tokens.insert().values(user_id=user_id, token_hash=token_hash, created_at=now(), revoked=False))


def user_of_token(conn: Connection, token_hash: str) -> dict[str, Any] | None:
    """The user holding a live token with this hash, or None."""
    query = (
        select(users)
        .select_from(users.join(api_tokens, api_tokens.c.user_id == users.c.id))
        .where(api_tokens.c.token_hash == token_hash, api_tokens.c.revoked.is_(False))
    )
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def revoke_tokens(conn: Connection, user_id: int) -> None:
    conn.execute(api_tokens.update().where(api_tokens.c.user_id == user_id).values(revoked=True))
