"""What an export may contain, gathered once and cut to the acting principal.

Every exporter writes from a ``Bundle`` and never reads the store itself, so the access
rules hold for every format at once: the principal must hold ``export``; only documents
of the sensitivities their role may see are taken, and only the entities, facts, edges
and ledger entries that come from those documents; every free-text field has passed
through ``access.redact_for``. A protected entity also loses its attributes and aliases
for a reader who may not see protected data (an exact home location is protected).

The originals of the exported documents are re-hashed while gathering, so every export
states whether the evidence it carries is still untampered.

Offsets (``start``/``end``) stay those of the original text: redaction changes lengths,
and the offsets are how a cleared reader opens the exact words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Connection

from dossier.access import Principal, max_sensitivity, redact_for, require, sees_protected
from dossier.analyze import Graph, network
from dossier.errors import NotFound, UsageError
from dossier.export.redacting import redact_record
from dossier.model import Claim, Document, DocumentKind, Entity, Incident, LedgerEntry, Recommendation, Source
from dossier.repository import Repository
from dossier.store import annotations as facts
from dossier.store import documents, exports, ledger, sources
from dossier.store.annotations import RecordFilter
from dossier.vault import first_break

INTACT = "intact"


@dataclass
class Scope:
    """Which documents to export; empty lists mean every document the principal may see."""

    kinds: list[str] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)


@dataclass
class Bundle:
    principal: Principal
    documents: list[Document]  # with text and notes
    sources: dict[str, Source]  # by SHA-256 of the original
    entities: list[Entity]  # those mentioned in the documents
    mentions: list[tuple[int, int, int]]  # (entity id, document id, mentions)
    network: Graph  # who appears with whom (analyze.network) in these documents
    incidents: list[Incident]
    incident_places: dict[int, list[int]]  # incident id -> place/facility entity ids
    claims: list[Claim]
    recommendations: list[Recommendation]
    ledger: list[LedgerEntry]  # entries about the exported originals
    originals: dict[str, str]  # SHA-256 -> "intact" or what is wrong with it
    chain: str | None  # the ledger's first break, None when the whole chain holds
    sha1: dict[str, str] = field(default_factory=dict)  # SHA-256 -> SHA-1 of each intact original (FtM's contentHash)

    @property
    def document_ids(self) -> list[int]:
        return [doc.id for doc in self.documents if doc.id is not None]

    @cached_property
    def entities_by_id(self) -> dict[int, Entity]:
        return {e.id: e for e in self.entities if e.id is not None}

    def counts(self) -> dict[str, int]:
        return {
            "documents": len(self.documents), "entities": len(self.entities), "incidents": len(self.incidents),
            "claims": len(self.claims), "recommendations": len(self.recommendations),
            "notes": sum(len(doc.notes) for doc in self.documents),
        }


def collect(repo: Repository, principal: Principal, scope: Scope | None = None) -> Bundle:
    """Everything ``principal`` may export within ``scope``, redacted for them."""
    require(principal, "export")
    scope = scope or Scope()
    with repo.store.reading() as conn:
        doc_ids = _visible_ids(conn, principal, scope)
        bundle = _redacted(conn, principal, _read(conn, principal, doc_ids))
    for digest in bundle.sources:
        bundle.originals[digest], sha1 = _check(repo, digest)
        if sha1:
            bundle.sha1[digest] = sha1
    return bundle


def _visible_ids(conn: Connection, principal: Principal, scope: Scope) -> list[int]:
    unknown = [kind for kind in scope.kinds if kind not in set(DocumentKind)]
    if unknown:
        raise UsageError(f"--kind: {unknown[0]!r} is not a document kind; choose from {', '.join(DocumentKind)}")
    flt = documents.DocumentFilter(ids=scope.document_ids or None, max_sensitivity=max_sensitivity(principal))
    found = [doc for doc in documents.list_documents(conn, flt) if not scope.kinds or str(doc.kind) in scope.kinds]
    missing = sorted(set(scope.document_ids) - {doc.id for doc in found if doc.id is not None})
    if missing:  # hidden and absent documents answer alike, so existence does not leak
        raise NotFound(f"--document {missing[0]}: no such document (or not of the kinds asked for)")
    return [doc.id for doc in found if doc.id is not None]


def _read(conn: Connection, principal: Principal, doc_ids: list[int]) -> Bundle:
    docs = [doc for doc in (documents.get(conn, doc_id) for doc_id in doc_ids) if doc is not None]
    digests = {doc.source_sha256 for doc in docs}
    incidents = facts.list_incidents(conn, RecordFilter(document_ids=doc_ids))
    return Bundle(
        principal=principal,
        documents=docs,
        sources={digest: source for digest in sorted(digests) if (source := sources.by_sha(conn, digest))},
        entities=exports.entities_in(conn, doc_ids),
        mentions=exports.entity_mentions(conn, doc_ids),
        network=network(conn, doc_ids),
        incidents=incidents,
        incident_places=facts.incident_places(conn, [i.id for i in incidents if i.id is not None]),
        claims=facts.list_claims(conn, RecordFilter(document_ids=doc_ids)),
        recommendations=facts.list_recommendations(conn, RecordFilter(document_ids=doc_ids)),
        ledger=exports.ledger_about(conn, digests),
        originals={},
        chain=first_break(ledger.entries(conn)),
    )


def _redacted(conn: Connection, principal: Principal, stored: Bundle) -> Bundle:
    """A copy of the bundle with every string passed through the principal's redaction."""
    def redact(text: str) -> str:
        return redact_for(principal, conn, text)

    clean = redact_record(stored, redact)
    if not sees_protected(principal):
        _withhold(stored, clean)
    return clean


def _withhold(stored: Bundle, clean: Bundle) -> None:
    """Protected entities keep their pseudonym (or a placeholder) and nothing else."""
    names = {e.id: e.name for e in stored.entities if e.protected}
    names |= {n.id: n.name for n in stored.network.nodes if n.protected}
    for entity in clean.entities:
        if entity.id in names:
            entity.name = _shown_name(entity.id, entity.name, names[entity.id])
            entity.attributes, entity.aliases = {}, []
    for node in clean.network.nodes:
        if node.id in names:
            node.name = _shown_name(node.id, node.name, names[node.id])


def _shown_name(entity_id: int | None, redacted: str, stored: str) -> str:
    """The pseudonym redaction put in, or a placeholder when no witness name matched."""
    return f"[protected entity {entity_id}]" if redacted == stored else redacted


def _check(repo: Repository, digest: str) -> tuple[str, str | None]:
    """Whether the original still hashes to its name, and its SHA-1 if it does."""
    problem = repo.blobs.check(digest)
    if problem:
        return str(problem), None
    return INTACT, hashlib.sha1(repo.blobs.get(digest), usedforsecurity=False).hexdigest()
