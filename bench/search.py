"""Search at scale: index build rate, size on disk, and query latency against the raw engine.

Builds a SQLite repository of ``--passages`` passages (default 1,000,000) by recombining
the sentences of the sample corpus (and of ../shared/corpus when present), English and
Korean, with the mentions (resolved to entities) and incidents that extraction finds in
each sentence, so that filters, facets and entity-aware search work as after a real
ingest; rebuilds the search index (tantivy, in ``search-index/`` beside the database) with
``dossier.search.indexer.rebuild``; then runs a fixed mix of queries through
``dossier.search.search`` (top 20, stored rows, snippets, facets, entity names) and the
same engine queries directly on tantivy (``searcher.search`` top 20 by BM25 with the
exact count, plus the same terms aggregations: over every match, or over the same sample
where more than ``EXACT_FACETS_UP_TO`` match), in the same run. Both sides build the
engine query from the parsed text (entity expansion included), as the API must.
``--exact-facets`` counts every facet exactly on both sides.

    .venv/bin/python bench/search.py --passages 20000       # a quick run
    .venv/bin/python bench/search.py                        # the recorded 1M run
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import shutil
import re
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from dossier.model import Alias, Annotations, DocumentKind, Entity, ExtractedText, Incident, Label, Mention, Sensitivity, Source
from dossier.model import Author, Document, PartialDate, Precision
from dossier.extract import extract
from dossier.resolve import alias_key
from dossier.resolve.resolver import KIND_OF_LABEL
from dossier.search import SearchQuery, search
from dossier.search import plan as planning
from dossier.search.indexer import rebuild
from dossier.search.query import parse
from dossier.search.searcher import EXACT_FACETS_UP_TO, TOP_VALUES, sample_buckets
from dossier.search.tantivy_index import FACET_FIELDS, open_index, sampled
from dossier.search.tantivy_query import compile_query
from dossier.store import Store, annotations, documents, entities, search_index, sources

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "dossier" / "sample"
SHARED = [ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")]
PASSAGES_PER_DOCUMENT = 20
KOREAN_SHARE = 0.05
KINDS = [k.value for k in DocumentKind]
QUERIES = [
    ("word", "repatriation", {}),
    ("rare word", "Onsong", {}),
    ("phrase", '"forced repatriation"', {}),
    ("boolean", "China AND women NOT trafficking", {}),
    ("prefix", "repatri*", {}),
    ("korean 2-syllable", "북한", {}),
    ("korean 3-syllable", "보위부", {}),
    ("entity spelling", "Hamheung", {}),
    ("filtered", "repatriation kind:testimony date:2005..2015", {}),
    ("filtered entity+type", "women", {"entity": "China", "incident_type": "vt_torture"}),
    ("restricted reader", "detention", {"sensitivities": ["public", "restricted"]}),
]


def main() -> None:
    args = _arguments()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="dossier-bench-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    if args.reuse and db.exists():
        store = Store.open(f"sqlite:///{db}")
        print(f"reusing the records and index in {folder}", flush=True)
    else:
        store = _build(db, args)
    _measure(store, args.runs, args.exact_facets)
    _machine()


def _build(db: Path, args: argparse.Namespace) -> Store:
    """Generate the records, then time the index build from them."""
    folder = db.parent
    for stale in (db, folder / search_index.EMBEDDED_FOLDER):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    store = Store.open(f"sqlite:///{db}", create=True)
    english, korean = _sentences()
    print(f"sentences: {len(english)} English, {len(korean)} Korean", flush=True)
    started = time.perf_counter()
    _load(store, args.passages, english, korean, random.Random(args.seed))
    records_size = _size(db)
    print(f"records: {args.passages} passages stored in {time.perf_counter() - started:.1f} s, {records_size / 2**20:.0f} MiB", flush=True)
    started = time.perf_counter()
    rows = rebuild(store)
    build = time.perf_counter() - started
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    index_size = sum(p.stat().st_size for p in (folder / search_index.EMBEDDED_FOLDER).iterdir() if p.is_file())
    segments = open_index(folder / search_index.EMBEDDED_FOLDER).searcher().num_segments
    print(f"index: {rows} rows in {build:.1f} s = {rows / build:,.0f} rows/s; index size {index_size / 2**20:.0f} MiB"
          f" in {segments} segment(s) (database {_size(db) / 2**20:.0f} MiB)", flush=True)
    return store


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=1_000_000, help="passages to generate (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each query (after 2 warm-ups)")
    parser.add_argument("--dir", help="folder for the database (default: a new temporary folder)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--exact-facets", action="store_true", help="count every facet exactly, however many passages match")
    parser.add_argument("--reuse", action="store_true", help="query the records and index left in --dir by an earlier run")
    return parser.parse_args()


# --- corpus ------------------------------------------------------------------------------


def _sentences() -> tuple[list[str], list[str]]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLE.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    for folder in SHARED:
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
            break
    found = {s.strip() for t in texts for s in re.split(r"(?<=[.!?다])\s+", re.sub(r"<[^>]+>", " ", t))}
    good = [" ".join(s.split()) for s in found if 40 <= len(s) <= 400]
    korean = sorted(s for s in good if re.search("[가-힣]", s))
    return sorted(set(good) - set(korean)), korean


Annotated = dict[str, Annotations]  # a sentence -> what extraction finds in it, offsets within it


def _load(store: Store, passages: int, english: list[str], korean: list[str], rng: random.Random) -> None:
    """Documents recombined from the sentences, with the mentions and incidents extraction
    finds in each sentence, resolved to one entity per (label, name key): so a passage is
    tagged with the entities its words name, as after a real ingest."""
    found = {sentence: extract(Document(title="", text=sentence)) for sentence in english + korean}
    with store.transaction() as conn:
        entity_of = _entities(conn, found)
    documents_needed = max(1, passages // PASSAGES_PER_DOCUMENT)
    for start in range(0, documents_needed, 500):
        with store.transaction() as conn:
            for n in range(start, min(documents_needed, start + 500)):
                pool = korean if korean and rng.random() < KOREAN_SHARE else english
                _document(conn, n, pool, rng, found, entity_of)


def _entity_key(mention: Mention) -> tuple[str, str]:
    return mention.label.value, alias_key(mention.canonical or mention.text)


def _entities(conn, found: Annotated) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    """One entity per (label, key of the extractor's canonical name), with every spelling seen as an alias."""
    spellings: dict[tuple[str, str], set[str]] = {}
    names: dict[tuple[str, str], str] = {}
    for annotations_ in found.values():
        for mention in annotations_.mentions:
            key = _entity_key(mention)
            names.setdefault(key, mention.canonical or mention.text)
            spellings.setdefault(key, set()).add(mention.text)
    entity_of = {}
    for key, name in sorted(names.items()):
        kind = KIND_OF_LABEL[Label(key[0])]
        entity_id = entities.insert(conn, Entity(kind=kind, name=name))
        for alias in sorted({name, *spellings[key]}):
            entities.add_alias(conn, entity_id, Alias(alias), alias_key(alias))
        entity_of[key] = entity_id
    return entity_of


def _document(conn, n: int, pool: list[str], rng: random.Random, found: Annotated, entity_of: dict[tuple[str, str], int]) -> None:  # type: ignore[no-untyped-def]
    body, annotated = "", Annotations()
    for p in range(PASSAGES_PER_DOCUMENT):
        paragraph_start = len(body)
        while len(body) - paragraph_start < 320:
            sentence = rng.choice(pool)
            offset = len(body)
            body += sentence + " "
            for mention in found[sentence].mentions:
                annotated.mentions.append(Mention(mention.text, mention.label, offset + mention.start, offset + mention.end,
                                                  extractor="bench", entity=entity_of[_entity_key(mention)]))
            for incident in found[sentence].incidents:
                annotated.incidents.append(Incident(incident.type, incident.text, offset + incident.start, offset + incident.end,
                                                    asserted=incident.asserted, extractor="bench"))
        body = body.rstrip(" ") + ("\n\n" if p < PASSAGES_PER_DOCUMENT - 1 else "")
    year = rng.choices(range(1990, 2025), weights=[1 + i for i in range(35)])[0]
    sha = hashlib.sha256(f"bench {n}".encode()).hexdigest()
    level = rng.choices([Sensitivity.PUBLIC, Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL], [0.3, 0.6, 0.1])[0]
    source = Source(sha256=sha, size=len(body), media_type="text/plain", filename=f"bench-{n}.txt",
                    acquired_at="2024-01-01T00:00:00Z", acquired_by="bench", sensitivity=level)
    source_id = sources.insert(conn, source, ExtractedText(text="", media_type="text/plain"))
    doc = Document(
        title=f"Bench document {n}", text=body, kind=DocumentKind(rng.choices(KINDS)[0]),
        authors=[Author(f"Author {rng.randrange(40)}")], date=PartialDate(str(year), f"{year}-{rng.randrange(1, 13):02d}", Precision.MONTH),
        sensitivity=level, source_sha256=sha,
    )
    doc_id = documents.insert(conn, source_id, 0, doc)
    annotations.save(conn, doc_id, annotated)


# --- measuring ---------------------------------------------------------------------------


def _measure(store: Store, runs: int, exact: bool) -> None:
    print(f"\n{'query':<22} {'hits':>8}  {'api p50/p95/p99 ms':>22}  {'raw p50/p95/p99 ms':>22}  ratio p95")
    api_all, raw_all = [], []
    for label, text_, options in QUERIES:
        request = SearchQuery(text_, exact_facets=exact, **_with_entity_ids(store, options))
        api = _timed(lambda: search(store, request), runs)
        raw = _timed(lambda: _raw(store, request), runs)
        api_all += api
        raw_all += raw
        total = search(store, request).total
        print(f"{label:<22} {total:>8}  {_pcts(api):>22}  {_pcts(raw):>22}  {_p(api, 95) / _p(raw, 95):.2f}", flush=True)
    print(f"{'all queries':<22} {'':>8}  {_pcts(api_all):>22}  {_pcts(raw_all):>22}  {_p(api_all, 95) / _p(raw_all, 95):.2f}")


def _with_entity_ids(store: Store, options: dict) -> dict:
    """An entity filter given by name, as its id in this repository."""
    if isinstance(options.get("entity"), str):
        with store.reading() as conn:
            found = entities.by_alias_key(conn, alias_key(options["entity"]))
        options = {**options, "entity": found[0]}
    return options


def _raw(store: Store, request: SearchQuery) -> None:
    """The same engine query without the API: tantivy's top 20 by BM25 and the same terms aggregations."""
    with store.reading() as conn:
        plan = planning.build(conn, parse(request.text), request)
    index = open_index(search_index.embedded_folder(store.engine))  # type: ignore[arg-type]
    searcher = index.searcher()
    query = compile_query(index.schema, plan.match, plan.dates)
    total = searcher.search(query, 20, count=True).count
    if total > EXACT_FACETS_UP_TO and not request.exact_facets:
        query = sampled(index.schema, query, sample_buckets(total))
    many = {"a", "e", "p", "t"}
    searcher.aggregate(query, {key: {"terms": {"field": field, "size": TOP_VALUES if key in many else 10_000, "segment_size": 2_000}}
                               for key, field in FACET_FIELDS.items()})


def _timed(call, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(2):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _p(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _pcts(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {_p(values, 95):.1f} / {_p(values, 99):.1f}"


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def _machine() -> None:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), "?")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"\nmachine: {os.cpu_count()} cores, {ram:.0f} GiB RAM, {cpu}; Python {platform.python_version()}, "
          f"SQLite {__import__('sqlite3').sqlite_version}, tantivy-py {version('tantivy')}; {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
