"""Running a query: parse, plan, rank one page, count facets over every match, cut snippets.

Facets are exact: they count every match the reader may see, not the page. Entities
and places in facets are keyed "id:name" so a front end can both show the name and
filter on the id (``entity:12``, ``place:40``).
"""

from __future__ import annotations

from collections import Counter
from time import perf_counter

from sqlalchemy import Connection

from dossier.access.redaction import matcher
from dossier.errors import QueryError
from dossier.search import plan as planning
from dossier.search import snippets
from dossier.search.indexer import rebuild
from dossier.search.query import parse
from dossier.search.results import Hit, SearchQuery, SearchResults
from dossier.store import Store, search_index
from dossier.store.search_index import FACET_SEPARATOR

MAX_LIMIT = 500
TOP_VALUES = 20  # values shown per many-valued facet (author, entity, place, incident type)
_FACET_NAMES = {"a": "author", "e": "entity", "p": "place", "t": "incident_type"}


def search(store: Store, query: SearchQuery) -> SearchResults:
    """The hits of one page of ``query`` and the facets of all its matches."""
    started = perf_counter()
    _check(query)
    tree = parse(query.text)
    with store.reading() as conn:
        ready = search_index.exists(conn)
    if not ready:
        rebuild(store)  # the index is derived data: a repository without one gets one
    with store.reading() as conn:
        if not query.sensitivities:
            return SearchResults(0, [], {}, query.text, _ms(started))
        plan = planning.build(conn, tree, query)
        page = search_index.top(
            conn, plan.match, plan.dates, by_date=query.sort == "date", limit=query.limit, offset=query.offset
        )
        if query.facets:
            total, facets = _facets(conn, plan)
        else:
            total, facets = search_index.count(conn, plan.match, plan.dates), {}
    hits = [_hit(row, score, plan) for row, score in page]
    return SearchResults(total, hits, facets, query.text, _ms(started))


def _check(query: SearchQuery) -> None:
    if query.sort not in ("relevance", "date"):
        raise QueryError(f"sort: {query.sort!r} is not relevance or date")
    if not 0 <= query.limit <= MAX_LIMIT:
        raise QueryError(f"limit: {query.limit} is outside 0..{MAX_LIMIT}")
    if query.offset < 0:
        raise QueryError(f"offset: {query.offset} is negative")


def _hit(row: search_index.IndexRow, score: float, plan: planning.Plan) -> Hit:
    return Hit(
        document_id=row.document_id, title=row.title, kind=row.kind, date=row.date_value,
        passage_start=row.start, passage_end=row.end, snippet=snippets.make(row.text, plan.highlights),
        score=round(score, 4), source=row.source, note_marker=row.note_marker, entity_id=row.entity_id,  # type: ignore[arg-type]
    )


def _facets(conn: Connection, plan: planning.Plan) -> tuple[int, dict[str, dict[str, int]]]:
    """Exact counts over every match: kind, year, sensitivity, and the top values of the rest.

    Counted column-wise (``zip``, ``Counter`` and one ``split``) so the cost per match
    stays in C: a broad query counts tens of thousands of rows.
    """
    rows = search_index.facet_values(conn, plan.match, plan.dates)
    if not rows:
        return 0, {name: {} for name in ("kind", "sensitivity", "year", *_FACET_NAMES.values())}
    kinds, years, levels, packed = zip(*rows)
    many: dict[str, Counter] = {name: Counter() for name in _FACET_NAMES.values()}
    for value, n in Counter(FACET_SEPARATOR.join(filter(None, packed)).split(FACET_SEPARATOR)).items():
        if value:
            many[_FACET_NAMES[value[0]]][value[2:]] = n
    facets = {
        "kind": _counted(kinds),
        "sensitivity": _counted(levels),
        "year": dict(sorted((str(y), n) for y, n in Counter(years).items() if y is not None)),
        "author": dict(many["author"].most_common(TOP_VALUES)),
        "incident_type": dict(many["incident_type"].most_common(TOP_VALUES)),
    }
    for name in ("entity", "place"):
        facets[name] = _named(conn, many[name].most_common(TOP_VALUES))
    return len(rows), facets


def _counted(values: tuple) -> dict[str, int]:
    return {v: n for v, n in Counter(values).most_common() if v is not None}


def _named(conn: Connection, top: list[tuple[str, int]]) -> dict[str, int]:
    """Entity facet values as "id:name", names redacted like every text the index shows."""
    redactor = matcher(conn)
    names = search_index.entity_names(conn, [int(entity_id) for entity_id, _ in top])
    return {f"{entity_id}:{redactor.redact(names.get(int(entity_id), '?'))}": n for entity_id, n in top}


def _ms(started: float) -> float:
    return round((perf_counter() - started) * 1000, 2)
