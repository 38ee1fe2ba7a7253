"""/api/sources: the original files, their metadata, and their bytes."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path
from fastapi.responses import Response

from dossier.access import sees_protected
from dossier.access.audit import record as audit
from dossier.api import reads
from dossier.api.context import Ctx, PagingDep
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import Page, SourceOut
from dossier.errors import AccessDenied
from dossier.model import Sensitivity

router = APIRouter(prefix="/api", tags=["sources"], responses=ERRORS)

Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="The original's SHA-256, lower-case hex.")]


@router.get("/sources", response_model=Page[SourceOut])
def list_sources(ctx: Ctx, paging: PagingDep) -> dict:
    """Original files the reader may see, oldest first."""
    ctx.require("document.read")
    return reads.sources_page(ctx.state, ctx.scope, paging)


@router.get("/sources/{sha256}", response_model=SourceOut)
def get_source(ctx: Ctx, sha256: Sha256) -> dict:
    ctx.require("document.read")
    return reads.visible_source(ctx.state, ctx.scope, sha256).to_dict()


@router.get(
    "/sources/{sha256}/original",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The original bytes."}},
)
def download_original(ctx: Ctx, sha256: Sha256) -> Response:
    """The untouched original, as an attachment; its SHA-256 is in the ETag."""
    ctx.require("document.read")
    source = reads.visible_source(ctx.state, ctx.scope, sha256)
    if source.sensitivity != Sensitivity.PUBLIC and not sees_protected(ctx.principal):
        raise AccessDenied(f"{ctx.principal.name} ({ctx.principal.role}): originals of {source.sensitivity} sources may hold protected names")
    _, data = ctx.state.repo.original(sha256)
    if source.sensitivity != Sensitivity.PUBLIC:
        with ctx.state.repo.store.transaction() as conn:
            audit(conn, ctx.principal, "original.download", sha256, {"filename": source.filename})
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": _attachment(source.filename), "ETag": f'"{sha256}"'},
    )


def _attachment(filename: str) -> str:
    """A Content-Disposition that cannot be broken out of by a hostile filename."""
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in filename) or "original"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
