"""/api/incidents, /api/claims, /api/recommendations: what the extractors found, filterable."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from dossier.access.views import FACT_TEXT
from dossier.api import reads
from dossier.api.context import Ctx, PagingDep
from dossier.access.redaction import redact_fields
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import ClaimOut, IncidentOut, Page, RecommendationOut

router = APIRouter(prefix="/api", tags=["records"], responses=ERRORS)

DocumentParam = Annotated[int | None, Query(alias="document", ge=1, le=2**31 - 1, description="Only this document.")]
EntityParam = Annotated[int | None, Query(alias="entity", ge=1, le=2**31 - 1, description="Only records whose span names this entity.")]

INCIDENT_TEXT = FACT_TEXT["incidents"]


@router.get("/incidents", response_model=Page[IncidentOut])
def list_incidents(
    ctx: Ctx,
    paging: PagingDep,
    document_id: DocumentParam = None,
    entity_id: EntityParam = None,
    type: Annotated[str | None, Query(max_length=100, description="Violation type, e.g. torture.")] = None,
    asserted: Annotated[bool | None, Query(description="false: recommendations, denials, hypotheticals.")] = None,
) -> dict:
    ctx.require("document.read")
    page = reads.incidents_page(ctx.state, ctx.scope, paging, document_id=document_id, entity_id=entity_id, type=type, asserted=asserted)
    return redacted(ctx, page, INCIDENT_TEXT)


@router.get("/claims", response_model=Page[ClaimOut])
def list_claims(
    ctx: Ctx,
    paging: PagingDep,
    document_id: DocumentParam = None,
    entity_id: EntityParam = None,
    measure: Annotated[str | None, Query(max_length=100, description="What is measured, e.g. detainees.")] = None,
) -> dict:
    ctx.require("document.read")
    page = reads.claims_page(ctx.state, ctx.scope, paging, document_id=document_id, entity_id=entity_id, type=measure)
    return redacted(ctx, page, FACT_TEXT["claims"])


@router.get("/recommendations", response_model=Page[RecommendationOut])
def list_recommendations(
    ctx: Ctx,
    paging: PagingDep,
    document_id: DocumentParam = None,
    entity_id: EntityParam = None,
    to: Annotated[str | None, Query(max_length=100, description="Addressee contains, e.g. China.")] = None,
) -> dict:
    ctx.require("document.read")
    page = reads.recommendations_page(ctx.state, ctx.scope, paging, document_id=document_id, entity_id=entity_id, type=to)
    return redacted(ctx, page, FACT_TEXT["recommendations"])


def redacted(ctx: Ctx, page: dict, fields: tuple[str, ...]) -> dict:
    redact = ctx.redactor()
    return {**page, "items": [redact_fields(item, redact, fields) for item in page["items"]]}
