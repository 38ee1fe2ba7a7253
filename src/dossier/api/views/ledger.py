"""/ledger: the hash-chained history, and a button to verify every original and the chain."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query
from fastapi.responses import HTMLResponse, RedirectResponse

from dossier.api import auth
from dossier.api.context import Ctx
from dossier.api.pages import render

router = APIRouter(include_in_schema=False)

PAGE = 200


@router.get("/ledger", response_class=HTMLResponse)
def ledger_page(ctx: Ctx, after: Annotated[int, Query(ge=0, le=2**62)] = 0) -> HTMLResponse:
    auth.refuse_in_public_mode(ctx.request, "the ledger")
    ctx.require("ledger.read")
    entries = ctx.state.repo.log(after=after, limit=PAGE + 1)
    return render(ctx.request, "ledger.html", {
        "entries": entries[:PAGE],
        "more": len(entries) > PAGE,
        "after": after,
        "verify": ctx.state.last_verify,
    })


@router.post("/ledger/verify")
def verify_form(ctx: Ctx, csrf_token: Annotated[str, Form(max_length=200)] = "") -> RedirectResponse:
    """Without JavaScript the button posts here; the page then shows the result."""
    auth.refuse_in_public_mode(ctx.request, "verify")
    ctx.require("verify")
    auth.check_csrf(ctx.request, ctx.principal, csrf_token)
    ctx.state.run_verify()
    return RedirectResponse("/ledger#verify", status_code=303)
