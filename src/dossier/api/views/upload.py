"""/upload: the upload form; with JavaScript it sends the file and polls, without it the form posts here."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from dossier.access import visible_sensitivities
from dossier.api import auth
from dossier.api.context import Ctx
from dossier.api.pages import render
from dossier.api.routes.uploads import upload
from dossier.model import Sensitivity

router = APIRouter(include_in_schema=False)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(ctx: Ctx, job: Annotated[str | None, Query(pattern="^[0-9a-f]{32}$")] = None) -> HTMLResponse:
    auth.refuse_in_public_mode(ctx.request, "upload")
    ctx.require("ingest")
    found = ctx.state.uploads.get(job) if job else None
    if found is not None and found.owner != ctx.principal.name:
        found = None
    return render(ctx.request, "upload.html", {
        "job": found.to_dict() if found else None,
        "sensitivities": visible_sensitivities(ctx.principal),
        "limit_mb": ctx.state.max_upload_bytes // (1024 * 1024),
    })


@router.post("/upload")
async def upload_form(
    ctx: Ctx,
    file: Annotated[UploadFile, File()],
    sensitivity: Annotated[Sensitivity, Form()] = Sensitivity.RESTRICTED,
    origin: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
) -> RedirectResponse:
    """The same upload as /api/uploads, answered with the status page instead of JSON."""
    job = await upload(ctx, file, sensitivity, origin, csrf_token)
    return RedirectResponse(f"/upload?job={job['id']}", status_code=303)
