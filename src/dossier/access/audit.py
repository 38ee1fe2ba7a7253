"""The read audit: every look at a protected identity is written to the ledger.

Reads leave no trace in the database by themselves; for witness identities that is not
acceptable, so the looks are chained into the same hash-linked ledger as the changes,
where nobody can remove them without ``verify`` noticing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from dossier.access.policy import Principal
from dossier.model import LedgerEntry
from dossier.store import ledger


def record(
    conn: Connection, principal: Principal, action: str, subject: str, details: dict[str, Any] | None = None
) -> LedgerEntry:
    """Append who (and in which role) looked at ``subject``; call it in the reading transaction."""
    return ledger.append(conn, principal.name, action, subject, {"role": str(principal.role), **(details or {})})
