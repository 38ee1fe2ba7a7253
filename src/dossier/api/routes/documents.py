"""/api/documents: the list (paged, stable ids), one document with text and notes, its notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Path

from dossier.access import audit, sees_protected
from dossier.access.redaction import contains_protected
from dossier.api import reads
from dossier.api.context import Ctx, PagingDep
from dossier.access.redaction import redact_fields
from dossier.api.redacting import redact_document
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import DocumentOut, DocumentPage, NoteOut
from dossier.errors import KeyMissing
from dossier.model import DocumentKind

router = APIRouter(prefix="/api", tags=["documents"], responses=ERRORS)

DocumentId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("/documents", response_model=DocumentPage)
def list_documents(ctx: Ctx, paging: PagingDep, kind: DocumentKind | None = None) -> dict:
    """Documents the reader may see, in the order they were added."""
    ctx.require("document.read")
    page = reads.documents_page(ctx.state, ctx.scope, paging, str(kind) if kind else None)
    redact = ctx.redactor()
    page["items"] = [{**redact_fields(d, redact, ("title",)), "authors": _authors(d, redact)} for d in page["items"]]
    return page


@router.get("/documents/{document_id}", response_model=DocumentOut)
def get_document(ctx: Ctx, document_id: DocumentId) -> dict:
    """One document: its text, parsed notes and the mentions found in it."""
    ctx.require("document.read")
    return document_for(ctx, document_id)


@router.get("/documents/{document_id}/notes", response_model=list[NoteOut])
def get_notes(ctx: Ctx, document_id: DocumentId) -> list[dict]:
    ctx.require("document.read")
    return document_for(ctx, document_id)["notes"]


def document_for(ctx: Ctx, document_id: int, anchors: list[dict] | None = None) -> dict:
    """The document as this reader may see it (also what the reader page shows).

    ``anchors`` ({"start", "name"}) are offsets the reader page links to; they are
    moved with the text when redaction changes its length.
    """
    redact = ctx.redactor()
    view = reads.document_view(ctx.state, ctx.scope, document_id)
    view["anchors"] = [a for a in anchors or [] if 0 <= a["start"] <= len(view["text"])]
    if sees_protected(ctx.principal):
        audit_protected_read(ctx, document_id, view["text"])
    view = redact_document(view, redact)
    return {**view, "authors": _authors(view, redact)}


def audit_protected_read(ctx: Ctx, document_id: int, text: str) -> None:
    """A cleared reader shown a protected witness's true name leaves a ledger entry (the read audit)."""
    with ctx.state.repo.store.transaction() as conn:
        try:
            named = contains_protected(conn, text)
        except KeyMissing:
            named = True  # without the key nobody can tell: count it as a look
        if named:
            audit.record(conn, ctx.principal, "document.read_protected", f"document {document_id}", {})


def _authors(record: dict, redact: Callable[[str], str]) -> list[dict]:
    return [{**a, "name": redact(a["name"])} for a in record["authors"]]
