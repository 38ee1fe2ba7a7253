"""Reads and writes of what the extractors found: mentions, dates, quantities,
incidents, claims and recommendations.

Re-extraction replaces machine output only: rows whose status a person changed
(``reviewed``, ``disputed``) are kept, and new machine rows that repeat them are
skipped, so a reviewer's work is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, select, update

from dossier.model import (
    Annotations,
    Claim,
    Incident,
    Label,
    Mention,
    PartialDate,
    Party,
    Precision,
    Quantity,
    Recommendation,
    ReviewStatus,
)
from dossier.store.schema import annotations, claims, incidents, mentions, recommendations


def save(conn: Connection, doc_id: int, found: Annotations) -> None:
    """Write one document's annotations, keeping what people reviewed."""
    kept = _reviewed_spans(conn, doc_id)
    if found.mentions:
        conn.execute(mentions.insert(), [_mention_row(doc_id, m) for m in found.mentions])
    rows = [_annotation_row(doc_id, "date", d.start, d.end, d.to_dict(), d.extractor) for d in found.dates]
    rows += [_annotation_row(doc_id, "quantity", q.start, q.end, q.to_dict(), q.extractor) for q in found.quantities]
    if rows:
        conn.execute(annotations.insert(), rows)
    fresh = [i for i in found.incidents if (i.type, i.start, i.end) not in kept]
    if fresh:
        conn.execute(incidents.insert(), [_incident_row(doc_id, i) for i in fresh])
    if found.claims:
        conn.execute(claims.insert(), [_claim_row(doc_id, c) for c in found.claims])
    if found.recommendations:
        conn.execute(recommendations.insert(), [_recommendation_row(doc_id, r) for r in found.recommendations])


def clear_machine_output(conn: Connection, doc_id: int) -> None:
    """Drop machine annotations of a document before re-extraction."""
    conn.execute(delete(mentions).where(mentions.c.document_id == doc_id))
    conn.execute(delete(annotations).where(annotations.c.document_id == doc_id))
    for table in (incidents, claims):
        conn.execute(delete(table).where(table.c.document_id == doc_id, table.c.status == ReviewStatus.MACHINE.value))
    conn.execute(delete(recommendations).where(recommendations.c.document_id == doc_id))


def _reviewed_spans(conn: Connection, doc_id: int) -> set[tuple[str, int, int]]:
    query = select(incidents.c.type, incidents.c.start, incidents.c.end).where(
        incidents.c.document_id == doc_id, incidents.c.status != ReviewStatus.MACHINE.value
    )
    return {tuple(r) for r in conn.execute(query)}  # type: ignore[misc]


# --- reading ---------------------------------------------------------------------------


@dataclass
class RecordFilter:
    document_id: int | None = None
    document_ids: list[int] | None = None  # the documents the reader may see
    type: str | None = None
    entity_id: int | None = None
    asserted: bool | None = None
    limit: int | None = None
    offset: int = 0


def mentions_of(conn: Connection, doc_id: int) -> list[Mention]:
    query = select(mentions).where(mentions.c.document_id == doc_id).order_by(mentions.c.start)
    return [
        Mention(
            text=r.text,
            label=Label(r.label),
            start=r.start,
            end=r.end,
            extractor=r.extractor,
            confidence=r.confidence,
            canonical=r.canonical,
            entity=r.entity_id,
            id=r.id,
        )
        for r in conn.execute(query)
    ]


def set_mention_entities(conn: Connection, assignments: dict[int, int]) -> None:
    for mention_id, entity_id in assignments.items():
        conn.execute(update(mentions).where(mentions.c.id == mention_id).values(entity_id=entity_id))


def dates_of(conn: Connection, doc_id: int) -> list[PartialDate]:
    return [PartialDate(**{**d, "precision": Precision(d["precision"])}) for d in _data_of(conn, doc_id, "date")]


def quantities_of(conn: Connection, doc_id: int) -> list[Quantity]:
    return [Quantity(**d) for d in _data_of(conn, doc_id, "quantity")]


def _data_of(conn: Connection, doc_id: int, kind: str) -> list[dict]:
    query = (
        select(annotations.c.data)
        .where(annotations.c.document_id == doc_id, annotations.c.type == kind)
        .order_by(annotations.c.start)
    )
    return list(conn.execute(query).scalars())


def list_incidents(conn: Connection, flt: RecordFilter) -> list[Incident]:
    query = _filtered(incidents, flt)
    if flt.type:
        query = query.where(incidents.c.type == flt.type)
    if flt.asserted is not None:
        query = query.where(incidents.c.asserted == flt.asserted)
    return [_incident(r) for r in conn.execute(query)]


def list_claims(conn: Connection, flt: RecordFilter) -> list[Claim]:
    query = _filtered(claims, flt)
    if flt.type:
        query = query.where(claims.c.measure == flt.type)
    return [_claim(r) for r in conn.execute(query)]


def list_recommendations(conn: Connection, flt: RecordFilter) -> list[Recommendation]:
    query = _filtered(recommendations, flt)
    if flt.type:
        query = query.where(recommendations.c.to.ilike(f"%{flt.type}%"))
    return [_recommendation(r) for r in conn.execute(query)]


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    return _incident(row) if row else None


def set_incident_status(conn: Connection, incident_id: int, status: ReviewStatus) -> None:
    conn.execute(update(incidents).where(incidents.c.id == incident_id).values(status=status.value))


def incident_type_counts(conn: Connection, document_ids: list[int] | None = None) -> dict[str, int]:
    query = select(incidents.c.type, func.count()).where(incidents.c.asserted.is_(True)).group_by(incidents.c.type)
    if document_ids is not None:
        query = query.where(incidents.c.document_id.in_(document_ids))
    return {t: n for t, n in conn.execute(query)}


def _filtered(table: Table, flt: RecordFilter):  # type: ignore[no-untyped-def]
    query = select(table).order_by(table.c.document_id, table.c.start).offset(flt.offset)
    if flt.document_id is not None:
        query = query.where(table.c.document_id == flt.document_id)
    if flt.document_ids is not None:
        query = query.where(table.c.document_id.in_(flt.document_ids))
    if flt.entity_id is not None:
        query = query.where(_mentions_entity(table, flt.entity_id))
    if flt.limit is not None:
        query = query.limit(flt.limit)
    return query


def _mentions_entity(table: Table, entity_id: int):  # type: ignore[no-untyped-def]
    """The record's own span names the entity (not merely its document)."""
    return (
        select(mentions.c.id)
        .where(
            mentions.c.entity_id == entity_id,
            mentions.c.document_id == table.c.document_id,
            mentions.c.start >= table.c.start,
            mentions.c.end <= table.c.end,
        )
        .exists()
    )


# --- rows <-> records ------------------------------------------------------------------


def _mention_row(doc_id: int, m: Mention) -> dict:
    return dict(
        document_id=doc_id, text=m.text, label=str(m.label), start=m.start, end=m.end,
        canonical=m.canonical, entity_id=m.entity, extractor=m.extractor, confidence=m.confidence,
    )


def _annotation_row(doc_id: int, kind: str, start: int | None, end: int | None, data: dict, extractor: str) -> dict:
    return dict(document_id=doc_id, type=kind, start=start, end=end, data=data, extractor=extractor)


def _incident_row(doc_id: int, i: Incident) -> dict:
    return dict(
        document_id=doc_id, type=i.type, text=i.text, start=i.start, end=i.end, asserted=i.asserted,
        modality=i.modality, place=i.place, date=i.date.to_dict() if i.date else None,
        date_value=i.date.value if i.date else None,
        perpetrators=[p.to_dict() for p in i.perpetrators], victims=[v.to_dict() for v in i.victims],
        legal=i.legal, extractor=i.extractor, status=str(i.status),
    )


def _claim_row(doc_id: int, c: Claim) -> dict:
    return dict(
        document_id=doc_id, text=c.text, start=c.start, end=c.end, subject=c.subject, measure=c.measure,
        value=c.value, low=c.low, high=c.high, unit=c.unit, as_of=c.as_of, notes=c.notes, extractor=c.extractor,
    )


def _recommendation_row(doc_id: int, r: Recommendation) -> dict:
    return dict(
        document_id=doc_id, by=r.by, to=r.to, action=r.action, text=r.text, start=r.start, end=r.end,
        item=r.item, date=r.date, extractor=r.extractor, status=r.status,
    )


def _incident(r) -> Incident:  # type: ignore[no-untyped-def]
    date = PartialDate(**{**r.date, "precision": Precision(r.date["precision"])}) if r.date else None
    return Incident(
        type=r.type, text=r.text, start=r.start, end=r.end, asserted=r.asserted, modality=r.modality,
        place=r.place, date=date, perpetrators=[Party(**p) for p in r.perpetrators],
        victims=[Party(**v) for v in r.victims], legal=r.legal, extractor=r.extractor,
        status=ReviewStatus(r.status), document_id=r.document_id, id=r.id,
    )


def _claim(r) -> Claim:  # type: ignore[no-untyped-def]
    return Claim(
        text=r.text, start=r.start, end=r.end, subject=r.subject, measure=r.measure, value=r.value,
        low=r.low, high=r.high, unit=r.unit, as_of=r.as_of, notes=r.notes, extractor=r.extractor,
        document_id=r.document_id, id=r.id,
    )


def _recommendation(r) -> Recommendation:  # type: ignore[no-untyped-def]
    return Recommendation(
        by=r.by, to=r.to, action=r.action, text=r.text, start=r.start, end=r.end, item=r.item, date=r.date,
        status=r.status, extractor=r.extractor, document_id=r.document_id, id=r.id,
    )


# --- reads for the web app -------------------------------------------------------------


def incident_places(conn: Connection, incident_ids: list[int]) -> dict[int, list[int]]:
    """The place and facility entities of each incident: its resolved place, or those named in its span."""
    from dossier.store.schema import entities

    found: dict[int, list[int]] = {}
    resolved = select(incidents.c.id, incidents.c.place_entity_id).where(
        incidents.c.id.in_(incident_ids), incidents.c.place_entity_id.is_not(None)
    )
    for incident_id, entity_id in conn.execute(resolved):
        found.setdefault(incident_id, []).append(entity_id)
    named = (
        select(incidents.c.id, mentions.c.entity_id)
        .select_from(
            incidents.join(
                mentions,
                (mentions.c.document_id == incidents.c.document_id)
                & (mentions.c.start >= incidents.c.start)
                & (mentions.c.end <= incidents.c.end),
            ).join(entities, entities.c.id == mentions.c.entity_id)
        )
        .where(incidents.c.id.in_(incident_ids), entities.c.kind.in_(["place", "facility"]))
        .distinct()
    )
    for incident_id, entity_id in conn.execute(named):
        if entity_id not in found.get(incident_id, []):
            found.setdefault(incident_id, []).append(entity_id)
    return found
