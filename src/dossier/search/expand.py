"""Entity-aware search: a word that names an entity also finds its other spellings.

"Hamheung", "Hamhŭng" and 함흥 are one city. When a query word or phrase is an alias
of an entity in the store (same alias key) or a name the gazetteer knows, the search
also looks for the passages whose mentions were resolved to that entity, and for every
other spelling of it in the text. Protected names are never expanded (a protected
entity, or any name the witness redaction would hide): finding the passages about a
witness from their true name would confirm who the pseudonym stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection

from dossier.access.redaction import matcher
from dossier.extract.gazetteer import Gazetteer
from dossier.resolve import alias_key as name_key
from dossier.store import entities

MAX_SPELLINGS = 40


@dataclass
class Expansion:
    entity_ids: list[int] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)  # other names, to match in the text


def expand(conn: Connection, words: str) -> Expansion:
    """The entities ``words`` names and all their spellings; empty when it names none."""
    redactor = matcher(conn)
    if redactor.finds(words):
        return Expansion()
    entry = Gazetteer.load().lookup(words)
    names = entry.names() if entry else []
    keys = {name_key(words), *(name_key(name) for name in names)} - {""}
    found = Expansion()
    for entity_id in sorted({i for key in keys for i in entities.by_alias_key(conn, key)}):
        entity = entities.get(conn, entity_id)
        if entity is None or entity.protected or any(redactor.finds(a.name) for a in [entity, *entity.aliases]):
            continue
        found.entity_ids.append(entity_id)
        names.extend([entity.name, *(alias.name for alias in entity.aliases)])
    found.spellings = _distinct(names, skip=name_key(words))
    return found


def _distinct(names: list[str], skip: str) -> list[str]:
    seen = {skip}
    kept = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            kept.append(name)
    return kept[:MAX_SPELLINGS]
