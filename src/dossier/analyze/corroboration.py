"""Corroboration and contradictions over the documents a reader may see.

Reads claims and incidents through ``store``, works out what each rests on
(``sources``), and hands them to the pure comparisons in ``claims`` and ``incidents``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection

from dossier.analyze.claims import ClaimGroup, Contradiction, compare_claims
from dossier.analyze.incidents import IncidentGroup, group_incidents
from dossier.analyze.sources import Provenance
from dossier.model import Claim, Incident, Record
from dossier.store import analysis, annotations
from dossier.store.annotations import RecordFilter

PLACE_KINDS = frozenset({"place", "facility"})


@dataclass
class Corroboration(Record):
    claims: list[ClaimGroup]
    incidents: list[IncidentGroup]


def corroboration(conn: Connection, document_ids: list[int] | None = None, *, min_documents: int = 2) -> Corroboration:
    """Claims compared across documents, and incidents reported by ``min_documents`` or more."""
    claims = annotations.list_claims(conn, RecordFilter(document_ids=document_ids))
    incidents = annotations.list_incidents(conn, RecordFilter(document_ids=document_ids, asserted=True))
    provenance = Provenance.load(conn, [r.document_id or 0 for r in [*claims, *incidents]])
    return Corroboration(
        claims=claim_groups(conn, claims, provenance),
        incidents=incident_groups(conn, incidents, provenance, min_documents=min_documents),
    )


def contradictions(conn: Connection, document_ids: list[int] | None = None) -> list[Contradiction]:
    """Every pair of comparable claims from different documents whose values differ."""
    claims = annotations.list_claims(conn, RecordFilter(document_ids=document_ids))
    provenance = Provenance.load(conn, [c.document_id or 0 for c in claims])
    return [c for group in claim_groups(conn, claims, provenance) for c in group.contradictions]


def claim_groups(conn: Connection, claims: list[Claim], provenance: Provenance) -> list[ClaimGroup]:
    origins = {c.id or 0: provenance.origin(c.document_id or 0, c.start, c.end) for c in claims}
    places: dict[int, set[int]] = defaultdict(set)
    for named in analysis.claim_entities(conn, list(origins)):
        if named.kind in PLACE_KINDS:
            places[named.record_id].add(named.entity_id)
    return compare_claims(claims, origins, places, _titles(provenance))


def incident_groups(
    conn: Connection, incidents: list[Incident], provenance: Provenance, *, min_documents: int = 2
) -> list[IncidentGroup]:
    origins = {i.id or 0: provenance.origin(i.document_id or 0, i.start, i.end) for i in incidents}
    places = annotations.incident_places(conn, list(origins))
    names = {e.id or 0: e.name for e in analysis.entities_by_id(conn, sorted({p for ps in places.values() for p in ps})).values()}
    return group_incidents(incidents, places, names, origins, _titles(provenance), min_documents=min_documents)


def _titles(provenance: Provenance) -> dict[int, str]:
    return {doc_id: doc.title for doc_id, doc in provenance.documents.items()}
