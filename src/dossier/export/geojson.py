"""Places and incidents on a map: one GeoJSON FeatureCollection (RFC 7946) for QGIS,
kepler.gl or a web map.

A place or facility with coordinates (entity attributes ``lat``/``lon``) is a Point
feature with the number of documents and incidents that name it. An incident is a Point
at the first place of its own that has coordinates (its resolved place, else a place
named in its evidence span); incidents with no such place are left off the map and
counted as ``incidents_unplaced``. Coordinates are [longitude, latitude], as the RFC orders them.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, BinaryIO

from dossier.export.bundle import Bundle
from dossier.model import Entity, Incident

NAME = "geojson"
SUFFIX = ".geojson"
_MAPPED_KINDS = ("place", "facility")


def write(bundle: Bundle, stream: BinaryIO) -> dict[str, int]:
    """Write the FeatureCollection; returns places, incidents mapped and incidents left off."""
    collection = feature_collection(bundle)
    stream.write(json.dumps(collection, ensure_ascii=False, indent=1).encode("utf-8"))
    kinds = Counter(f["properties"]["record"] for f in collection["features"])
    return {"places": kinds["place"], "incidents_mapped": kinds["incident"],
            "incidents_unplaced": len(bundle.incidents) - kinds["incident"]}


def feature_collection(bundle: Bundle) -> dict[str, Any]:
    located = {e.id: point for e in bundle.entities if e.kind in _MAPPED_KINDS and (point := coordinates(e))}
    incidents_at: Counter[int] = Counter()
    features = []
    for incident in bundle.incidents:
        place = next((p for p in bundle.incident_places.get(incident.id or 0, []) if p in located), None)
        if place is not None:
            incidents_at[place] += 1
            features.append(_feature(located[place], _incident_properties(incident, bundle.entities_by_id[place])))
    documents: Counter[int] = Counter(entity_id for entity_id, _doc, _n in bundle.mentions)
    places = [
        _feature(located[e.id], _place_properties(e, documents[e.id], incidents_at[e.id]))
        for e in bundle.entities if e.id in located
    ]
    return {"type": "FeatureCollection", "features": places + features}


def coordinates(entity: Entity) -> list[float] | None:
    """[lon, lat] of an entity whose attributes hold both as numbers within range."""
    lat, lon = entity.attributes.get("lat"), entity.attributes.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [float(lon), float(lat)]


def _feature(point: list[float], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": point}, "properties": properties}


def _place_properties(entity: Entity, documents: int, incidents: int) -> dict[str, Any]:
    attributes = entity.attributes
    return {
        "record": "place", "id": entity.id, "name": entity.name, "kind": entity.kind,
        "country": attributes.get("country"), "admin_parent": attributes.get("admin_parent"),
        "approximate": attributes.get("coordinates") == "approximate",
        "documents": documents, "incidents": incidents,
    }


def _incident_properties(incident: Incident, place: Entity) -> dict[str, Any]:
    return {
        "record": "incident", "id": incident.id, "type": incident.type, "document_id": incident.document_id,
        "date": incident.date.value if incident.date else None, "place": place.name, "place_id": place.id,
        "asserted": incident.asserted, "status": str(incident.status), "legal": incident.legal,
        "text": incident.text, "start": incident.start, "end": incident.end,
    }
