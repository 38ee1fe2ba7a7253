"""Reads that ``analyze`` needs: where documents come from, what their sentences cite,
which entities a record's span names, and entity mentions for co-mention graphs.

Everything here takes the document ids the reader may see (``None``: every document),
so analysis never draws on a document its reader could not open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, select

from dossier.model import Author, Entity
from dossier.store.schema import claims, documents, entities, incidents, mentions, notes, works


@dataclass(frozen=True)
class DocumentOrigin:
    """What independence is judged on: the original a document came from and who wrote it."""

    id: int
    source_id: int
    title: str
    authors: tuple[Author, ...]


@dataclass(frozen=True)
class CitedWork:
    """A note marker in a document's body and the work the note cites."""

    document_id: int
    start: int
    work_key: str


@dataclass(frozen=True)
class SpanEntity:
    """An entity named inside a record's span."""

    record_id: int
    entity_id: int
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class EntityMention:
    document_id: int
    entity_id: int
    start: int
    end: int


def document_origins(conn: Connection, doc_ids: list[int]) -> dict[int, DocumentOrigin]:
    query = select(documents.c.id, documents.c.source_id, documents.c.title, documents.c.authors).where(
        documents.c.id.in_(doc_ids)
    )
    return {
        r.id: DocumentOrigin(r.id, r.source_id, r.title, tuple(Author(**a) for a in r.authors))
        for r in conn.execute(query)
    }


def cited_works(conn: Connection, doc_ids: list[int]) -> list[CitedWork]:
    """Every place a note marker stands in the body, with the work behind the note.

    An "ibid." or short-form note without a work of its own stands for the note it
    resolves to, so it is credited with that note's work.
    """
    query = (
        select(notes.c.document_id, notes.c.marker, notes.c.resolves_to, notes.c.cited_at, works.c.key)
        .select_from(notes.outerjoin(works, notes.c.work_id == works.c.id))
        .where(notes.c.document_id.in_(doc_ids))
    )
    rows = conn.execute(query).all()
    keys = {(r.document_id, r.marker): r.key for r in rows}
    found: list[CitedWork] = []
    for r in rows:
        key = r.key or keys.get((r.document_id, r.resolves_to))
        if key:
            found.extend(CitedWork(r.document_id, place["start"], key) for place in r.cited_at)
    return found


def claim_entities(conn: Connection, claim_ids: list[int]) -> list[SpanEntity]:
    """The entities each claim's sentence names."""
    return _entities_in_spans(conn, claims, claim_ids)


def incident_entities(conn: Connection, incident_ids: list[int]) -> list[SpanEntity]:
    """The entities each incident's evidence span names."""
    return _entities_in_spans(conn, incidents, incident_ids)


def _entities_in_spans(conn: Connection, table: Table, record_ids: list[int]) -> list[SpanEntity]:
    query = (
        select(table.c.id, mentions.c.entity_id, entities.c.kind, mentions.c.start, mentions.c.end)
        .select_from(
            table.join(
                mentions,
                (mentions.c.document_id == table.c.document_id)
                & (mentions.c.start >= table.c.start)
                & (mentions.c.end <= table.c.end),
            ).join(entities, entities.c.id == mentions.c.entity_id)
        )
        .where(table.c.id.in_(record_ids))
        .order_by(table.c.id, mentions.c.start)
    )
    return [SpanEntity(*r) for r in conn.execute(query)]


def entity_mentions(conn: Connection, doc_ids: list[int] | None) -> list[EntityMention]:
    """Every resolved mention, in reading order: the raw material of co-mention graphs."""
    query = (
        select(mentions.c.document_id, mentions.c.entity_id, mentions.c.start, mentions.c.end)
        .where(mentions.c.entity_id.is_not(None))
        .order_by(mentions.c.document_id, mentions.c.start)
    )
    if doc_ids is not None:
        query = query.where(mentions.c.document_id.in_(doc_ids))
    return [EntityMention(*r) for r in conn.execute(query)]


def documents_mentioning(conn: Connection, entity_id: int, doc_ids: list[int] | None) -> list[int]:
    query = select(mentions.c.document_id).where(mentions.c.entity_id == entity_id).distinct()
    if doc_ids is not None:
        query = query.where(mentions.c.document_id.in_(doc_ids))
    return sorted(conn.execute(query).scalars())


def document_texts(conn: Connection, doc_ids: list[int]) -> dict[int, str]:
    query = select(documents.c.id, documents.c.text).where(documents.c.id.in_(doc_ids))
    return {doc_id: text for doc_id, text in conn.execute(query)}


def entities_by_id(conn: Connection, entity_ids: list[int]) -> dict[int, Entity]:
    query = select(entities).where(entities.c.id.in_(entity_ids))
    return {
        r.id: Entity(kind=r.kind, name=r.name, attributes=r.attributes, protected=r.protected, id=r.id)
        for r in conn.execute(query)
    }


def incident_documents(conn: Connection, incident_ids: list[int]) -> dict[int, int]:
    """The document of each existing incident id (missing ids are left out)."""
    query = select(incidents.c.id, incidents.c.document_id).where(incidents.c.id.in_(incident_ids))
    return {incident_id: doc_id for incident_id, doc_id in conn.execute(query)}
