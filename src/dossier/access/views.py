"""Records as a principal may see them: only visible sensitivities, names pseudonymised.

Front ends that print records (pages, API answers, exports, CLI listings) take them from
here, or apply the same two steps themselves with ``max_sensitivity`` and
``redact_for``. A document above the principal's sensitivity is answered as NotFound,
the same as a missing one, so its existence does not leak either.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from dossier.access.policy import Principal, max_sensitivity, require, sees_protected, visible_sensitivities
from dossier.access.redaction import Redact, matcher, redact_fields, redact_for
from dossier.errors import NotFound
from dossier.model import Author, Document, Note, Sensitivity
from dossier.store import annotations, documents, entities

# The free-text fields of each kind of extracted fact, where a protected name could stand.
FACT_TEXT = {
    "incidents": ("text", "place", "perpetrators", "victims"),
    "claims": ("text", "subject"),
    "recommendations": ("text", "action", "by", "to"),
}
_LISTERS = {
    "incidents": annotations.list_incidents,
    "claims": annotations.list_claims,
    "recommendations": annotations.list_recommendations,
}


def documents_visible(principal: Principal, conn: Connection, *, kind: str | None = None) -> list[Document]:
    """Documents (without text) the principal may see, with titles and authors redacted for them."""
    require(principal, "document.read")
    found = documents.list_documents(conn, documents.DocumentFilter(kind=kind, max_sensitivity=max_sensitivity(principal)))
    return [_redacted(principal, conn, doc) for doc in found]


def document_for(principal: Principal, conn: Connection, doc_id: int) -> Document:
    """One document with text and notes as the principal may see it; NotFound if above their level."""
    require(principal, "document.read")
    doc = documents.get(conn, doc_id)
    if doc is None or str(doc.sensitivity) not in visible_sensitivities(principal):
        raise NotFound(f"document {doc_id}: no such document")
    return _redacted(principal, conn, doc)


def facts_visible(principal: Principal, conn: Connection, kind: str, flt: annotations.RecordFilter) -> list[dict[str, Any]]:
    """Incidents, claims or recommendations (``kind``) drawn from the documents the principal
    may read, as records, with protected names pseudonymised for them."""
    require(principal, "document.read")
    visible = _visible_documents(principal, conn)
    if visible is not None:
        flt = replace(flt, document_ids=visible if flt.document_ids is None else sorted(set(visible) & set(flt.document_ids)))
    redact = _redactor(principal, conn)
    return [redact_fields(record.to_dict(), redact, FACT_TEXT[kind]) for record in _LISTERS[kind](conn, flt)]


def sees_all(principal: Principal) -> bool:
    """Whether the principal sees every record as stored (every level, protected names as written)."""
    return max_sensitivity(principal) == Sensitivity.CONFIDENTIAL and sees_protected(principal)


def entities_visible(principal: Principal, conn: Connection, *, kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Entities mentioned in the documents the principal may read, most mentioned first;
    protected ones only for those who see protected names, names pseudonymised."""
    require(principal, "document.read")
    found = entities.mentioned(conn, _visible_documents(principal, conn), kind=kind, limit=limit)
    redact = _redactor(principal, conn)
    return [
        {"id": e.id, "kind": e.kind, "name": redact(e.name), "attributes": e.attributes, "mentions": n}
        for e, n in found
        if sees_protected(principal) or not e.protected
    ]


def entity_for(principal: Principal, conn: Connection, entity_id: int) -> dict[str, Any]:
    """An entity with the aliases seen in documents the principal may read; NotFound when it
    is protected from them or appears in none of their documents (so its existence does not leak)."""
    require(principal, "document.read")
    entity = entities.get(conn, entity_id)
    visible = _visible_documents(principal, conn)
    hidden = entity is None or (entity.protected and not sees_protected(principal))
    if hidden or not entities.appearances(conn, entity_id, visible, limit=1):
        raise NotFound(f"entity {entity_id}: no such entity")
    redact = _redactor(principal, conn)
    record = entity.to_dict()  # type: ignore[union-attr]
    record["name"] = redact(record["name"])
    record["aliases"] = [
        {**alias, "name": redact(alias["name"])}
        for alias in record["aliases"]
        if visible is None or alias["document_id"] is None or alias["document_id"] in visible
    ]
    return record


def _visible_documents(principal: Principal, conn: Connection) -> list[int] | None:
    """The ids of the documents the principal may read; None when that is all of them."""
    level = max_sensitivity(principal)
    return None if level == Sensitivity.CONFIDENTIAL else documents.visible_ids(conn, level)


def _redactor(principal: Principal, conn: Connection) -> Redact:
    """The principal's view of a text: as written, or with protected names pseudonymised."""
    return (lambda text: text) if sees_protected(principal) else matcher(conn).redact


def _redacted(principal: Principal, conn: Connection, doc: Document) -> Document:
    def redact(text: str) -> str:
        return redact_for(principal, conn, text)

    doc.title = redact(doc.title)
    doc.text = redact(doc.text)
    doc.authors = [Author(redact(a.name), a.role, a.pseudonym) for a in doc.authors]
    doc.notes = [_note(n, redact) for n in doc.notes]
    return doc


def _note(note: Note, redact) -> Note:  # type: ignore[no-untyped-def]
    note.text = redact(note.text)
    note.title = redact(note.title) if note.title else note.title
    note.authors = [redact(a) for a in note.authors]
    for place in note.cited_at:
        place.sentence = redact(place.sentence)
    return note
