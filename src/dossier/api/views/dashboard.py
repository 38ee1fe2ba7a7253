"""/: what the repository holds, what came in last, and whether it is intact."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from dossier.access import can
from dossier.api import reads
from dossier.api.context import Ctx
from dossier.api.pages import render
from dossier.access.redaction import redact_fields

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def dashboard(ctx: Ctx) -> HTMLResponse:
    ctx.require("document.read")
    redact = ctx.redactor()
    recent = [redact_fields(d, redact, ("title",)) for d in reads.recent_documents(ctx.state, ctx.scope)]
    return render(ctx.request, "dashboard.html", {
        "holdings": reads.holdings(ctx.state, ctx.scope),
        "recent": recent,
        "verify": ctx.state.last_verify,
        "can_ledger": can(ctx.principal, "ledger.read"),
    })
