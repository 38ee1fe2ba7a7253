"""Reads and writes of documents and their notes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from dossier.model import Author, CitedAt, Document, DocumentKind, Note, PartialDate, Precision, Sensitivity
from dossier.store.schema import documents, notes, sources, works


@dataclass
class DocumentFilter:
    kind: str | None = None
    source_id: int | None = None
    max_sensitivity: Sensitivity = Sensitivity.CONFIDENTIAL
    ids: list[int] | None = None
    limit: int | None = None
    offset: int = 0


def insert(conn: Connection, source_id: int, seq: int, doc: Document) -> int:
    date = doc.date
    doc_id = conn.execute(
        documents.insert().values(
            source_id=source_id,
            seq=seq,
            title=doc.title,
            kind=str(doc.kind),
            authors=[a.to_dict() for a in doc.authors],
            date_text=date.text if date else None,
            date_value=date.value if date else None,
            date_end=date.end_value if date else None,
            date_precision=str(date.precision) if date else None,
            language=doc.language,
            span_start=doc.span_start,
            span_end=doc.span_end,
            sensitivity=str(doc.sensitivity),
            text=doc.text,
        )
    ).inserted_primary_key[0]
    if doc.notes:
        conn.execute(notes.insert(), [_note_row(conn, doc_id, note) for note in doc.notes])
    return doc_id


def _note_row(conn: Connection, doc_id: int, note: Note) -> dict:
    return dict(
        document_id=doc_id,
        marker=note.marker,
        text=note.text,
        start=note.start,
        end=note.end,
        urls=note.urls,
        un_symbols=note.un_symbols,
        authors=note.authors,
        title=note.title,
        date=note.date,
        pages=note.pages,
        resolves_to=note.resolves_to,
        cited_at=[c.to_dict() for c in note.cited_at],
        work_id=_work_id(conn, note) if note.work_key else None,
    )


def _work_id(conn: Connection, note: Note) -> int:
    """Notes that cite the same work share one work row."""
    found = conn.execute(select(works.c.id).where(works.c.key == note.work_key)).scalar()
    if found is not None:
        return found
    return conn.execute(
        works.insert().values(
            key=note.work_key,
            title=note.title,
            url=note.urls[0] if note.urls else None,
            un_symbol=note.un_symbols[0] if note.un_symbols else None,
        )
    ).inserted_primary_key[0]


def get(conn: Connection, doc_id: int, *, with_text: bool = True) -> Document | None:
    row = conn.execute(_select().where(documents.c.id == doc_id)).first()
    if row is None:
        return None
    doc = _document(row, with_text)
    doc.notes = notes_of(conn, doc_id)
    return doc


def list_documents(conn: Connection, flt: DocumentFilter | None = None) -> list[Document]:
    flt = flt or DocumentFilter()
    query = _filtered(_select(), flt).order_by(documents.c.id).offset(flt.offset)
    if flt.limit is not None:
        query = query.limit(flt.limit)
    return [_document(row, with_text=False) for row in conn.execute(query)]


def _filtered(query, flt: DocumentFilter):  # type: ignore[no-untyped-def]
    if flt.kind:
        query = query.where(documents.c.kind == flt.kind)
    if flt.source_id is not None:
        query = query.where(documents.c.source_id == flt.source_id)
    if flt.ids is not None:
        query = query.where(documents.c.id.in_(flt.ids))
    allowed = [str(s) for s in Sensitivity if s.rank <= flt.max_sensitivity.rank]
    return query.where(documents.c.sensitivity.in_(allowed))


def note_counts(conn: Connection, doc_ids: list[int]) -> dict[int, int]:
    query = (
        select(notes.c.document_id, func.count())
        .where(notes.c.document_id.in_(doc_ids))
        .group_by(notes.c.document_id)
    )
    return {doc_id: n for doc_id, n in conn.execute(query)}


def notes_of(conn: Connection, doc_id: int) -> list[Note]:
    query = (
        select(notes, works.c.key.label("work_key"))
        .select_from(notes.outerjoin(works, notes.c.work_id == works.c.id))
        .where(notes.c.document_id == doc_id)
        .order_by(notes.c.start)
    )
    return [
        Note(
            marker=r.marker,
            text=r.text,
            start=r.start,
            end=r.end,
            urls=r.urls,
            un_symbols=r.un_symbols,
            authors=r.authors,
            title=r.title,
            date=r.date,
            pages=r.pages,
            resolves_to=r.resolves_to,
            cited_at=[CitedAt(**c) for c in r.cited_at],
            work_key=r.work_key,
            id=r.id,
        )
        for r in conn.execute(query)
    ]


def ids_of_source(conn: Connection, source_id: int) -> list[int]:
    query = select(documents.c.id).where(documents.c.source_id == source_id).order_by(documents.c.seq)
    return list(conn.execute(query).scalars())


def all_ids(conn: Connection) -> list[int]:
    return list(conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars())


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(documents)).scalar_one()


def _select():  # type: ignore[no-untyped-def]
    return select(documents, sources.c.sha256.label("source_sha256")).select_from(
        documents.join(sources, documents.c.source_id == sources.c.id)
    )


def _document(row, with_text: bool) -> Document:  # type: ignore[no-untyped-def]
    date = None
    if row.date_precision:
        date = PartialDate(
            text=row.date_text or "",
            value=row.date_value,
            precision=Precision(row.date_precision),
            end_value=row.date_end,
        )
    return Document(
        title=row.title,
        text=row.text if with_text else "",
        kind=DocumentKind(row.kind),
        authors=[Author(**a) for a in row.authors],
        date=date,
        language=row.language,
        span_start=row.span_start,
        span_end=row.span_end,
        source_sha256=row.source_sha256,
        sensitivity=Sensitivity(row.sensitivity),
        id=row.id,
    )


# --- reads for the web app -------------------------------------------------------------


def count_matching(conn: Connection, flt: DocumentFilter) -> int:
    """How many documents ``list_documents`` would return without limit and offset."""
    return conn.execute(_filtered(select(func.count()).select_from(documents), flt)).scalar_one()


def visible_ids(conn: Connection, max_sensitivity: Sensitivity) -> list[int]:
    """Ids of the documents a reader cleared up to ``max_sensitivity`` may see."""
    allowed = [str(s) for s in Sensitivity if s.rank <= max_sensitivity.rank]
    query = select(documents.c.id).where(documents.c.sensitivity.in_(allowed)).order_by(documents.c.id)
    return list(conn.execute(query).scalars())


def titles(conn: Connection, doc_ids: list[int]) -> dict[int, str]:
    query = select(documents.c.id, documents.c.title).where(documents.c.id.in_(doc_ids))
    return {doc_id: title for doc_id, title in conn.execute(query)}
