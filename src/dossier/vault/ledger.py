"""The hash chain of the ledger.

Each entry's hash covers its own fields and the hash of the entry before, so changing,
removing or reordering any entry breaks every hash after it. The rows themselves are
kept by the store (in the same transaction as the change they record); this module only
computes and checks the chain, so it is the same for SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from dossier.model import LedgerEntry

GENESIS = "0" * 64


def entry_hash(
    seq: int, time: str, actor: str, action: str, subject: str, details: dict[str, Any], prev_hash: str
) -> str:
    body = json.dumps(
        [seq, time, actor, action, subject, details, prev_hash],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def first_break(entries: Iterable[LedgerEntry]) -> str | None:
    """Walk the chain; describe the first entry that does not fit, or None if intact."""
    expected_prev, expected_seq = GENESIS, 1
    for entry in entries:
        if entry.seq != expected_seq:
            return f"ledger entry {expected_seq}: missing (next entry is {entry.seq})"
        if entry.prev_hash != expected_prev:
            return f"ledger entry {entry.seq}: does not follow entry {entry.seq - 1} (previous hash differs)"
        recomputed = entry_hash(
            entry.seq, entry.time, entry.actor, entry.action, entry.subject, entry.details, entry.prev_hash
        )
        if recomputed != entry.hash:
            return f"ledger entry {entry.seq}: altered (its contents no longer match its hash)"
        expected_prev, expected_seq = entry.hash, entry.seq + 1
    return None
