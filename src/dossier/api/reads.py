"""The reads behind both the JSON API and the pages, each limited to the reader's scope.

Pages and API answer from the same functions, so what a person sees on screen and
what a script gets from /api/ never disagree. Each returns plain dicts shaped like
the response models in ``schemas``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from dossier.analyze.network import Graph, network
from dossier.api.scope import Scope
from dossier.api.state import AppState
from dossier.errors import NotFound
from dossier.model import DocumentKind, Entity, Source
from dossier.repository import document_summary, note_record
from dossier.store import annotations as facts
from dossier.store import documents, entities, ledger, sources
from dossier.store.annotations import RecordFilter


MAX_RELATED = 12  # neighbours shown on an entity page
MAX_EVIDENCE = 3  # spans shown per neighbour


@dataclass
class Paging:
    limit: int = 50
    offset: int = 0

    def page(self, rows: list) -> dict:
        """Rows fetched with ``limit + 1`` become one page and the offset of the next."""
        more = len(rows) > self.limit
        return {
            "items": rows[: self.limit],
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }


# --- sources and documents ---------------------------------------------------------------


def sources_page(state: AppState, scope: Scope, paging: Paging) -> dict:
    with state.repo.store.reading() as conn:
        found = sources.list_visible(conn, scope.max_sensitivity, limit=paging.limit + 1, offset=paging.offset)
    return paging.page([s.to_dict() for s in found])


def visible_source(state: AppState, scope: Scope, sha256: str) -> Source:
    with state.repo.store.reading() as conn:
        source = sources.by_sha(conn, sha256)
    if source is None or not scope.allows(source.sensitivity):
        raise NotFound(f"original {sha256}: no such source")
    return source


def documents_page(state: AppState, scope: Scope, paging: Paging, kind: str | None = None) -> dict:
    flt = documents.DocumentFilter(
        kind=kind, max_sensitivity=scope.max_sensitivity, limit=paging.limit + 1, offset=paging.offset
    )
    with state.repo.store.reading() as conn:
        docs = documents.list_documents(conn, flt)
        counts = documents.note_counts(conn, [d.id for d in docs if d.id is not None])
        total = documents.count_matching(conn, documents.DocumentFilter(kind=kind, max_sensitivity=scope.max_sensitivity))
    rows = [document_summary(d, counts.get(d.id or 0, 0)) for d in docs]
    return {**paging.page(rows), "total": total}


def recent_documents(state: AppState, scope: Scope, n: int = 8) -> list[dict]:
    """The last ``n`` documents added, newest first."""
    with state.repo.store.reading() as conn:
        total = documents.count_matching(conn, documents.DocumentFilter(max_sensitivity=scope.max_sensitivity))
    page = documents_page(state, scope, Paging(limit=n, offset=max(0, total - n)))
    return list(reversed(page["items"]))


def document_view(state: AppState, scope: Scope, doc_id: int) -> dict:
    """A document with its text, notes and mentions; NotFound when the reader may not see it."""
    with state.repo.store.reading() as conn:
        doc = documents.get(conn, doc_id)
        if doc is None or not scope.allows(doc.sensitivity):
            raise NotFound(f"document {doc_id}: no such document")
        found = facts.mentions_of(conn, doc_id)
        hidden = _protected_ids(conn, {m.entity for m in found if m.entity is not None}, scope)
    summary = document_summary(doc, len(doc.notes))
    del summary["notes"]
    mentions = [_mention_dict(m, hidden) for m in found]
    return {**summary, "text": doc.text, "notes": [note_record(n) for n in doc.notes], "mentions": mentions}


def _mention_dict(mention, hidden: set[int]) -> dict:  # type: ignore[no-untyped-def]
    """A mention of a protected entity keeps its span but loses its link and canonical name."""
    record = mention.to_dict()
    record["label"] = str(mention.label)
    if mention.entity in hidden:
        record["entity"] = None
        record["canonical"] = None
    return record


def _protected_ids(conn: Connection, entity_ids: set[int], scope: Scope) -> set[int]:
    if scope.sees_protected:
        return set()
    return {e for e in entity_ids if (found := entities.get(conn, e)) is not None and found.protected}


# --- annotations -------------------------------------------------------------------------


def record_filter(conn: Connection, scope: Scope, paging: Paging, **filters: object) -> RecordFilter:
    return RecordFilter(document_ids=scope.document_ids(conn), limit=paging.limit + 1, offset=paging.offset, **filters)  # type: ignore[arg-type]


def incidents_page(state: AppState, scope: Scope, paging: Paging, **filters: object) -> dict:
    with state.repo.store.reading() as conn:
        found = facts.list_incidents(conn, record_filter(conn, scope, paging, **filters))
    return paging.page([i.to_dict() for i in found])


def claims_page(state: AppState, scope: Scope, paging: Paging, **filters: object) -> dict:
    with state.repo.store.reading() as conn:
        found = facts.list_claims(conn, record_filter(conn, scope, paging, **filters))
    return paging.page([c.to_dict() for c in found])


def recommendations_page(state: AppState, scope: Scope, paging: Paging, **filters: object) -> dict:
    with state.repo.store.reading() as conn:
        found = facts.list_recommendations(conn, record_filter(conn, scope, paging, **filters))
    return paging.page([r.to_dict() for r in found])


def incident_types(state: AppState, scope: Scope) -> dict[str, int]:
    with state.repo.store.reading() as conn:
        return facts.incident_type_counts(conn, scope.document_ids(conn))


# --- entities ----------------------------------------------------------------------------


def entities_page(state: AppState, scope: Scope, paging: Paging, kind: str | None = None) -> dict:
    with state.repo.store.reading() as conn:
        found = entities.mentioned(conn, scope.document_ids(conn), kind=kind, limit=paging.limit + 1, offset=paging.offset)
    rows = [_entity_summary(e, n) for e, n in found if scope.sees_protected or not e.protected]
    return paging.page(rows)


def _entity_summary(entity: Entity, mentions: int) -> dict:
    return {"id": entity.id, "kind": entity.kind, "name": entity.name, "attributes": entity.attributes, "mentions": mentions}


def entity_view(state: AppState, scope: Scope, entity_id: int) -> dict:
    """An entity with its aliases, where it was seen, and who or what shares its documents."""
    with state.repo.store.reading() as conn:
        entity = entities.get(conn, entity_id)
        visible = scope.document_ids(conn)
        seen = entities.appearances(conn, entity_id, visible) if entity else []
        if entity is None or not seen or (entity.protected and not scope.sees_protected):
            raise NotFound(f"entity {entity_id}: no such entity")
        graph = network(conn, visible, entity_id=entity_id)
        titles = documents.titles(conn, sorted({doc_id for doc_id, *_ in seen}))
    aliases = [a.to_dict() for a in entity.aliases if visible is None or a.document_id is None or a.document_id in visible]
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "attributes": entity.attributes,
        "aliases": aliases,
        "seen": [
            {"document_id": d, "title": titles.get(d, ""), "start": s, "end": e, "text": t} for d, s, e, t in seen
        ],
        "related": _related(graph, entity_id, scope),
    }


def _related(graph: Graph, entity_id: int, scope: Scope) -> list[dict]:
    """The entity's neighbours in the ``analyze.network`` graph, strongest links first."""
    by_id: dict[int, dict] = {}
    for edge in graph.edges_of(entity_id):
        other = graph.node(edge.target if edge.source == entity_id else edge.source)
        if other is None or (other.protected and not scope.sees_protected):
            continue
        row = by_id.setdefault(other.id, {"id": other.id, "kind": other.kind, "name": other.name,
                                          "links": 0, "relations": [], "evidence": []})
        row["links"] += edge.weight
        row["relations"].append(edge.relation)
        for evidence in edge.evidence:
            if len(row["evidence"]) < MAX_EVIDENCE and evidence.to_dict() not in row["evidence"]:
                row["evidence"].append(evidence.to_dict())
    return sorted(by_id.values(), key=lambda r: (-r["links"], r["id"]))[:MAX_RELATED]


def places_of_incidents(state: AppState, scope: Scope, incident_ids: list[int]) -> dict[int, list[dict]]:
    """For each incident, the places it names that have coordinates (for the map)."""
    with state.repo.store.reading() as conn:
        linked = facts.incident_places(conn, incident_ids)
        found = {e: entities.get(conn, e) for ids in linked.values() for e in ids}
    located = {e: ent for e, ent in found.items() if ent and _has_coordinates(ent) and (scope.sees_protected or not ent.protected)}
    return {
        incident: [_entity_summary(located[e], 0) for e in ids if e in located]
        for incident, ids in linked.items()
    }


def _has_coordinates(entity: Entity) -> bool:
    """A point to plot: countries have a centroid in the gazetteer, but no incident happened there."""
    attrs = entity.attributes or {}
    located = isinstance(attrs.get("lat"), int | float) and isinstance(attrs.get("lon"), int | float)
    return located and attrs.get("admin_level") != "country"


# --- the repository as a whole -----------------------------------------------------------


def holdings(state: AppState, scope: Scope) -> dict:
    """What the dashboard counts: documents by kind, sources, entities, incidents, ledger length."""
    with state.repo.store.reading() as conn:
        visible = scope.document_ids(conn)
        by_kind = {
            str(kind): documents.count_matching(conn, documents.DocumentFilter(kind=str(kind), max_sensitivity=scope.max_sensitivity))
            for kind in DocumentKind
        }
        sources_n = sources.count_visible(conn, scope.max_sensitivity)
        entity_n = entities.count_mentioned(conn, visible)
        incidents_by_type = facts.incident_type_counts(conn, visible)
        ledger_n = ledger.count(conn)
    return {
        "documents": sum(by_kind.values()),
        "documents_by_kind": {kind: n for kind, n in sorted(by_kind.items()) if n},
        "sources": sources_n,
        "entities": entity_n,
        "incidents": sum(incidents_by_type.values()),
        "incidents_by_type": dict(sorted(incidents_by_type.items(), key=lambda kv: -kv[1])),
        "ledger_entries": ledger_n,
    }
