"""Reads and writes of entities, their aliases, and people's merge/split overrides."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select, update

from dossier.model import Alias, Entity
from dossier.store.ledger import now
from dossier.store.schema import aliases, entities, mentions, overrides


def insert(conn: Connection, entity: Entity) -> int:
    return conn.execute(
        entities.insert().values(
            kind=entity.kind, name=entity.name, attributes=entity.attributes, protected=entity.protected
        )
    ).inserted_primary_key[0]


def add_alias(conn: Connection, entity_id: int, alias: Alias, key: str) -> None:
    conn.execute(
        aliases.insert().values(
            entity_id=entity_id, name=alias.name, key=key, document_id=alias.document_id,
            start=alias.start, end=alias.end, reason=alias.reason,
        )
    )


def get(conn: Connection, entity_id: int) -> Entity | None:
    row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
    if row is None:
        return None
    entity = _entity(row)
    entity.aliases = aliases_of(conn, entity_id)
    return entity


def aliases_of(conn: Connection, entity_id: int) -> list[Alias]:
    query = select(aliases).where(aliases.c.entity_id == entity_id).order_by(aliases.c.id)
    return [Alias(r.name, r.document_id, r.start, r.end, r.reason) for r in conn.execute(query)]


def list_entities(
    conn: Connection, *, kind: str | None = None, limit: int | None = None, offset: int = 0
) -> list[Entity]:
    query = select(entities).order_by(entities.c.id).offset(offset)
    if kind:
        query = query.where(entities.c.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    return [_entity(r) for r in conn.execute(query)]


def all_with_aliases(conn: Connection) -> list[Entity]:
    """Every entity with its distinct alias names: what the resolver compares against."""
    found = {r.id: _entity(r) for r in conn.execute(select(entities))}
    query = select(aliases.c.entity_id, aliases.c.name, func.min(aliases.c.reason)).group_by(
        aliases.c.entity_id, aliases.c.name
    )
    for entity_id, name, reason in conn.execute(query):
        found[entity_id].aliases.append(Alias(name, reason=reason))
    return list(found.values())


def by_alias_key(conn: Connection, key: str) -> list[int]:
    return list(conn.execute(select(aliases.c.entity_id).where(aliases.c.key == key).distinct()).scalars())


def mention_counts(conn: Connection, entity_ids: list[int]) -> dict[int, int]:
    query = (
        select(mentions.c.entity_id, func.count())
        .where(mentions.c.entity_id.in_(entity_ids))
        .group_by(mentions.c.entity_id)
    )
    return {e: n for e, n in conn.execute(query)}


def merge(conn: Connection, keep_id: int, gone_id: int, actor: str) -> None:
    """Fold entity ``gone_id`` into ``keep_id`` and remember it for re-extraction."""
    for name_key in _alias_keys(conn, gone_id):
        _override(conn, name_key, keep_id, "must", actor)
    conn.execute(update(aliases).where(aliases.c.entity_id == gone_id).values(entity_id=keep_id))
    conn.execute(update(mentions).where(mentions.c.entity_id == gone_id).values(entity_id=keep_id))
    conn.execute(update(overrides).where(overrides.c.entity_id == gone_id).values(entity_id=keep_id))
    conn.execute(update(entities).where(entities.c.id == keep_id).values(reviewed=True))
    conn.execute(delete(entities).where(entities.c.id == gone_id))


def split(conn: Connection, entity_id: int, name_key: str, new_entity: Entity, actor: str) -> int:
    """Move every alias with ``name_key`` (and its mentions) out into a new entity."""
    new_id = insert(conn, new_entity)
    moved = select(aliases.c.document_id, aliases.c.start).where(
        aliases.c.entity_id == entity_id, aliases.c.key == name_key
    )
    for doc_id, start in conn.execute(moved).all():
        conn.execute(
            update(mentions)
            .where(mentions.c.document_id == doc_id, mentions.c.start == start, mentions.c.entity_id == entity_id)
            .values(entity_id=new_id)
        )
    conn.execute(
        update(aliases).where(aliases.c.entity_id == entity_id, aliases.c.key == name_key).values(entity_id=new_id)
    )
    _override(conn, name_key, entity_id, "must_not", actor)
    _override(conn, name_key, new_id, "must", actor)
    conn.execute(update(entities).where(entities.c.id.in_([entity_id, new_id])).values(reviewed=True))
    return new_id


def list_overrides(conn: Connection) -> list[tuple[str, int, str]]:
    """(name key, entity id, "must" | "must_not") for every correction people made."""
    query = select(overrides.c.name_key, overrides.c.entity_id, overrides.c.rule).order_by(overrides.c.id)
    return [tuple(r) for r in conn.execute(query)]  # type: ignore[misc]


def drop_unreviewed_orphans(conn: Connection) -> None:
    """Remove machine-made entities that no mention or alias points to any more."""
    used = select(aliases.c.entity_id)
    conn.execute(delete(entities).where(entities.c.reviewed.is_(False), entities.c.id.not_in(used)))


def clear_document_aliases(conn: Connection, doc_id: int) -> None:
    conn.execute(delete(aliases).where(aliases.c.document_id == doc_id))


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(entities)).scalar_one()


def _alias_keys(conn: Connection, entity_id: int) -> list[str]:
    return list(conn.execute(select(aliases.c.key).where(aliases.c.entity_id == entity_id).distinct()).scalars())


def _override(conn: Connection, name_key: str, entity_id: int, rule: str, actor: str) -> None:
    conn.execute(overrides.insert().values(name_key=name_key, entity_id=entity_id, rule=rule, actor=actor, time=now()))


def _entity(r) -> Entity:  # type: ignore[no-untyped-def]
    return Entity(kind=r.kind, name=r.name, attributes=r.attributes, protected=r.protected, id=r.id)


# --- reads for the web app -------------------------------------------------------------


def mentioned(
    conn: Connection,
    document_ids: list[int] | None,
    *,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[Entity, int]]:
    """Entities mentioned in ``document_ids`` (None: anywhere) with their mention counts, most mentioned first."""
    counted = select(mentions.c.entity_id, func.count().label("n")).where(mentions.c.entity_id.is_not(None))
    if document_ids is not None:
        counted = counted.where(mentions.c.document_id.in_(document_ids))
    counted = counted.group_by(mentions.c.entity_id).subquery()
    query = (
        select(entities, counted.c.n)
        .select_from(entities.join(counted, counted.c.entity_id == entities.c.id))
        .order_by(counted.c.n.desc(), entities.c.id)
        .offset(offset)
    )
    if kind:
        query = query.where(entities.c.kind == kind)
    if limit is not None:
        query = query.limit(limit)
    return [(_entity(r), r.n) for r in conn.execute(query)]


def appearances(
    conn: Connection, entity_id: int, document_ids: list[int] | None, *, limit: int = 200
) -> list[tuple[int, int, int, str]]:
    """Where the entity is mentioned: (document id, start, end, text as written)."""
    query = (
        select(mentions.c.document_id, mentions.c.start, mentions.c.end, mentions.c.text)
        .where(mentions.c.entity_id == entity_id)
        .order_by(mentions.c.document_id, mentions.c.start)
        .limit(limit)
    )
    if document_ids is not None:
        query = query.where(mentions.c.document_id.in_(document_ids))
    return [tuple(r) for r in conn.execute(query)]  # type: ignore[misc]


def count_mentioned(conn: Connection, document_ids: list[int] | None) -> int:
    """How many entities ``mentioned`` would list (without kind, limit or offset)."""
    query = select(func.count(mentions.c.entity_id.distinct())).where(mentions.c.entity_id.is_not(None))
    if document_ids is not None:
        query = query.where(mentions.c.document_id.in_(document_ids))
    return conn.execute(query).scalar_one()
