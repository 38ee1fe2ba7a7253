"""Reads the exporters need that no screen does: every entity of a set of documents with
the spellings seen there, mention counts per document, and the ledger entries about a
set of originals.

Each read is cut to ``document_ids`` (the documents the reader may see), so nothing
from a hidden document reaches an export through an alias.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, or_, select

from dossier.model import Alias, Entity, LedgerEntry
from dossier.store.ledger import entries
from dossier.store.schema import aliases, entities, mentions


def entity_mentions(conn: Connection, document_ids: list[int]) -> list[tuple[int, int, int]]:
    """(entity id, document id, number of mentions) for every resolved mention in the documents."""
    query = (
        select(mentions.c.entity_id, mentions.c.document_id, func.count())
        .where(mentions.c.document_id.in_(document_ids), mentions.c.entity_id.is_not(None))
        .group_by(mentions.c.entity_id, mentions.c.document_id)
        .order_by(mentions.c.entity_id, mentions.c.document_id)
    )
    return [tuple(row) for row in conn.execute(query)]  # type: ignore[misc]


def entities_in(conn: Connection, document_ids: list[int]) -> list[Entity]:
    """Entities mentioned in the documents, each with the alias spellings seen in them."""
    mentioned = select(mentions.c.entity_id).where(mentions.c.document_id.in_(document_ids))
    found = {
        row.id: Entity(kind=row.kind, name=row.name, attributes=row.attributes, protected=row.protected, id=row.id)
        for row in conn.execute(select(entities).where(entities.c.id.in_(mentioned)).order_by(entities.c.id))
    }
    seen_here = or_(aliases.c.document_id.is_(None), aliases.c.document_id.in_(document_ids))
    query = (
        select(aliases.c.entity_id, aliases.c.name, func.min(aliases.c.reason))
        .where(aliases.c.entity_id.in_(list(found)), seen_here)
        .group_by(aliases.c.entity_id, aliases.c.name)
        .order_by(aliases.c.entity_id, aliases.c.name)
    )
    for entity_id, name, reason in conn.execute(query):
        found[entity_id].aliases.append(Alias(name, reason=reason))
    return list(found.values())


def ledger_about(conn: Connection, subjects: set[str]) -> list[LedgerEntry]:
    """The ledger entries whose subject is one of ``subjects`` (e.g. the originals' SHA-256)."""
    return [entry for entry in entries(conn) if entry.subject in subjects]
