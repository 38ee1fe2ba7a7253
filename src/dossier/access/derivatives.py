"""Redacted derivatives: a document's text with protected names pseudonymised, kept as a
new item with its own SHA-256 and linked to the document; the original is untouched.

When a witness is added, every document that names a protected person gets a fresh
redacted derivative and is re-indexed, so search never serves the name it had before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from dossier.access import witnesses
from dossier.access.policy import Principal
from dossier.access.redaction import matcher
from dossier.access.witnesses import Witness
from dossier.errors import NotFound
from dossier.search.indexer import index_documents
from dossier.store import documents, protected
from dossier.store import witnesses as witness_rows
from dossier.vault import sha256_of

REDACTED = "redacted"


def add_witness(conn: Connection, principal: Principal, witness: Witness) -> tuple[int, list[int]]:
    """Record a witness and re-redact at once: the witness id and the documents that name them."""
    witness_id = witnesses.add(conn, principal, witness)
    return witness_id, rederive(conn)


def rederive(conn: Connection) -> list[int]:
    """Record a redacted derivative of every document naming a protected person; re-index them."""
    current = matcher(conn)
    basis = witness_rows.revision(conn)
    affected = []
    for doc_id in documents.all_ids(conn):
        doc = documents.get(conn, doc_id)
        if doc is None or not current.finds(doc.text):
            continue
        _store(conn, doc_id, current.redact(doc.text), basis)
        affected.append(doc_id)
    index_documents(conn, affected)
    return affected


def redacted(conn: Connection, doc_id: int) -> dict[str, Any]:
    """The document's redacted derivative (made now if missing or older than the witness list).

    It may write, so call it inside ``store.transaction()``.
    """
    doc = documents.get(conn, doc_id)
    if doc is None:
        raise NotFound(f"document {doc_id}: no such document")
    basis = witness_rows.revision(conn)
    found = protected.latest_derivative(conn, doc_id, REDACTED)
    if found is None or found["basis"] != basis:
        _store(conn, doc_id, matcher(conn).redact(doc.text), basis)
        found = protected.latest_derivative(conn, doc_id, REDACTED)
    assert found is not None
    return {"document_id": doc_id, "kind": REDACTED, "sha256": found["sha256"], "text": found["text"],
            "created_at": found["created_at"], "original_sha256": doc.source_sha256}


def _store(conn: Connection, doc_id: int, text: str, basis: str) -> None:
    digest = sha256_of(text.encode("utf-8"))
    latest = protected.latest_derivative(conn, doc_id, REDACTED)
    if latest is None or latest["sha256"] != digest or latest["basis"] != basis:
        protected.insert_derivative(conn, doc_id, REDACTED, digest, text, basis)
