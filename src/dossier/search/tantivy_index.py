"""The embedded search index on tantivy: its folder, schema, one writer at a time, fresh readers.

A plain SQLite repository keeps its index in ``<repository>/search-index/``. tantivy ranks
a top-20 with block-max WAND and counts facets from columnar fast fields, so a search
costs milliseconds however many passages match, where FTS5 ranked and joined every
match (``docs/benchmarks.md``). The folder is derived data: ``dossier reindex``, or any
search that finds it missing or of another format, builds it again from the records.

Fields: ``text`` (words: lower-cased, diacritics folded, English stems), ``ko`` (Hangul
grams, as ``dossier.search.korean`` writes them) and ``tags`` (filter tokens) are
matched; ``f_*`` are the facets, counted by terms aggregations; ``date_lo``/``date_hi``
are the first and last day a (partial) date may mean, for range filters; ``sample`` puts
each row in one of ``SAMPLE_BUCKETS`` fixed buckets, so facets over a very broad match can
be counted on a fraction of it (``dossier.search.searcher``); ``row`` holds what a hit
shows. Tokens are kept up to 255 bytes (tantivy's default drops words over 40).

tantivy lets one writer hold an index at a time, across processes. The web server and a
CLI ingest both write, so a writer is taken per commit and given back at once; a writer
that finds the index busy waits for it (``LOCK_WAIT_S``).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import tantivy

from dossier.errors import RepositoryError
from dossier.store.search_index import IndexRow

FORMAT = 2  # 2: the sample bucket
FORMAT_FILE = "dossier-index.json"
LOCK_WAIT_S = 60.0
WORDS = "dossier_words"
GRAMS = "dossier_grams"
MAX_TOKEN_BYTES = 255
SAMPLE_BUCKETS = 64
FACET_FIELDS = {"k": "f_kind", "y": "f_year", "s": "f_sensitivity", "a": "f_author", "e": "f_entity", "p": "f_place", "t": "f_type"}
_SHOWN = ("document_id", "source", "note_marker", "entity_id", "start", "end", "title", "kind", "date_value", "year", "sensitivity", "text")

_open: dict[Path, EmbeddedIndex] = {}
_opening = threading.Lock()


def words_analyzer(stem: bool = True) -> tantivy.TextAnalyzer:
    """Words as ``text`` holds them; without ``stem`` for the start of a prefix search."""
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES))
    builder = builder.filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.ascii_fold())
    return (builder.filter(tantivy.Filter.stemmer("english")) if stem else builder).build()


def _grams_analyzer() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES)).build()


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", tokenizer_name=WORDS)
    builder.add_text_field("ko", tokenizer_name=GRAMS)
    builder.add_text_field("tags", tokenizer_name=GRAMS, index_option="basic")
    for name in FACET_FIELDS.values():
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("document_id", indexed=True)
    builder.add_integer_field("entity_id", indexed=True)
    for name in ("date_lo", "date_hi"):
        builder.add_integer_field(name, indexed=True, fast=True)
    builder.add_integer_field("date_sort", fast=True)
    builder.add_integer_field("sample", indexed=True)
    builder.add_bytes_field("row", stored=True)
    return builder.build()


def open_index(folder: Path) -> EmbeddedIndex:
    """The index in ``folder`` (created empty if missing), one object per folder per process."""
    folder = folder.resolve()
    with _opening:
        if folder not in _open or not (folder / "meta.json").exists():  # new, or deleted under us
            _open[folder] = EmbeddedIndex(folder)
        return _open[folder]


class EmbeddedIndex:
    """One tantivy index folder: a reader that follows commits, and a writer lent per commit."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._writing = threading.Lock()
        if self._format() not in (None, FORMAT):
            shutil.rmtree(folder)  # an index of another format: derived data, built again
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self.index = tantivy.Index(_schema(), path=str(folder))
        except ValueError as exc:
            raise RepositoryError(f"{folder}: cannot open the search index ({exc}); run `dossier reindex`") from None
        self.index.register_tokenizer(WORDS, words_analyzer())
        self.index.register_tokenizer(GRAMS, _grams_analyzer())
        self.index.config_reader(reload_policy="manual")
        self.schema = self.index.schema
        self._seen = self._version()

    @property
    def ready(self) -> bool:
        """Whether a full build has completed here (the format file is written after it)."""
        return self._format() == FORMAT

    def _format(self) -> int | None:
        try:
            return json.loads((self.folder / FORMAT_FILE).read_text(encoding="utf-8")).get("format", 0)
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return 0

    def mark_ready(self) -> None:
        (self.folder / FORMAT_FILE).write_text(json.dumps({"format": FORMAT}) + "\n", encoding="utf-8")

    # --- reading -------------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        """A searcher over the last commit, by this process or another one."""
        version = self._version()
        if version != self._seen:
            self.index.reload()
            self._seen = version
        return self.index.searcher()

    def _version(self) -> tuple[int, int]:
        try:
            found = os.stat(self.folder / "meta.json")
        except FileNotFoundError:
            return (0, 0)
        return (found.st_mtime_ns, found.st_size)

    # --- writing -------------------------------------------------------------------

    @contextmanager
    def writing(self, *, threads: int = 1, heap: int = 64_000_000) -> Iterator[Writer]:
        """The index's writer, waited for if another thread or process holds it, given back after."""
        with self._writing:
            inner = self._take_writer(threads, heap)
            writer = Writer(inner)
            try:
                yield writer
                if writer.changed:
                    inner.commit()
                else:
                    inner.rollback()
            except BaseException:
                inner.rollback()
                raise
            finally:
                inner.wait_merging_threads()  # finishes merges and releases the lock
        if writer.changed:
            self.index.reload()
            self._seen = self._version()

    def _take_writer(self, threads: int, heap: int) -> tantivy.IndexWriter:
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                return self.index.writer(heap_size=heap, num_threads=threads)
            except ValueError as exc:
                if "LockBusy" not in str(exc):
                    raise RepositoryError(f"{self.folder}: cannot write the search index ({exc})") from None
                if time.monotonic() > deadline:
                    raise RepositoryError(f"{self.folder}: the search index stayed locked by another writer for {LOCK_WAIT_S:.0f} s") from None
            time.sleep(0.05)


class Writer:
    """What indexing does with a writer: replace documents' and entities' rows, or everything."""

    def __init__(self, inner: tantivy.IndexWriter) -> None:
        self.inner = inner
        self.changed = False

    def clear(self) -> None:
        self.inner.delete_all_documents()
        self.changed = True

    def forget(self, doc_ids: list[int], entity_ids: list[int]) -> None:
        for doc_id in doc_ids:
            self.inner.delete_documents_by_term("document_id", doc_id)
        for entity_id in entity_ids:
            self.inner.delete_documents_by_term("entity_id", entity_id)
        self.changed = self.changed or bool(doc_ids or entity_ids)

    def add(self, rows: list[IndexRow]) -> None:
        for row in rows:
            self.inner.add_document(_document(row))
        self.changed = self.changed or bool(rows)


def _document(row: IndexRow) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("text", row.text)
    doc.add_text("ko", row.ko)
    doc.add_text("tags", row.tags)
    if row.document_id is not None:
        doc.add_integer("document_id", row.document_id)
    if row.entity_id is not None:
        doc.add_integer("entity_id", row.entity_id)
    bounds = date_bounds(row.date_value)
    if bounds:
        doc.add_integer("date_lo", bounds[0])
        doc.add_integer("date_hi", bounds[1])
    doc.add_integer("date_sort", bounds[0] if bounds else 0)
    doc.add_integer("sample", _bucket(row))
    for key, value in _facet_values(row):
        doc.add_text(FACET_FIELDS[key], value)
    shown = {name: value for name, value in asdict(row).items() if name in _SHOWN}
    doc.add_bytes("row", json.dumps(shown, ensure_ascii=False).encode("utf-8"))
    return doc


def _bucket(row: IndexRow) -> int:
    """A row's sample bucket: fixed by what the row is, so a rebuild puts it in the same one.

    Passages of one document spread over the buckets, so a sample does not take or leave
    whole documents (their kind, year and author) at once.
    """
    identity = f"{row.document_id}/{row.entity_id}/{row.note_marker}/{row.start}".encode()
    return zlib.crc32(identity) % SAMPLE_BUCKETS


def _facet_values(row: IndexRow) -> Iterator[tuple[str, str]]:
    """The facet values of a row; an entity row counts only for its entity and sensitivity."""
    yield "s", row.sensitivity
    if row.source != "entity":
        if row.kind:
            yield "k", row.kind
        if row.year is not None:
            yield "y", str(row.year)
    for packed in filter(None, row.facets.split("\x1f")):
        yield packed[0], packed[2:]


def date_bounds(value: str | None) -> tuple[int, int] | None:
    """The first and last day (as YYYYMMDD) a date of the form YYYY, YYYY-MM or YYYY-MM-DD may mean."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    parts = value.split("-")
    if not all(p.isdigit() for p in parts[:3]):
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    first = year * 10000 + (month or 1) * 100 + (day or 1)
    last = year * 10000 + (month or 12) * 100 + (day or 31)
    return first, last


def stored_row(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> IndexRow:
    shown = json.loads(bytes(searcher.doc(address).get_first("row")).decode("utf-8"))
    return IndexRow(**shown, facets="", ko="", tags="")


def facet_counts(searcher: tantivy.Searcher, query: tantivy.Query, top: int) -> Counter[str]:
    """Exact counts of every facet over all matches, keyed "k:testimony", "e:12" and so on.

    The many-valued facets return their ``top`` values only. A terms aggregation counts
    each segment exactly but may cut a segment's list short; when tantivy reports that a
    count could be off, that facet is counted again without the cut.
    """
    many = {"a", "e", "p", "t"}
    requests = {key: _terms(field, top if key in many else 10_000, 2_000) for key, field in FACET_FIELDS.items()}
    answers = searcher.aggregate(query, requests)
    counts: Counter[str] = Counter()
    for key, field in FACET_FIELDS.items():
        answer = answers[key]
        if answer.get("doc_count_error_upper_bound", 0):
            answer = searcher.aggregate(query, {key: _terms(field, top, 100_000_000)})[key]
        counts.update({f"{key}:{bucket['key']}": bucket["doc_count"] for bucket in answer["buckets"]})
    return counts


def sampled(schema: tantivy.Schema, query: tantivy.Query, buckets: int) -> tantivy.Query:
    """``query`` over the rows of the first ``buckets`` sample buckets only (a ``buckets/SAMPLE_BUCKETS`` share)."""
    within = tantivy.Query.range_query(schema, "sample", tantivy.FieldType.Integer, lower_bound=0, upper_bound=buckets - 1)
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, tantivy.Query.const_score_query(within, 0.0))])


def _terms(field: str, size: int, segment_size: int) -> dict:
    return {"terms": {"field": field, "size": size, "segment_size": max(size, segment_size)}}
