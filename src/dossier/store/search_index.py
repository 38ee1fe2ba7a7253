"""The search index's SQL side: the tables of the server index, and the embedded index's journal.

A plain SQLite repository keeps its index in tantivy, in a folder beside the database
(``embedded_folder``; see ``dossier.search.tantivy_index``). What it keeps here is the
journal (``search_pending``): the documents a committed transaction changed, written in
that same transaction, and forgotten once the tantivy index holds them. A process killed
between the two commits leaves its documents in the journal, and the next writer or
search indexes them: the index can lag the records for a moment, never lose a change.

PostgreSQL (the team server), an SQLCipher-encrypted SQLite (tantivy's files would hold
the passages in clear) and an in-memory SQLite keep the index in the database instead,
in tables of their own beside the records: one row per
passage, note or entity (``search_passages``) with the fields search filters and counts
on copied in, so a search never joins the records. Three text columns are matched:
``text`` (the words), ``ko`` (Hangul as syllable bigrams, see ``dossier.search.korean``)
and ``tags`` (one token per filter value, so filters are posting lists that the engine
intersects with the words instead of rows it checks one by one).

SQLite uses an FTS5 table over the rows (porter stemming, diacritics removed); PostgreSQL
a ``tsvector`` column under a GIN index ('english' for words, 'simple' for grams and
tags). Both are driven by the same small tree (``Phrase``, ``All``, ``Any``,
``Without``) that ``dossier.search.plan`` builds from a parsed query; every word goes
into the engine's syntax quoted, or as a bound parameter, never as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, select, text

from dossier.store.schema import documents, entities, incidents, mentions

TABLE = "search_passages"
_FTS = "search_fts"
_COLUMNS = (
    "id", "document_id", "source", "note_marker", "entity_id", "start", "end", "title", "kind",
    "date_value", "year", "sensitivity", "facets", "text", "ko", "tags",
)
_WRITTEN = _COLUMNS[1:]
_SCORE_WEIGHTS = "1.0, 1.0, 0.0"  # words and grams rank; filter tags do not


@dataclass
class IndexRow:
    """One passage, note or entity as the index holds it.

    ``facets`` holds the multi-valued facet values ("a:Roberta Cohen", "e:12", "p:40",
    "t:vt_torture") joined by ``FACET_SEPARATOR``: read back whole when counting facets.
    """

    document_id: int | None
    source: str
    note_marker: str | None
    entity_id: int | None
    start: int | None
    end: int | None
    title: str
    kind: str | None
    date_value: str | None
    year: int | None
    sensitivity: str
    facets: str
    text: str
    ko: str
    tags: str
    id: int | None = None


FACET_SEPARATOR = "\x1f"


# --- the query tree the search package builds -----------------------------------------


@dataclass(frozen=True)
class Phrase:
    """Consecutive tokens in one column (``text``, ``ko`` or ``tags``); the last may be a prefix."""

    column: str
    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class All:
    parts: tuple[Match, ...]


@dataclass(frozen=True)
class Any_:
    parts: tuple[Match, ...]


@dataclass(frozen=True)
class Without:
    keep: Match
    drop: Match


Match = Phrase | All | Any_ | Without


@dataclass(frozen=True)
class DateBounds:
    """Inclusive bounds as ISO prefixes; a passage dated only "2013" overlaps "2013-05"."""

    start: str | None
    end: str | None


# --- where the index lives -------------------------------------------------------------

EMBEDDED_FOLDER = "search-index"
JOURNAL = "search_pending"


def embedded_folder(engine: Engine) -> Path | None:
    """The tantivy index folder beside a plain SQLite database file; None where SQL tables serve."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.get_driver_name() == "pysqlcipher":
        return None
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return None
    return Path(url.database).resolve().parent / EMBEDDED_FOLDER


# --- the embedded index's journal ----------------------------------------------------------


def note_pending(conn: Connection, doc_ids: list[int]) -> None:
    """Record, inside the writing transaction, that these documents need indexing."""
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {JOURNAL} (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL)"))
    conn.execute(text(f"INSERT INTO {JOURNAL} (document_id) VALUES (:d)"), [{"d": d} for d in doc_ids])


def pending(conn: Connection) -> list[tuple[int, int]]:
    """(journal id, document id) of every committed change the embedded index may not hold yet."""
    if not conn.execute(text(f"SELECT count(*) FROM sqlite_master WHERE name = '{JOURNAL}'")).scalar_one():
        return []
    return [(row[0], row[1]) for row in conn.execute(text(f"SELECT id, document_id FROM {JOURNAL} ORDER BY id"))]


def forget_pending(conn: Connection, journal_ids: list[int]) -> None:
    """Drop the journal entries the embedded index now holds (entries written since stay)."""
    for start in range(0, len(journal_ids), 500):
        chunk = journal_ids[start : start + 500]
        conn.execute(text(f"DELETE FROM {JOURNAL} WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": chunk})


# --- schema ------------------------------------------------------------------------------


def exists(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        sql = "SELECT count(*) FROM sqlite_master WHERE name IN ('search_passages', 'search_fts')"
        return conn.execute(text(sql)).scalar_one() == 2
    return conn.execute(text("SELECT to_regclass('search_passages') IS NOT NULL")).scalar_one()


def create(conn: Connection) -> None:
    """Create the index tables if they are missing."""
    for statement in _SCHEMA[conn.dialect.name]:
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"DROP TABLE IF EXISTS {_FTS}"))
    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


_SQLITE_SCHEMA = [
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        id INTEGER PRIMARY KEY, document_id INTEGER, source TEXT NOT NULL, note_marker TEXT,
        entity_id INTEGER, start INTEGER, "end" INTEGER, title TEXT NOT NULL, kind TEXT,
        date_value TEXT, year INTEGER, sensitivity TEXT NOT NULL, facets TEXT NOT NULL,
        text TEXT NOT NULL, ko TEXT NOT NULL, tags TEXT NOT NULL)""",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_document ON {TABLE} (document_id)",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_entity ON {TABLE} (entity_id) WHERE source = 'entity'",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_date ON {TABLE} (date_value)",
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {_FTS} USING fts5(
        text, ko, tags, content='{TABLE}', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
]

_POSTGRES_SCHEMA = [
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        id BIGSERIAL PRIMARY KEY, document_id INTEGER, source TEXT NOT NULL, note_marker TEXT,
        entity_id INTEGER, start INTEGER, "end" INTEGER, title TEXT NOT NULL, kind TEXT,
        date_value TEXT, year INTEGER, sensitivity TEXT NOT NULL, facets TEXT NOT NULL,
        text TEXT NOT NULL, ko TEXT NOT NULL, tags TEXT NOT NULL, tsv TSVECTOR NOT NULL)""",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_document ON {TABLE} (document_id)",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_entity ON {TABLE} (entity_id) WHERE source = 'entity'",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_date ON {TABLE} (date_value)",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_tsv ON {TABLE} USING GIN (tsv)",
]

_SCHEMA = {"sqlite": _SQLITE_SCHEMA, "postgresql": _POSTGRES_SCHEMA}


# --- writing -----------------------------------------------------------------------------


def delete_documents(conn: Connection, doc_ids: list[int]) -> None:
    """Remove the passages and notes of these documents."""
    _delete(conn, "document_id IN :ids", doc_ids)


def delete_entities(conn: Connection, entity_ids: list[int]) -> None:
    """Remove the alias rows of these entities."""
    _delete(conn, "source = 'entity' AND entity_id IN :ids", entity_ids)


def _delete(conn: Connection, where: str, ids: list[int]) -> None:
    if not ids:
        return
    param = bindparam("ids", expanding=True)
    if conn.dialect.name == "sqlite":
        # An external-content FTS5 table forgets a row only when told its indexed values.
        forget = f"INSERT INTO {_FTS} ({_FTS}, rowid, text, ko, tags) SELECT 'delete', id, text, ko, tags FROM {TABLE} WHERE {where}"
        conn.execute(text(forget).bindparams(param), {"ids": ids})
    conn.execute(text(f"DELETE FROM {TABLE} WHERE {where}").bindparams(param), {"ids": ids})


def insert(conn: Connection, rows: list[IndexRow], *, bulk: bool = False) -> None:
    """Add rows; ``bulk`` (a rebuild) leaves SQLite's full-text side to ``finish_bulk``."""
    if not rows:
        return
    values = [{c: getattr(row, c) for c in _WRITTEN} for row in rows]
    if conn.dialect.name == "postgresql":
        for value in values:
            value["folded"] = fold(value["text"])
        conn.execute(text(_PG_INSERT), values)
        return
    first = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {TABLE}")).scalar_one() + 1
    for offset, value in enumerate(values):
        value["id"] = first + offset
    conn.execute(text(_SQLITE_INSERT), values)
    if not bulk:
        sql = f"INSERT INTO {_FTS} (rowid, text, ko, tags) SELECT id, text, ko, tags FROM {TABLE} WHERE id >= :first"
        conn.execute(text(sql), {"first": first})


def finish_bulk(conn: Connection) -> None:
    """Index everything ``insert(bulk=True)`` added, in one pass, and compact the index."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"INSERT INTO {_FTS} ({_FTS}) VALUES ('rebuild')"))
        conn.execute(text(f"INSERT INTO {_FTS} ({_FTS}) VALUES ('optimize')"))
    else:
        conn.execute(text(f"ANALYZE {TABLE}"))


_quoted = ", ".join(f'"{c}"' if c == "end" else c for c in _WRITTEN)
_SQLITE_INSERT = f"INSERT INTO {TABLE} (id, {_quoted}) VALUES (:id, {', '.join(':' + c for c in _WRITTEN)})"
_PG_INSERT = (
    f"INSERT INTO {TABLE} ({_quoted}, tsv) VALUES ({', '.join(':' + c for c in _WRITTEN)}, "
    "setweight(to_tsvector('english', :folded), 'A') || setweight(to_tsvector('simple', :ko), 'B')"
    " || setweight(to_tsvector('simple', :tags), 'D'))"
)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(value: str) -> str:
    """Diacritics removed (Hamhŭng → Hamhung), as SQLite's tokenizer does; Hangul kept whole."""
    if value.isascii():
        return value
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", value)))


# --- what indexing reads from the records --------------------------------------------------


@dataclass(frozen=True)
class IncidentSpan:
    document_id: int
    type: str
    start: int
    end: int
    place_entity_id: int | None


def incident_spans(conn: Connection, doc_ids: list[int]) -> list[IncidentSpan]:
    """The asserted incidents of these documents: where they lie, their type and place."""
    query = select(
        incidents.c.document_id, incidents.c.type, incidents.c.start, incidents.c.end, incidents.c.place_entity_id
    ).where(incidents.c.document_id.in_(doc_ids), incidents.c.asserted.is_(True))
    return [IncidentSpan(*row) for row in conn.execute(query)]


@dataclass(frozen=True)
class MentionSpan:
    document_id: int
    start: int
    end: int
    label: str
    entity_id: int


def mention_spans(conn: Connection, doc_ids: list[int]) -> list[MentionSpan]:
    """The mentions of these documents that were resolved to an entity."""
    query = select(
        mentions.c.document_id, mentions.c.start, mentions.c.end, mentions.c.label, mentions.c.entity_id
    ).where(mentions.c.document_id.in_(doc_ids), mentions.c.entity_id.is_not(None))
    return [MentionSpan(*row) for row in conn.execute(query)]


def entity_names(conn: Connection, entity_ids: list[int]) -> dict[int, str]:
    query = select(entities.c.id, entities.c.name).where(entities.c.id.in_(entity_ids))
    return {entity_id: name for entity_id, name in conn.execute(query)}


def sensitivities_of(conn: Connection, doc_ids: list[int]) -> dict[int, str]:
    query = select(documents.c.id, documents.c.sensitivity).where(documents.c.id.in_(doc_ids))
    return {doc_id: level for doc_id, level in conn.execute(query)}


# --- searching ---------------------------------------------------------------------------


def top(
    conn: Connection, match: Match, dates: DateBounds | None, *, by_date: bool, limit: int, offset: int
) -> list[tuple[IndexRow, float]]:
    """One page of matching rows, best first (or newest first), with their scores."""
    where, params = _where(conn, match, dates)
    params.update(limit=limit, offset=offset)
    if conn.dialect.name == "sqlite":
        order = "p.date_value DESC NULLS LAST, id" if by_date else "score, id"
        join = f"JOIN {TABLE} p ON p.id = {_FTS}.rowid" if by_date or dates else ""
        inner = (
            f"SELECT {_FTS}.rowid AS id, bm25({_FTS}, {_SCORE_WEIGHTS}) AS score FROM {_FTS} {join}"
            f" WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
        )
        outer_order = "p.date_value DESC NULLS LAST, p.id" if by_date else "t.score, p.id"
        sql = f"SELECT p.*, -t.score AS score FROM ({inner}) t JOIN {TABLE} p ON p.id = t.id ORDER BY {outer_order}"
    else:
        order = "p.date_value DESC NULLS LAST, p.id" if by_date else "score DESC, p.id"
        sql = (
            f"SELECT p.*, ts_rank(p.tsv, {_pg_query_ref}) AS score FROM {TABLE} p, {_pg_query_from(match, params)}"
            f" WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset"
        )
    return [(_row(r), float(r.score)) for r in conn.execute(text(sql), params)]


def count(conn: Connection, match: Match, dates: DateBounds | None) -> int:
    where, params = _where(conn, match, dates)
    return conn.execute(text(f"SELECT count(*) {_from(conn, match, dates, params)} WHERE {where}"), params).scalar_one()


def facet_values(conn: Connection, match: Match, dates: DateBounds | None) -> list[tuple[Any, ...]]:
    """(kind, year, sensitivity, facets) of every matching row, for counting; entities have no kind.

    On SQLite these rows are read through the driver's own cursor (sqlite3 takes the
    same :name parameters): they are the only rows a search reads by the thousand, and
    plain tuples cost a fraction of result rows.
    """
    where, params = _where(conn, match, dates)
    kind = "CASE WHEN p.source = 'entity' THEN NULL ELSE p.kind END"
    sql = f"SELECT {kind}, p.year, p.sensitivity, p.facets {_from(conn, match, dates, params, joined=True)} WHERE {where}"
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in conn.execute(text(sql), params)]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def _from(conn: Connection, match: Match, dates: DateBounds | None, params: dict, joined: bool = False) -> str:
    if conn.dialect.name == "sqlite":
        if joined or dates:
            return f"FROM {_FTS} JOIN {TABLE} p ON p.id = {_FTS}.rowid"
        return f"FROM {_FTS}"
    return f"FROM {TABLE} p, {_pg_query_from(match, params)}"


def _where(conn: Connection, match: Match, dates: DateBounds | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    if conn.dialect.name == "sqlite":
        params["match"] = _fts5(match)
        clauses = [f"{_FTS} MATCH :match"]
    else:
        clauses = [f"p.tsv @@ {_pg_query_ref}"]
    if dates and dates.start:
        clauses.append("p.date_value || '~' >= :date_start")
        params["date_start"] = dates.start
    if dates and dates.end:
        clauses.append("p.date_value <= :date_end || '~'")
        params["date_end"] = dates.end
    return " AND ".join(clauses), params


def _row(r: Any) -> IndexRow:
    return IndexRow(**{c: getattr(r, c) for c in _COLUMNS})


# --- rendering the tree: FTS5 --------------------------------------------------------------


def _fts5(match: Match) -> str:
    """The FTS5 MATCH string: every token inside double quotes, every group in parentheses."""
    if isinstance(match, Phrase):
        quoted = '"' + " ".join(match.tokens).replace('"', '""') + '"'
        return f"{match.column} : {quoted}{' *' if match.prefix else ''}"
    if isinstance(match, All):
        return "(" + " AND ".join(_fts5(p) for p in match.parts) + ")"
    if isinstance(match, Any_):
        return "(" + " OR ".join(_fts5(p) for p in match.parts) + ")"
    return f"({_fts5(match.keep)} NOT {_fts5(match.drop)})"


# --- rendering the tree: tsquery -------------------------------------------------------------

_pg_query_ref = "q.query"


def _pg_query_from(match: Match, params: dict[str, Any]) -> str:
    return f"(SELECT {_tsquery(match, params)} AS query) q"


def _tsquery(match: Match, params: dict[str, Any]) -> str:
    """A tsquery expression; each phrase is a bound parameter of quoted lexemes."""
    if isinstance(match, Phrase):
        name = f"q{len(params)}"
        lexemes = " <-> ".join("'" + fold(t).replace("\\", "\\\\").replace("'", "''") + "'" for t in match.tokens)
        params[name] = lexemes + (":*" if match.prefix else "")
        config = "english" if match.column == "text" else "simple"
        return f"to_tsquery('{config}', :{name})"
    if isinstance(match, All):
        return "(" + " && ".join(_tsquery(p, params) for p in match.parts) + ")"
    if isinstance(match, Any_):
        return "(" + " || ".join(_tsquery(p, params) for p in match.parts) + ")"
    return f"({_tsquery(match.keep, params)} && !!{_tsquery(match.drop, params)})"
