"""/api/ledger and /api/verify: the hash-chained history and the integrity check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from dossier.api import auth
from dossier.api.context import Ctx
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import LedgerEntryOut, VerifyOut
from dossier.api.state import VerifyState
from dossier.errors import NotFound

router = APIRouter(prefix="/api", tags=["integrity"], responses=ERRORS)


@router.get("/ledger", response_model=list[LedgerEntryOut])
def get_ledger(
    ctx: Ctx,
    after: Annotated[int, Query(ge=0, le=2**62, description="Only entries after this sequence number.")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict]:
    """Every change and every reveal, each entry carrying the hash of the one before."""
    ctx.require("ledger.read")
    return [e.to_dict() for e in ctx.state.repo.log(after=after, limit=limit)]


@router.get("/verify", response_model=VerifyOut)
def last_verification(ctx: Ctx) -> dict:
    """The result of the last check; 404 until one has run."""
    ctx.require("verify")
    if ctx.state.last_verify is None:
        raise NotFound("verify: no check has run since the server started; POST /api/verify to run one")
    return verification(ctx.state.last_verify)


@router.post("/verify", response_model=VerifyOut)
def run_verification(ctx: Ctx) -> dict:
    """Re-hash every original and walk the whole chain now."""
    ctx.require("verify")
    auth.check_csrf(ctx.request, ctx.principal)
    auth.refuse_in_public_mode(ctx.request, "verify")
    return verification(ctx.state.run_verify())


def verification(done: VerifyState) -> dict:
    return {**done.report.to_dict(), "checked_at": done.checked_at}
