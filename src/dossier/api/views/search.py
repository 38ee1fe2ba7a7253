"""/search: the search form, hits with highlighted snippets, and facets to narrow them."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from dossier.api.context import Ctx
from dossier.api.pages import query_link, render
from dossier.api.routes.search import Params, SearchParams, run_search
from dossier.errors import QueryError
from dossier.model import DocumentKind

router = APIRouter(include_in_schema=False)

FACET_TITLES = {"kind": "Kind", "year": "Year", "author": "Author", "incident_type": "Incident type",
                "place": "Place", "entity": "Entity", "sensitivity": "Sensitivity"}
# facet name -> the search parameter a click on one of its values sets
FACET_PARAMS = {"kind": "kind", "author": "author", "incident_type": "type", "place": "place", "entity": "entity"}


@router.get("/search", response_class=HTMLResponse)
def search_page(ctx: Ctx, params: Params) -> HTMLResponse:
    ctx.require("search")
    results, error = None, None
    if params.q.strip() or params.active or params.entity:
        try:
            results = run_search(ctx, params)
        except QueryError as exc:
            error = ctx.redactor()(str(exc))
    return render(ctx.request, "search.html", {
        "form": {**_form(params), "q": ctx.redactor()(params.q)},
        "kinds": [str(k) for k in DocumentKind],
        "results": results,
        "error": error,
        "facet_titles": FACET_TITLES,
        "facet_link": lambda name, value: _facet_link(ctx, name, value),
        "facet_label": _facet_label,
        "next_link": _next_link(ctx, params, results),
        "exact_link": "/search?" + query_link(ctx.request, exact_facets="true"),
    })


def _form(params: SearchParams) -> dict:
    return {"q": params.q, "kind": str(params.kind) if params.kind else "", "date_from": params.date_from or "",
            "date_to": params.date_to or "", "author": params.author or "", "type": params.type or "",
            "place": params.place or "", "sort": params.sort, "entity": params.entity, "active": params.active}


def _facet_link(ctx: Ctx, name: str, value: str) -> str:
    """The current search narrowed to one facet value (from the first page)."""
    if name == "year":
        return "/search?" + query_link(ctx.request, **{"from": value, "to": value, "offset": 0})
    if name in ("entity", "place"):
        value = value.split(":", 1)[0]
    if name not in FACET_PARAMS:
        return "/search?" + query_link(ctx.request)
    return "/search?" + query_link(ctx.request, **{FACET_PARAMS[name]: value, "offset": 0})


def _facet_label(name: str, value: str) -> str:
    """Entity and place values come as "id:name"; people read the name."""
    if name in ("entity", "place") and ":" in value:
        return value.split(":", 1)[1]
    return value


def _next_link(ctx: Ctx, params: SearchParams, results) -> str | None:  # type: ignore[no-untyped-def]
    if results is None or params.offset + params.limit >= results.total:
        return None
    return "/search?" + query_link(ctx.request, offset=params.offset + params.limit)
