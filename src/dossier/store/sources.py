"""Reads and writes of sources: one row per original file."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from dossier.model import ExtractedText, Sensitivity, Source
from dossier.store.schema import sources


def insert(conn: Connection, source: Source, extracted: ExtractedText, parent_id: int | None = None) -> int:
    return conn.execute(
        sources.insert().values(
            sha256=source.sha256,
            hash_algorithm=source.hash_algorithm,
            size=source.size,
            media_type=source.media_type,
            filename=source.filename,
            acquired_at=source.acquired_at,
            acquired_by=source.acquired_by,
            origin=source.origin,
            language=source.language,
            sensitivity=str(source.sensitivity),
            parent_id=parent_id,
            text=extracted.text,
            pages=[p.to_dict() for p in extracted.pages],
            metadata=extracted.metadata,
        )
    ).inserted_primary_key[0]


def by_sha(conn: Connection, sha256: str) -> Source | None:
    row = conn.execute(select(sources).where(sources.c.sha256 == sha256)).first()
    return _source(conn, row) if row else None


def get(conn: Connection, source_id: int) -> Source | None:
    row = conn.execute(select(sources).where(sources.c.id == source_id)).first()
    return _source(conn, row) if row else None


def list_all(conn: Connection, *, limit: int | None = None, offset: int = 0) -> list[Source]:
    query = select(sources).order_by(sources.c.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_source(conn, row) for row in conn.execute(query)]


def hashes(conn: Connection) -> list[str]:
    return list(conn.execute(select(sources.c.sha256).order_by(sources.c.id)).scalars())


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(sources)).scalar_one()


def _source(conn: Connection, row) -> Source:  # type: ignore[no-untyped-def]
    parent = None
    if row.parent_id is not None:
        parent = conn.execute(select(sources.c.sha256).where(sources.c.id == row.parent_id)).scalar()
    return Source(
        sha256=row.sha256,
        size=row.size,
        media_type=row.media_type,
        filename=row.filename,
        acquired_at=row.acquired_at,
        acquired_by=row.acquired_by,
        origin=row.origin,
        language=row.language,
        sensitivity=Sensitivity(row.sensitivity),
        parent_sha256=parent,
        hash_algorithm=row.hash_algorithm,
        id=row.id,
    )


def list_visible(
    conn: Connection, max_sensitivity: Sensitivity, *, limit: int | None = None, offset: int = 0
) -> list[Source]:
    """Sources up to ``max_sensitivity``, oldest first (the web app's list)."""
    allowed = [str(s) for s in Sensitivity if s.rank <= max_sensitivity.rank]
    query = select(sources).where(sources.c.sensitivity.in_(allowed)).order_by(sources.c.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_source(conn, row) for row in conn.execute(query)]


def count_visible(conn: Connection, max_sensitivity: Sensitivity) -> int:
    allowed = [str(s) for s in Sensitivity if s.rank <= max_sensitivity.rank]
    return conn.execute(select(func.count()).select_from(sources).where(sources.c.sensitivity.in_(allowed))).scalar_one()
