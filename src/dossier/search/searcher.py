"""Running a query: parse, plan, rank one page, count facets over every match, cut snippets.

Facets count every match the reader may see, not the page. Up to
``EXACT_FACETS_UP_TO`` matches they are exact; a broader query (half the repository
matches "북한") has them counted on a fixed sample of about ``SAMPLE_SIZE`` rows and
scaled up, and the results say so (``facets_approximate``): the proportions an
investigator narrows by stay right at a fraction of the cost, as search engines do for
their hit counts. ``exact_facets`` asks for exact counts whatever they cost. The total
is always exact. Entities and places in facets are keyed "id:name" so a front end can
both show the name and filter on the id (``entity:12``, ``place:40``).
"""

from __future__ import annotations

import math
from collections import Counter
from time import perf_counter

import tantivy
from sqlalchemy import Connection

from dossier.access.redaction import matcher
from dossier.errors import QueryError
from dossier.search import plan as planning
from dossier.search import snippets
from dossier.search.indexer import flush, rebuild
from dossier.search.query import parse
from dossier.search.results import Hit, SearchQuery, SearchResults
from dossier.search.tantivy_index import SAMPLE_BUCKETS, EmbeddedIndex, facet_counts, open_index, sampled, stored_row
from dossier.search.tantivy_query import compile_query
from dossier.store import Store, search_index
from dossier.store.search_index import FACET_SEPARATOR

MAX_LIMIT = 500
TOP_VALUES = 20  # values shown per many-valued facet (author, entity, place, incident type)
EXACT_FACETS_UP_TO = 100_000  # matches whose facets are counted exactly (~17 ms at 1M passages)
SAMPLE_SIZE = 40_000  # rows a sampled count looks at, about (docs/benchmarks.md)
_FACET_NAMES = {"k": "kind", "y": "year", "s": "sensitivity", "a": "author", "e": "entity", "p": "place", "t": "incident_type"}

Page = list[tuple[search_index.IndexRow, float]]


def search(store: Store, query: SearchQuery) -> SearchResults:
    """The hits of one page of ``query`` and the facets of all its matches."""
    started = perf_counter()
    _check(query)
    tree = parse(query.text)
    embedded = _ready(store)
    with store.reading() as conn:
        if not query.sensitivities:
            return SearchResults(0, [], {}, query.text, _ms(started))
        plan = planning.build(conn, tree, query)
        approximate = False
        if embedded is not None:
            page, total, counts, approximate = _search_embedded(embedded, plan, query)
        else:
            page, total, counts = _search_sql(conn, plan, query)
        facets = _facets(conn, counts) if query.facets else {}
    hits = [_hit(row, score, plan) for row, score in page]
    return SearchResults(total, hits, facets, query.text, _ms(started), facets_approximate=approximate)


def _ready(store: Store) -> EmbeddedIndex | None:
    """The embedded index, brought up to the records; None where the SQL index serves (built if missing)."""
    folder = search_index.embedded_folder(store.engine)
    if folder is not None:
        flush(store)  # builds a missing index; indexes what a killed process left in the journal
        return open_index(folder)
    with store.reading() as conn:
        ready = search_index.exists(conn)
    if not ready:
        rebuild(store)  # the index is derived data: a repository without one gets one
    return None


def _check(query: SearchQuery) -> None:
    if query.sort not in ("relevance", "date"):
        raise QueryError(f"sort: {query.sort!r} is not relevance or date")
    if not 0 <= query.limit <= MAX_LIMIT:
        raise QueryError(f"limit: {query.limit} is outside 0..{MAX_LIMIT}")
    if query.offset < 0:
        raise QueryError(f"offset: {query.offset} is negative")


def _search_embedded(
    index: EmbeddedIndex, plan: planning.Plan, query: SearchQuery
) -> tuple[Page, int, Counter[str], bool]:
    """Top of the page by BM25 (or newest first, unscored), the exact total, and the facets."""
    searcher = index.searcher()
    engine_query = compile_query(index.schema, plan.match, plan.dates)
    found = searcher.search(
        engine_query, max(query.limit, 1), count=True, offset=query.offset,
        **({"order_by_field": "date_sort", "order": tantivy.Order.Desc} if query.sort == "date" else {}),
    )
    scored = query.sort != "date"  # ordered by a field, tantivy gives the field's value, not a score
    page = [(stored_row(searcher, address), float(score) if scored else 0.0) for score, address in found.hits[: query.limit]]
    counts, approximate = Counter[str](), False
    if query.facets:
        counts, approximate = _embedded_facets(index, searcher, engine_query, found.count, query.exact_facets)
    return page, found.count, counts, approximate


def _embedded_facets(
    index: EmbeddedIndex, searcher: tantivy.Searcher, engine_query: tantivy.Query, total: int, exact: bool
) -> tuple[Counter[str], bool]:
    """Exact facets up to ``EXACT_FACETS_UP_TO`` matches; beyond, a sample's counts scaled up.

    The sample is the matches in the first few of the index's fixed buckets, as many as
    bring it to about ``SAMPLE_SIZE`` rows; counting half a million matches exactly costs
    more than the rest of the search together (``docs/benchmarks.md``).
    """
    if exact or total <= EXACT_FACETS_UP_TO:
        return facet_counts(searcher, engine_query, TOP_VALUES), False
    buckets = sample_buckets(total)
    counts = facet_counts(searcher, sampled(index.schema, engine_query, buckets), TOP_VALUES)
    scale = SAMPLE_BUCKETS / buckets
    return Counter({key: max(1, round(n * scale)) for key, n in counts.items()}), True


def sample_buckets(total: int) -> int:
    """How many of the index's fixed buckets hold about ``SAMPLE_SIZE`` of ``total`` matches."""
    return min(SAMPLE_BUCKETS, math.ceil(SAMPLE_BUCKETS * SAMPLE_SIZE / total))


def _search_sql(conn: Connection, plan: planning.Plan, query: SearchQuery) -> tuple[Page, int, Counter[str]]:
    page = search_index.top(
        conn, plan.match, plan.dates, by_date=query.sort == "date", limit=query.limit, offset=query.offset
    )
    if not query.facets:
        return page, search_index.count(conn, plan.match, plan.dates), Counter()
    rows = search_index.facet_values(conn, plan.match, plan.dates)
    return page, len(rows), _counted_rows(rows)


def _counted_rows(rows: list[tuple]) -> Counter[str]:
    """Facet values of the SQL index's rows, keyed as the embedded index keys them ("k:report").

    Counted column-wise (``zip``, ``Counter`` and one ``split``) so the cost per match
    stays in C: a broad query counts tens of thousands of rows.
    """
    counts: Counter[str] = Counter()
    if not rows:
        return counts
    kinds, years, levels, packed = zip(*rows)
    for key, column in (("k", kinds), ("y", years), ("s", levels)):
        counts.update({f"{key}:{value}": n for value, n in Counter(column).items() if value is not None})
    counts.update(Counter(FACET_SEPARATOR.join(filter(None, packed)).split(FACET_SEPARATOR)))
    counts.pop("", None)
    return counts


def _hit(row: search_index.IndexRow, score: float, plan: planning.Plan) -> Hit:
    return Hit(
        document_id=row.document_id, title=row.title, kind=row.kind, date=row.date_value,
        passage_start=row.start, passage_end=row.end, snippet=snippets.make(row.text, plan.highlights),
        score=round(score, 4), source=row.source, note_marker=row.note_marker, entity_id=row.entity_id,  # type: ignore[arg-type]
    )


def _facets(conn: Connection, counts: Counter[str]) -> dict[str, dict[str, int]]:
    """Exact counts over every match: kind, year, sensitivity, and the top values of the rest."""
    named: dict[str, Counter[str]] = {name: Counter() for name in _FACET_NAMES.values()}
    for key, n in counts.items():
        named[_FACET_NAMES[key[0]]][key[2:]] = n
    facets = {
        "kind": dict(named["kind"].most_common()),
        "sensitivity": dict(named["sensitivity"].most_common()),
        "year": dict(sorted(named["year"].items())),
        "author": dict(named["author"].most_common(TOP_VALUES)),
        "incident_type": dict(named["incident_type"].most_common(TOP_VALUES)),
    }
    top = {name: named[name].most_common(TOP_VALUES) for name in ("entity", "place")}
    facets.update(_with_names(conn, top))
    return facets


def _with_names(conn: Connection, top: dict[str, list[tuple[str, int]]]) -> dict[str, dict[str, int]]:
    """Entity facet values as "id:name", names redacted like every text the index shows."""
    ids = sorted({int(entity_id) for values in top.values() for entity_id, _ in values})
    if not ids:
        return {name: {} for name in top}
    redactor = matcher(conn)
    names = search_index.entity_names(conn, ids)
    return {
        name: {f"{entity_id}:{redactor.redact(names.get(int(entity_id), '?'))}": n for entity_id, n in values}
        for name, values in top.items()
    }


def _ms(started: float) -> float:
    return round((perf_counter() - started) * 1000, 2)
