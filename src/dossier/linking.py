"""Run the resolver over stored documents and write back what it decided.

The one bridge between ``resolve.Resolver`` (which knows no database) and the store: it
reads entities, aliases, overrides and mentions through the store's functions, and
writes new entities, their aliases with the reason for each merge, and each mention's
entity. The repository calls it inside the transaction that stored the documents.
"""

from __future__ import annotations

from sqlalchemy import Connection

from dossier.resolve import DocumentMentions, Override, Resolution, Resolver, alias_key
from dossier.store import annotations, documents, entities


def link_documents(conn: Connection, doc_ids: list[int]) -> Resolution:
    """Resolve the mentions of ``doc_ids`` against every stored entity, and store the result."""
    overrides = [Override(entity_id, rule, name=key) for key, entity_id, rule in entities.list_overrides(conn)]
    resolver = Resolver(entities.all_with_aliases(conn), overrides)
    resolution = resolver.resolve(_document_mentions(conn, doc_id) for doc_id in doc_ids)
    for entity in resolution.new_entities:
        entity.id = entities.insert(conn, entity)
    for entity, alias in resolution.new_aliases():
        entities.add_alias(conn, entity.id or 0, alias, alias_key(alias.name))
    annotations.set_mention_entities(
        conn, {p.mention.id: p.entity.id for p in resolution.placements if p.mention.id is not None and p.entity.id}
    )
    return resolution


def _document_mentions(conn: Connection, doc_id: int) -> DocumentMentions:
    found = annotations.mentions_of(conn, doc_id)
    document = documents.get(conn, doc_id)
    return DocumentMentions.read(doc_id, document.text if document else "", found)
