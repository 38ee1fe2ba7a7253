"""Keeping the search index in step with the records.

``index_documents`` runs inside the transaction that stores or re-extracts documents.
Where the index is in the database (PostgreSQL, an encrypted or in-memory SQLite) it is
written in that transaction, so the index never shows a document that is not committed,
nor misses one that is. Where it is tantivy's (a plain SQLite repository), the
transaction only notes the documents in the journal (``search_index.note_pending``);
once it has committed and its connection is given back, ``flush`` indexes what the
journal holds and forgets it. A rollback takes the note with it. A process killed
between the two commits leaves the note behind, and the next flush, or the next search,
indexes those documents: re-indexed ones too, so a redaction is never lost.

Each document becomes its passages (``dossier.search.passages``) and its notes; each
entity it mentions becomes one row of all its spellings. Every text goes through the
witness redaction first: the index, and so every snippet, holds pseudonyms only.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event

from dossier.access.redaction import Matcher, matcher
from dossier.errors import DossierError
from dossier.model import Document, Label, Sensitivity
from dossier.search import korean, passages, tags
from dossier.search.tantivy_index import EmbeddedIndex, open_index
from dossier.store import Store, documents, entities, search_index
from dossier.store.search_index import FACET_SEPARATOR, IncidentSpan, IndexRow, MentionSpan

BATCH = 200
_PLACE_LABELS = {Label.LOCATION.value, Label.FACILITY.value}
_FLUSH = "dossier.search.flush"  # set on a connection whose transaction noted documents
_deferring: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()  # see `deferred`
_log = logging.getLogger(__name__)


def index_documents(conn: Connection, doc_ids: list[int]) -> None:
    """(Re)index these documents, their notes and the entities they mention."""
    if not doc_ids:
        return
    if search_index.embedded_folder(conn.engine) is not None:
        search_index.note_pending(conn, doc_ids)
        _flush_after_commit(conn)
        return
    search_index.create(conn)
    search_index.delete_documents(conn, doc_ids)
    redactor = matcher(conn)
    rows, entity_ids = _document_rows(conn, doc_ids, redactor)
    search_index.insert(conn, rows)
    search_index.delete_entities(conn, sorted(entity_ids))
    search_index.insert(conn, _entity_rows(conn, sorted(entity_ids), redactor))


def rebuild(store: Store) -> int:
    """Drop the index and build it again from the records; returns the rows indexed."""
    folder = search_index.embedded_folder(store.engine)
    if folder is not None:
        return _rebuild_embedded(store, open_index(folder))
    with store.transaction() as conn:
        search_index.drop(conn)
        search_index.create(conn)
        total = 0
        for rows in _all_rows(conn):
            search_index.insert(conn, rows, bulk=True)
            total += len(rows)
        search_index.finish_bulk(conn)
    return total


def flush(store: Store) -> int:
    """Bring the embedded index up to the records: index what the journal notes; returns the documents."""
    folder = search_index.embedded_folder(store.engine)
    if folder is None:
        return 0
    index = open_index(folder)
    if not index.ready:
        _rebuild_embedded(store, index)
        return 0
    with store.reading() as conn:
        if not search_index.pending(conn):
            return 0
    with index.writing() as writer:
        # Read under the writer: a change committed after this read is flushed after this one.
        with store.reading() as conn:
            noted = search_index.pending(conn)
            doc_ids = sorted({doc_id for _, doc_id in noted})
            redactor = matcher(conn)
            rows, mentioned = _document_rows(conn, doc_ids, redactor)
            entity_rows = _entity_rows(conn, sorted(mentioned), redactor)
        writer.forget(doc_ids, sorted(mentioned))
        writer.add(rows + entity_rows)
    with store.transaction() as conn:
        search_index.forget_pending(conn, [journal_id for journal_id, _ in noted])
    return len(doc_ids)


def _rebuild_embedded(store: Store, index: EmbeddedIndex) -> int:
    """Everything again, in one tantivy commit: searches see the old index until it lands."""
    with index.writing(threads=2, heap=256_000_000) as writer:
        with store.reading() as conn:
            noted = search_index.pending(conn)  # the first read: the snapshot starts here
            writer.clear()
            total = 0
            for rows in _all_rows(conn):
                writer.add(rows)
                total += len(rows)
    index.mark_ready()
    with store.transaction() as conn:
        search_index.forget_pending(conn, [journal_id for journal_id, _ in noted])
        search_index.drop(conn)  # FTS5 tables an older Dossier left behind
    return total


def _all_rows(conn: Connection) -> Iterator[list[IndexRow]]:
    """Every document's rows, then every mentioned entity's, in batches."""
    redactor = matcher(conn)
    doc_ids = documents.all_ids(conn)
    entity_ids: set[int] = set()
    for start in range(0, len(doc_ids), BATCH):
        rows, mentioned = _document_rows(conn, doc_ids[start : start + BATCH], redactor)
        entity_ids |= mentioned
        yield rows
    ordered = sorted(entity_ids)
    for start in range(0, len(ordered), BATCH):
        yield _entity_rows(conn, ordered[start : start + BATCH], redactor)


# --- after the commit ----------------------------------------------------------------------


def _flush_after_commit(conn: Connection) -> None:
    """Flush when this connection goes back to the pool, its transaction over; not after a rollback."""
    conn.info[_FLUSH] = True
    engine = conn.engine
    if not event.contains(engine, "rollback", _rolled_back):
        event.listen(engine, "rollback", _rolled_back)
        event.listen(engine.pool, "checkin", lambda _dbapi, record: _checked_in(engine, record))


def _rolled_back(conn: Connection) -> None:
    conn.info.pop(_FLUSH, None)


@contextmanager
def deferred(store: Store) -> Iterator[None]:
    """Index once at the end instead of after every transaction (a folder of files).

    A tantivy commit costs tens of milliseconds, more than ingesting a small file; the
    journal keeps every document noted meanwhile, so a crash loses nothing: the next
    flush or search indexes them.
    """
    _deferring[store.engine] = _deferring.get(store.engine, 0) + 1
    try:
        yield
    finally:
        _deferring[store.engine] -= 1
        if not _deferring[store.engine]:
            del _deferring[store.engine]
            flush(store)


def _checked_in(engine: Engine, record: Any) -> None:
    if not record.info.pop(_FLUSH, False) or engine in _deferring:
        return  # deferred: the journal keeps the documents until `deferred` flushes
    try:
        flush(Store(engine))
    except DossierError as exc:  # the journal keeps the documents: the next flush or search indexes them
        _log.warning("search index not updated yet: %s", exc)


# --- documents -----------------------------------------------------------------------------


def _document_rows(conn: Connection, doc_ids: list[int], redactor: Matcher) -> tuple[list[IndexRow], set[int]]:
    spans_of: dict[int, list[IncidentSpan]] = {}
    for span in search_index.incident_spans(conn, doc_ids):
        spans_of.setdefault(span.document_id, []).append(span)
    mentions_of: dict[int, list[MentionSpan]] = {}
    for mention in search_index.mention_spans(conn, doc_ids):
        mentions_of.setdefault(mention.document_id, []).append(mention)
    rows: list[IndexRow] = []
    for doc_id in doc_ids:
        doc = documents.get(conn, doc_id)
        if doc is not None:
            rows.extend(_rows_of(doc, mentions_of.get(doc_id, []), spans_of.get(doc_id, []), redactor))
    mentioned = {m.entity_id for found in mentions_of.values() for m in found}
    return rows, mentioned


def _rows_of(doc: Document, mentions: list[MentionSpan], spans: list[IncidentSpan], redactor: Matcher) -> Iterator[IndexRow]:
    shared = _DocumentFields(doc, redactor)
    note_spans = [(n.start, n.end) for n in doc.notes]
    for start, end in passages.split(doc.text, skip=note_spans):
        yield shared.row("passage", None, start, end, redactor.redact(doc.text[start:end]), mentions, spans)
    for note in doc.notes:
        text = redactor.redact(f"{note.marker} {note.text}".strip())
        yield shared.row("note", note.marker, note.start, note.end, text, mentions, spans)


class _DocumentFields:
    """What every row of one document shares: title, kind, date, authors, sensitivity."""

    def __init__(self, doc: Document, redactor: Matcher) -> None:
        self.doc = doc
        self.title = redactor.redact(doc.title)
        self.authors = [redactor.redact(a.name) for a in doc.authors]
        self.date = doc.date.value if doc.date and doc.date.value else None
        self.year = int(self.date[:4]) if self.date else None
        author_tags = [t for name in self.authors for t in tags.author_tags(name)]
        self.tags = [tags.tag(tags.KIND, str(doc.kind)), tags.tag(tags.SENSITIVITY, str(doc.sensitivity)), *author_tags]
        if self.year is not None:
            self.tags.append(tags.tag(tags.YEAR, self.year))

    def row(
        self, source: str, marker: str | None, start: int, end: int, text: str,
        mentions: list[MentionSpan], spans: list[IncidentSpan],
    ) -> IndexRow:
        inside = [m for m in mentions if m.start < end and m.end > start] if end > start else []
        incidents = [s for s in spans if s.start < end and s.end > start] if end > start else []
        entity_ids = sorted({m.entity_id for m in inside})
        places = sorted(
            {m.entity_id for m in inside if m.label in _PLACE_LABELS}
            | {s.place_entity_id for s in incidents if s.place_entity_id is not None}
        )
        types = sorted({s.type for s in incidents})
        row_tags = [
            *self.tags,
            *(tags.tag(tags.ENTITY, e) for e in entity_ids),
            *(tags.tag(tags.PLACE, p) for p in places),
            *(tags.tag(tags.INCIDENT_TYPE, t) for t in types),
        ]
        facets = [f"a:{a}" for a in self.authors] + [f"e:{e}" for e in entity_ids]
        facets += [f"p:{p}" for p in places] + [f"t:{t}" for t in types]
        return IndexRow(
            document_id=self.doc.id, source=source, note_marker=marker, entity_id=None,
            start=start, end=end, title=self.title, kind=str(self.doc.kind), date_value=self.date,
            year=self.year, sensitivity=str(self.doc.sensitivity), facets=FACET_SEPARATOR.join(facets),
            text=text, ko=korean.index_tokens(text), tags=" ".join(row_tags),
        )


# --- entities ------------------------------------------------------------------------------


def _entity_rows(conn: Connection, entity_ids: list[int], redactor: Matcher) -> list[IndexRow]:
    """One row per entity: all its spellings, as sensitive as the most sensitive source of one."""
    rows = []
    for entity_id in entity_ids:
        entity = entities.get(conn, entity_id)
        if entity is None:
            continue
        names = list(dict.fromkeys([entity.name, *(a.name for a in entity.aliases)]))
        levels = search_index.sensitivities_of(conn, sorted({a.document_id for a in entity.aliases if a.document_id}))
        sensitivity = max((Sensitivity(level) for level in levels.values()), key=lambda s: s.rank, default=Sensitivity.PUBLIC)
        text = redactor.redact(" · ".join(names))
        rows.append(
            IndexRow(
                document_id=None, source="entity", note_marker=None, entity_id=entity_id, start=None, end=None,
                title=redactor.redact(entity.name), kind=entity.kind, date_value=None, year=None,
                sensitivity=str(sensitivity), facets=f"e:{entity_id}", text=text, ko=korean.index_tokens(text),
                tags=" ".join([tags.tag(tags.ENTITY, entity_id), tags.tag(tags.SENSITIVITY, str(sensitivity))]),
            )
        )
    return rows
