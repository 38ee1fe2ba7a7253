"""/incidents: the filterable list, the map of where, and the timeline of when."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from dossier.api import geo, reads, timeline
from dossier.api.context import Ctx
from dossier.api.pages import render, violation_label
from dossier.api.reads import Paging
from dossier.access.redaction import redact_fields
from dossier.api.routes.records import INCIDENT_TEXT

router = APIRouter(include_in_schema=False)

PAGE = 200


@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(
    ctx: Ctx,
    type: Annotated[str | None, Query(max_length=100)] = None,
    asserted: Literal["", "true", "false"] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> HTMLResponse:
    ctx.require("document.read")
    filters = {"type": type or None, "asserted": {"true": True, "false": False}.get(asserted)}
    page = reads.incidents_page(ctx.state, ctx.scope, Paging(PAGE, offset), **filters)
    redact = ctx.redactor()
    page["items"] = [redact_fields(i, redact, INCIDENT_TEXT) for i in page["items"]]
    return render(ctx.request, "incidents.html", {
        "page": page,
        "filters": {"type": type or "", "asserted": asserted},
        "types": reads.incident_types(ctx.state, ctx.scope),
        "basemap": geo.base_map(),
        "markers": _markers(ctx, page["items"], redact),
        "timeline": timeline.layout([_dated(i) for i in page["items"]]),
    })


def _markers(ctx: Ctx, incidents: list[dict], redact) -> list[geo.Marker]:  # type: ignore[no-untyped-def]
    """One circle per place, sized by how many of the listed incidents name it."""
    places = reads.places_of_incidents(ctx.state, ctx.scope, [i["id"] for i in incidents])
    counted: dict[int, tuple[dict, int]] = {}
    for found in places.values():
        for place in found:
            entity, n = counted.get(place["id"], (place, 0))
            counted[place["id"]] = (entity, n + 1)
    return geo.markers([({**e, "name": redact(e["name"])}, n) for e, n in counted.values()])


def _dated(incident: dict) -> tuple[str, str, str | None, str, str]:
    date = incident["date"] or {}
    label = f"{violation_label(incident['type'])}, {date.get('text') or 'undated'}: {incident['text'][:120]}"
    href = f"/documents/{incident['document_id']}#incident-{incident['id']}"
    return date.get("value") or "", str(date.get("precision") or ""), date.get("end_value"), label, href
