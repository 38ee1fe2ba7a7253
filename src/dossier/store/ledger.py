"""Appending to and reading the ledger, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, text

from dossier.model import LedgerEntry
from dossier.store.schema import ledger
from dossier.vault import GENESIS, entry_hash


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(conn: Connection, actor: str, action: str, subject: str, details: dict[str, Any]) -> LedgerEntry:
    """Add an entry chained to the last one. Call it in the transaction of the change."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE ledger IN EXCLUSIVE MODE"))  # one chain, no forks
    last = conn.execute(select(ledger.c.seq, ledger.c.hash).order_by(ledger.c.seq.desc()).limit(1)).first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    time = now()
    digest = entry_hash(seq, time, actor, action, subject, details, prev)
    conn.execute(
        ledger.insert().values(
            seq=seq, time=time, actor=actor, action=action, subject=subject, details=details, prev_hash=prev, hash=digest
        )
    )
    return LedgerEntry(seq, time, actor, action, subject, details, prev, digest)


def entries(conn: Connection, *, after: int = 0, limit: int | None = None) -> Iterator[LedgerEntry]:
    query = select(ledger).where(ledger.c.seq > after).order_by(ledger.c.seq)
    if limit is not None:
        query = query.limit(limit)
    for row in conn.execute(query):
        yield LedgerEntry(row.seq, row.time, row.actor, row.action, row.subject, row.details, row.prev_hash, row.hash)


def count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM ledger")).scalar_one()
