"""/api/search: the search package's query language, filters, facets and snippets over HTTP."""

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from dossier.access import visible_sensitivities
from dossier.access.policy import sees_protected
from dossier.api.context import Ctx
from dossier.api.routes.errors import ERRORS
from dossier.api.schemas import SearchOut
from dossier.model import DocumentKind
from dossier.search import SearchQuery, SearchResults, search

router = APIRouter(prefix="/api", tags=["search"], responses=ERRORS)


@dataclass
class SearchParams:
    q: Annotated[str, Query(max_length=1000, description="Words, \"phrases\", field:value, AND/OR/NOT.")] = ""
    kind: Annotated[DocumentKind | None, Query()] = None
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None
    date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None
    author: Annotated[str | None, Query(max_length=200)] = None
    entity: Annotated[int | None, Query(ge=1, le=2**31 - 1, description="Entity id.")] = None
    type: Annotated[str | None, Query(max_length=100, description="Incident type.")] = None
    place: Annotated[str | None, Query(max_length=200, description="Place name or entity id.")] = None
    sort: Literal["relevance", "date"] = "relevance"
    limit: Annotated[int, Query(ge=1, le=100)] = 20
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0
    exact_facets: Annotated[bool, Query(description="Count facets exactly even over 100,000 matches (slower).")] = False

    @property
    def active(self) -> bool:
        """Whether any filter beyond the words is set (the page opens its filter panel)."""
        return any((self.kind, self.date_from, self.date_to, self.author, self.type, self.place, self.sort != "relevance"))


Params = Annotated[SearchParams, Depends()]


@router.get("/search", response_model=SearchOut)
def search_route(ctx: Ctx, params: Params) -> dict:
    """Passages, notes and entities matching ``q``, best first, with facets over all matches."""
    ctx.require("search")
    return run_search(ctx, params).to_dict()


def run_search(ctx: Ctx, params: SearchParams) -> SearchResults:
    query = SearchQuery(
        text=params.q,
        kind=[str(params.kind)] if params.kind else None,
        date_from=_blank_to_none(params.date_from),
        date_to=_blank_to_none(params.date_to),
        author=_blank_to_none(params.author),
        entity=params.entity,
        incident_type=_blank_to_none(params.type),
        place=_blank_to_none(params.place),
        sensitivities=visible_sensitivities(ctx.principal),
        sort=params.sort,
        limit=params.limit,
        offset=params.offset,
        exact_facets=params.exact_facets,
    )
    results = search(ctx.state.repo.store, query)
    if not sees_protected(ctx.principal):
        results.query = ""  # never echo back a (part of a) protected name someone typed
    return results


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None
