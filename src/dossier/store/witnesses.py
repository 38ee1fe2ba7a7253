"""Reads and writes of witnesses and the repository's key check.

This module sees only ciphertext: ``dossier.access.witnesses`` seals and opens the
protected columns. The clear columns (pseudonym, risk flag, identification choice)
are what anyone may list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, or_, select

from dossier.store.ledger import now
from dossier.store.schema import protection_keys, witnesses

PROTECTED_COLUMNS = ("name_ct", "aliases_ct", "contact_ct", "location_ct", "consent_ct")


def insert(conn: Connection, pseudonym: str, *, relatives_at_risk: bool, identification: str) -> int:
    """A new row with empty protected columns: seal them with ``seal`` once the id is known."""
    stamp = now()
    empty = {column: b"" for column in PROTECTED_COLUMNS}
    return conn.execute(
        witnesses.insert().values(
            pseudonym=pseudonym, relatives_at_risk=relatives_at_risk, identification=identification,
            created_at=stamp, updated_at=stamp, **empty,
        )
    ).inserted_primary_key[0]


def seal(conn: Connection, witness_id: int, sealed: dict[str, bytes]) -> None:
    """Store ciphertexts for some protected columns and mark the witness list changed."""
    unknown = set(sealed) - set(PROTECTED_COLUMNS)
    if unknown:
        raise ValueError(f"not protected columns: {sorted(unknown)}")
    conn.execute(witnesses.update().where(witnesses.c.id == witness_id).values(updated_at=now(), **sealed))


def update_flags(conn: Connection, witness_id: int, **flags: Any) -> None:
    conn.execute(witnesses.update().where(witnesses.c.id == witness_id).values(updated_at=now(), **flags))


def find(conn: Connection, ref: str | int) -> dict[str, Any] | None:
    """One witness row by id or pseudonym (case-insensitive)."""
    text = str(ref).strip()
    condition = func.lower(witnesses.c.pseudonym) == text.lower()
    if text.isdigit():
        condition = or_(condition, witnesses.c.id == int(text))
    row = conn.execute(select(witnesses).where(condition).order_by(witnesses.c.id).limit(1)).mappings().first()
    return dict(row) if row else None


def all_rows(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(witnesses).order_by(witnesses.c.id)).mappings()]


def exists(conn: Connection) -> bool:
    return conn.execute(select(witnesses.c.id).limit(1)).first() is not None


def revision(conn: Connection) -> str:
    """Changes whenever a witness is added or a protected field rewritten (cache key)."""
    count, latest, top = conn.execute(
        select(func.count(), func.max(witnesses.c.updated_at), func.max(witnesses.c.id))
    ).one()
    return f"{count}:{top or 0}:{latest or ''}"


def key_check(conn: Connection) -> bytes | None:
    return conn.execute(select(protection_keys.c.check_ct).where(protection_keys.c.id == 1)).scalar()


def set_key_check(conn: Connection, sealed: bytes) -> None:
    if key_check(conn) is None:
        conn.execute(protection_keys.insert().values(id=1, check_ct=sealed, created_at=now()))
    else:
        conn.execute(protection_keys.update().where(protection_keys.c.id == 1).values(check_ct=sealed, created_at=now()))
