"""/api/uploads: send a file, get a job id at once, poll it until the file is in.

The bytes decide what a file is (``ingest.sniffing``), not its name or the browser's
Content-Type; the name is kept only as a label, stripped of any folder part.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from fastapi import APIRouter, File, Form, Path, UploadFile

from dossier.access import require
from dossier.api import auth
from dossier.api.context import Ctx
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import ErrorOut, UploadOut
from dossier.api.uploads import UploadJob, new_job_id
from dossier.errors import InputError, NotFound
from dossier.ingest.readers import reader_for
from dossier.ingest.sniffing import describe, sniff
from dossier.model import Role, Sensitivity
from dossier.repository import IngestOptions

router = APIRouter(prefix="/api", tags=["uploads"], responses=ERRORS)

CHUNK = 1024 * 1024
MAX_NAME = 200


class PayloadTooLarge(InputError):
    http_status = 413


class UnsupportedType(InputError):
    http_status = 415


@router.post(
    "/uploads",
    response_model=UploadOut,
    status_code=202,
    responses={413: {"model": ErrorOut, "description": "The file is over the size limit."},
               415: {"model": ErrorOut, "description": "No reader for what the bytes are."}},
)
async def upload(
    ctx: Ctx,
    file: Annotated[UploadFile, File(description="The original file.")],
    sensitivity: Annotated[Sensitivity, Form()] = Sensitivity.RESTRICTED,
    origin: Annotated[str, Form(max_length=2000, description="Where the material came from.")] = "",
    csrf_token: Annotated[str, Form(max_length=200, description="Browser sessions: the page's CSRF token (or the X-CSRF-Token header).")] = "",
) -> dict:
    """Store and ingest one file in the background; poll ``GET /api/uploads/{id}``."""
    auth.refuse_in_public_mode(ctx.request, "ingest")
    auth.check_csrf(ctx.request, ctx.principal, csrf_token)
    require(ctx.principal, "ingest", sensitivity)
    filename = safe_filename(file.filename or "")
    data = await read_limited(file, ctx.state.max_upload_bytes, filename)
    media_type = sniff(data, filename)
    if reader_for(media_type) is None:
        raise UnsupportedType(filename, f"{describe(media_type)} is not a format Dossier reads")
    job = UploadJob(new_job_id(), filename, len(data), media_type, ctx.principal.name)
    repo = ctx.state.acting_as(ctx.principal.name)
    options = IngestOptions(origin=origin, sensitivity=sensitivity, collector=ctx.principal.name)
    ctx.state.uploads.submit(job, lambda: repo.ingest_bytes(data, filename, options))
    return job.to_dict()


@router.get("/uploads/{job_id}", response_model=UploadOut)
def upload_status(ctx: Ctx, job_id: Annotated[str, Path(pattern="^[0-9a-f]{32}$")]) -> dict:
    """queued, running, done (with the ingest result) or failed (with the reason)."""
    ctx.require("ingest")
    job = ctx.state.uploads.get(job_id)
    if job is None or (job.owner != ctx.principal.name and ctx.principal.role != Role.ADMIN):
        raise NotFound(f"upload {job_id}: no such upload")
    return job.to_dict()


async def read_limited(file: UploadFile, limit: int, filename: str) -> bytes:
    """The whole upload, refusing it as soon as it passes ``limit`` bytes."""
    chunks, size = [], 0
    while chunk := await file.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(filename, f"too large (over {limit} bytes, the upload limit)")
        chunks.append(chunk)
    if size == 0:
        raise InputError(filename, "empty file")
    return b"".join(chunks)


def safe_filename(name: str) -> str:
    """The last path part of ``name``, without control characters, dots in front or odd separators."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = name.strip().lstrip(".").strip()
    return name[:MAX_NAME] or "upload"
