"""/documents and /documents/{id}: the list, and the reader with mentions, notes and facts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import HTMLResponse

from dossier.access import sees_protected
from dossier.api import reads
from dossier.api.context import Ctx
from dossier.api.pages import render
from dossier.api.reading import pieces
from dossier.api.reads import Paging
from dossier.access.redaction import redact_fields
from dossier.api.routes.documents import document_for
from dossier.api.routes.records import INCIDENT_TEXT
from dossier.model import DocumentKind, Sensitivity

router = APIRouter(include_in_schema=False)

PAGE = 50
MAX_MARGIN = 500  # incidents or claims listed beside one document


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    ctx: Ctx,
    kind: DocumentKind | None = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> HTMLResponse:
    ctx.require("document.read")
    page = reads.documents_page(ctx.state, ctx.scope, Paging(PAGE, offset), str(kind) if kind else None)
    redact = ctx.redactor()
    page["items"] = [redact_fields(d, redact, ("title",)) for d in page["items"]]
    return render(ctx.request, "documents.html", {"page": page, "kind": str(kind) if kind else None})


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def reader(
    ctx: Ctx,
    document_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    at: Annotated[int | None, Query(ge=0, le=2**31 - 1, description="Put an anchor #at-N here.")] = None,
) -> HTMLResponse:
    ctx.require("document.read")
    redact = ctx.redactor()
    incidents = reads.incidents_page(ctx.state, ctx.scope, Paging(MAX_MARGIN), document_id=document_id)["items"]
    claims = reads.claims_page(ctx.state, ctx.scope, Paging(MAX_MARGIN), document_id=document_id)["items"]
    doc = document_for(ctx, document_id, anchors=_anchors(incidents, claims, at))
    return render(ctx.request, "document.html", {
        "doc": doc,
        "pieces": pieces(doc),
        "incidents": [redact_fields(i, redact, INCIDENT_TEXT) for i in incidents],
        "claims": [redact_fields(c, redact, ("text", "subject")) for c in claims],
        "can_download": doc["sensitivity"] == Sensitivity.PUBLIC or sees_protected(ctx.principal),
    })


def _anchors(incidents: list[dict], claims: list[dict], at: int | None) -> list[dict]:
    """Targets in the text for the margin's links, and one for ?at= (from search and entity pages)."""
    anchors = [{"start": i["start"], "name": f"incident-{i['id']}"} for i in incidents]
    anchors += [{"start": c["start"], "name": f"claim-{c['id']}"} for c in claims]
    if at is not None:
        anchors.append({"start": at, "name": f"at-{at}"})
    return anchors
