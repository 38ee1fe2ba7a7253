"""/api/entities: people, organisations, places, facilities and laws, with every spelling."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path

from dossier.api import reads
from dossier.api.context import Ctx, PagingDep
from dossier.access.redaction import redact_fields
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import EntityOut, EntitySummaryOut, Page

router = APIRouter(prefix="/api", tags=["entities"], responses=ERRORS)

EntityKind = Literal["person", "org", "place", "facility", "law"]


@router.get("/entities", response_model=Page[EntitySummaryOut])
def list_entities(ctx: Ctx, paging: PagingDep, kind: EntityKind | None = None) -> dict:
    """Entities mentioned in documents the reader may see, most mentioned first."""
    ctx.require("document.read")
    page = reads.entities_page(ctx.state, ctx.scope, paging, kind)
    redact = ctx.redactor()
    page["items"] = [redact_fields(e, redact, ("name",)) for e in page["items"]]
    return page


@router.get("/entities/{entity_id}", response_model=EntityOut)
def get_entity(ctx: Ctx, entity_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> dict:
    """One entity: aliases (Hangul included) and why each was merged, where it was seen, who shares its documents."""
    ctx.require("document.read")
    return entity_for(ctx, entity_id)


def entity_for(ctx: Ctx, entity_id: int) -> dict:
    redact = ctx.redactor()
    view = reads.entity_view(ctx.state, ctx.scope, entity_id)
    return {
        **redact_fields(view, redact, ("name",)),
        "aliases": [redact_fields(a, redact, ("name",)) for a in view["aliases"]],
        "seen": [redact_fields(s, redact, ("text", "title")) for s in view["seen"]],
        "related": [
            {**redact_fields(r, redact, ("name",)), "evidence": [redact_fields(e, redact, ("text",)) for e in r["evidence"]]}
            for r in view["related"]
        ],
    }
