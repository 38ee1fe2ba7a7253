"""FollowTheMoney entities, one JSON object a line: what Aleph, OpenSanctions tools and
``ftm`` pipelines read.

Documents become PlainText (Pages for PDFs, HyperText for web pages). FtM's
``contentHash`` is a SHA-1 (the library rejects longer values), so it holds the
original's SHA-1, computed from the vault as the original is re-checked, and the SHA-256
that names the original in Dossier stands in ``notes`` as "SHA-256 of the original: …"; persons and organizations become Person and Organization;
places and facilities become Address with their coordinates; a person or organization
named in a document is a Mention, a place named in one an UnknownLink (Mention resolves
to legal entities only); incidents are Events with their document as proof; claims,
recommendations and endnotes are Notes on their document. Laws have no FtM schema and
are left out. Ids are Dossier's own (``dossier-document-12``), so a re-export updates
the same entities downstream.

Every entity is cleaned and validated with the followthemoney library before it is
written; one that fails stops the export with the entity and property named.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from followthemoney import model
from followthemoney.exc import InvalidData

from dossier.errors import DossierError
from dossier.export.bundle import Bundle
from dossier.law.data import load as legal_data
from dossier.model import Claim, Document, Entity, Incident, Note, Recommendation

NAME = "ftm"
SUFFIX = ".ftm.json"
TEXT_CHUNK = 60_000  # FtM text values hold at most 65,000 characters

_SCHEMA_OF_KIND = {"person": "Person", "org": "Organization", "place": "Address", "facility": "Address"}
_SCHEMA_OF_MEDIA = {"application/pdf": "Pages", "text/html": "HyperText"}
_LEGAL_ENTITIES = {"Person", "Organization"}


def write(bundle: Bundle, stream: BinaryIO) -> dict[str, int]:
    """Write every entity as a JSON line; returns how many of each schema."""
    counts: Counter[str] = Counter()
    for entity in entities(bundle):
        stream.write(json.dumps(entity, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
        counts[entity["schema"]] += 1
    return dict(sorted(counts.items()))


def entities(bundle: Bundle) -> Iterator[dict[str, Any]]:
    """The bundle as validated FtM entity dicts, documents first, links last."""
    schemas = {e.id: _SCHEMA_OF_KIND[e.kind] for e in bundle.entities if e.kind in _SCHEMA_OF_KIND}
    for doc in bundle.documents:
        yield _document(bundle, doc)
        yield from (_citation(doc, note) for note in doc.notes)
    yield from (_entity(e, schemas[e.id]) for e in bundle.entities if e.id in schemas)
    for entity_id, doc_id, count in bundle.mentions:
        if entity_id in schemas:
            yield _link(bundle.entities_by_id[entity_id], schemas[entity_id], doc_id, count)
    yield from (_event(incident, bundle, schemas) for incident in bundle.incidents)
    yield from (_claim(claim) for claim in bundle.claims)
    yield from (_recommendation(rec) for rec in bundle.recommendations)


def make(schema_name: str, entity_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    """One entity, its values cleaned by FtM's property types and the result validated."""
    schema = model.get(schema_name)
    assert schema is not None, schema_name
    cleaned: dict[str, list[str]] = {}
    for name, values in properties.items():
        prop = schema.get(name)
        if prop is None:
            raise DossierError(f"ftm export: {entity_id}: {schema_name} has no property {name!r}")
        kept = [c for v in _values(values) if (c := prop.type.clean(v)) is not None]
        if kept:
            cleaned[name] = kept
    missing = [name for name in schema.required if name not in cleaned]
    if missing:
        raise DossierError(f"ftm export: {entity_id}: {schema_name} needs {', '.join(missing)}")
    try:
        schema.validate({"properties": cleaned})
    except InvalidData as exc:
        raise DossierError(f"ftm export: {entity_id}: invalid {schema_name} ({exc.errors})") from None
    return model.get_proxy({"id": entity_id, "schema": schema_name, "properties": cleaned}, cleaned=True).to_dict()


def entity_id(kind: str, dossier_id: int | None, *more: int) -> str:
    return "-".join(["dossier", kind, str(dossier_id), *map(str, more)])


def _values(values: Any) -> list[Any]:
    items = values if isinstance(values, list | tuple) else [values]
    return [v for v in items if v is not None and v != ""]


def _document(bundle: Bundle, doc: Document) -> dict[str, Any]:
    source = bundle.sources.get(doc.source_sha256)
    media = source.media_type if source else ""
    return make(_SCHEMA_OF_MEDIA.get(media, "PlainText"), entity_id("document", doc.id), {
        "title": doc.title,
        "author": [a.name for a in doc.authors],
        "date": doc.date.value if doc.date else None,
        "language": doc.language,
        "contentHash": bundle.sha1.get(doc.source_sha256),
        "notes": f"SHA-256 of the original: {doc.source_sha256}",
        "fileName": source.filename if source else None,
        "mimeType": media,
        "bodyText": list(_chunks(doc.text)),
        "summary": f"{doc.kind}; {doc.sensitivity}",
    })


def _chunks(text: str) -> Iterable[str]:
    """The text in pieces FtM accepts, cut at line ends where possible."""
    while len(text) > TEXT_CHUNK:
        cut = text.rfind("\n", 0, TEXT_CHUNK) + 1 or TEXT_CHUNK
        yield text[:cut]
        text = text[cut:]
    yield text


def _citation(doc: Document, note: Note) -> dict[str, Any]:
    return make("Note", entity_id("note", note.id), {
        "name": f"Note {note.marker}",
        "entity": entity_id("document", doc.id),
        "description": note.text,
        "sourceUrl": note.urls,
    })


def _entity(entity: Entity, schema: str) -> dict[str, Any]:
    attributes = entity.attributes
    properties: dict[str, Any] = {
        "name": entity.name,
        "alias": [a.name for a in entity.aliases if a.name != entity.name],
        "country": attributes.get("country"),
    }
    if schema == "Address":
        properties |= {"full": entity.name, "latitude": attributes.get("lat"), "longitude": attributes.get("lon"),
                       "region": attributes.get("admin_parent")}
    return make(schema, entity_id("entity", entity.id), properties)


def _link(entity: Entity, schema: str, doc_id: int, count: int) -> dict[str, Any]:
    """A legal entity named in a document is a Mention; a place, an UnknownLink."""
    if schema in _LEGAL_ENTITIES:
        return make("Mention", entity_id("mention", entity.id, doc_id), {
            "document": entity_id("document", doc_id),
            "resolved": entity_id("entity", entity.id),
            "name": entity.name,
            "detectedSchema": schema,
        })
    return make("UnknownLink", entity_id("mention", entity.id, doc_id), {
        "subject": entity_id("document", doc_id),
        "object": entity_id("entity", entity.id),
        "role": "place named in the document",
        "summary": f"{count} mention(s)",
    })


def _event(incident: Incident, bundle: Bundle, schemas: dict[int | None, str]) -> dict[str, Any]:
    parties = [p.entity for p in [*incident.perpetrators, *incident.victims]]
    places = bundle.incident_places.get(incident.id or 0, [])
    return make("Event", entity_id("incident", incident.id), {
        "name": _type_label(incident.type),
        "summary": incident.text,
        "description": f"{incident.modality}; {incident.status}; {', '.join(incident.legal)}",
        "date": incident.date.value if incident.date else None,
        "location": incident.place,
        "addressEntity": [entity_id("entity", p) for p in places if schemas.get(p) == "Address"],
        "involved": [entity_id("entity", p) for p in parties if schemas.get(p) in _LEGAL_ENTITIES],
        "proof": entity_id("document", incident.document_id),
        "keywords": incident.legal,
    })


def _type_label(type_id: str) -> str:
    found = legal_data().types.get(type_id)
    return found.label if found else type_id


def _claim(claim: Claim) -> dict[str, Any]:
    return make("Note", entity_id("claim", claim.id), {
        "name": claim.subject,
        "entity": entity_id("document", claim.document_id),
        "description": claim.text,
        "summary": _measure(claim),
    })


def _measure(claim: Claim) -> str:
    value = claim.value if claim.value is not None else f"{claim.low}-{claim.high}"
    return f"{claim.measure or 'value'}: {value} {claim.unit or ''}".strip()


def _recommendation(rec: Recommendation) -> dict[str, Any]:
    return make("Note", entity_id("recommendation", rec.id), {
        "name": f"Recommendation to {rec.to or 'unspecified'}",
        "entity": entity_id("document", rec.document_id),
        "description": rec.text,
        "summary": f"{rec.by or 'The author'} urges {rec.to or 'unspecified'}: {rec.action}",
    })
