"""/entities and /entities/{id}: names and spellings, where each was seen, who is related."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import HTMLResponse

from dossier.api import network, reads
from dossier.api.context import Ctx
from dossier.api.pages import has_hangul, render
from dossier.api.reads import Paging
from dossier.access.redaction import redact_fields
from dossier.api.routes.entities import entity_for
from dossier.api.routes.records import INCIDENT_TEXT

router = APIRouter(include_in_schema=False)

KINDS = ["person", "org", "place", "facility", "law"]
HIDDEN_ATTRIBUTES = {"hangul"}  # shown beside the name instead


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    ctx: Ctx,
    kind: Literal["person", "org", "place", "facility", "law"] | None = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> HTMLResponse:
    ctx.require("document.read")
    page = reads.entities_page(ctx.state, ctx.scope, Paging(100, offset), kind)
    redact = ctx.redactor()
    page["items"] = [redact_fields(e, redact, ("name",)) for e in page["items"]]
    return render(ctx.request, "entities.html", {"page": page, "kind": kind, "kinds": KINDS})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(ctx: Ctx, entity_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> HTMLResponse:
    ctx.require("document.read")
    entity = entity_for(ctx, entity_id)
    incidents = reads.incidents_page(ctx.state, ctx.scope, Paging(100), entity_id=entity_id)["items"]
    redact = ctx.redactor()
    return render(ctx.request, "entity.html", {
        "entity": entity,
        "hangul": _hangul(entity),
        "names": _names(entity),
        "attributes": [(k, v) for k, v in sorted(entity["attributes"].items()) if k not in HIDDEN_ATTRIBUTES],
        "network": network.layout(entity["name"], entity["kind"], entity["related"]),
        "incidents": [redact_fields(i, redact, INCIDENT_TEXT) for i in incidents],
    })


def _names(entity: dict) -> list[tuple[str, list[str]]]:
    """Each distinct spelling once, with the distinct reasons it was merged into the entity."""
    names: dict[str, list[str]] = {entity["name"]: []}
    for alias in entity["aliases"]:
        reasons = names.setdefault(alias["name"], [])
        if alias["reason"] and alias["reason"] not in reasons:
            reasons.append(alias["reason"])
    return list(names.items())


def _hangul(entity: dict) -> list[str]:
    """Hangul spellings: from the gazetteer attribute, else the aliases written in Hangul."""
    given = entity["attributes"].get("hangul") or []
    given = [given] if isinstance(given, str) else [str(h) for h in given]
    seen = [a["name"] for a in entity["aliases"] if has_hangul(a["name"])]
    return list(dict.fromkeys(given + seen))[:3]
