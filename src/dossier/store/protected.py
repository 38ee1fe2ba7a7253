"""Reads and writes of redacted derivatives: new items beside an original, never over it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from dossier.store.ledger import now
from dossier.store.schema import derivatives


def insert_derivative(conn: Connection, document_id: int, kind: str, sha256: str, text: str, basis: str) -> int:
    return conn.execute(
        derivatives.insert().values(
            document_id=document_id, kind=kind, sha256=sha256, text=text, basis=basis, created_at=now()
        )
    ).inserted_primary_key[0]


def latest_derivative(conn: Connection, document_id: int, kind: str) -> dict[str, Any] | None:
    query = (
        select(derivatives)
        .where(derivatives.c.document_id == document_id, derivatives.c.kind == kind)
        .order_by(derivatives.c.id.desc())
        .limit(1)
    )
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def derivatives_of(conn: Connection, document_id: int) -> list[dict[str, Any]]:
    query = select(derivatives).where(derivatives.c.document_id == document_id).order_by(derivatives.c.id)
    return [dict(r) for r in conn.execute(query).mappings()]
