"""From a parsed query and its filters to the index's match tree, dates and highlights.

Words go to the ``text`` column as quoted tokens, Hangul to the ``ko`` column as gram
phrases, filters to the ``tags`` column as tag tokens (``dossier.search.tags``). Words
that name an entity are widened to the entity and its spellings. Date filters narrow
the whole query, so they may not stand inside OR or NOT; a closed range also becomes
year tags, so the engine skips passages of other years before any row is read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import Connection

from dossier.errors import QueryError
from dossier.extract.gazetteer import Gazetteer
from dossier.resolve import alias_key as name_key
from dossier.search import korean, tags
from dossier.search.expand import expand
from dossier.search.query import And, DateRange, Field, Node, Not, Or, Term, parse_date_range
from dossier.search.results import ALL_SENSITIVITIES, SearchQuery
from dossier.search.snippets import Highlights
from dossier.store import entities
from dossier.store.search_index import All, Any_, DateBounds, Match, Phrase, Without

MAX_YEAR_TAGS = 60
_LATIN_TOKEN = re.compile(r"[^\W_]+")
_NOTHING = Phrase("tags", (tags.tag(tags.ENTITY, 0),))  # entity ids start at 1: matches no row


@dataclass
class Plan:
    match: Match
    dates: DateBounds | None
    highlights: Highlights = field(default_factory=Highlights)


def build(conn: Connection, tree: Node | None, query: SearchQuery) -> Plan:
    """The plan of ``query``; raises QueryError when there is nothing to look for."""
    builder = _Builder(conn)
    conjuncts = list(tree.children) if isinstance(tree, And) else [tree] if tree is not None else []
    dates = _dates(conjuncts, query)
    conjuncts = [c for c in conjuncts if not (isinstance(c, Field) and c.name == "date")]
    positives = [builder.node(c) for c in conjuncts if not isinstance(c, Not)]
    negatives = [builder.negated(c.child) for c in conjuncts if isinstance(c, Not)]
    positives += _filters(builder, query, dates)
    if not positives:
        if negatives:
            raise QueryError("query: NOT or '-' needs something to exclude from: add a word or a filter")
        raise QueryError("query: empty; give words to search for or a filter such as kind:testimony")
    keep = positives[0] if len(positives) == 1 else All(tuple(positives))
    match = Without(keep, _any(negatives)) if negatives else keep
    return Plan(match, DateBounds(dates.start, dates.end) if dates else None, builder.highlights)


class _Builder:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.highlights = Highlights()
        self.negating = 0

    def node(self, node: Node) -> Match:
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Field):
            return self.field(node)
        if isinstance(node, Or):
            return _any([self.node(c) for c in node.children])
        if isinstance(node, Not):
            raise QueryError("query: NOT or '-' cannot stand alone inside OR; combine it with a word using AND")
        positives = [self.node(c) for c in node.children if not isinstance(c, Not)]
        negatives = [self.negated(c.child) for c in node.children if isinstance(c, Not)]
        if not positives:
            raise QueryError("query: NOT or '-' needs something to exclude from inside parentheses")
        keep = positives[0] if len(positives) == 1 else All(tuple(positives))
        return Without(keep, _any(negatives)) if negatives else keep

    def negated(self, node: Node) -> Match:
        self.negating += 1
        try:
            return self.node(node)
        finally:
            self.negating -= 1

    def term(self, term: Term) -> Match:
        text = unicodedata.normalize("NFC", term.text)
        if not self.negating:
            self.highlights.add(text, prefix=term.prefix)
        written = words_match(text, prefix=term.prefix)
        if term.prefix or len(name_key(text)) < 2:
            return written
        found = expand(self.conn, text)
        if not found.entity_ids and not found.spellings:
            return written
        if not self.negating:
            for spelling in found.spellings:
                self.highlights.add(spelling)
        if found.entity_ids:
            # Passages whose mentions were resolved to the entity: one tag term each. The
            # other spellings as text phrases would cost position checks over every
            # passage holding their words (170 ms for `북한` at 1M) and find the same.
            return _any([written, *(Phrase("tags", (tags.tag(tags.ENTITY, i),)) for i in found.entity_ids)])
        return _any([written, *(words_match(s) for s in found.spellings)])

    def field(self, node: Field) -> Match:
        if node.name == "date":
            raise QueryError(f"query: date: at column {node.column} narrows the whole query; it cannot stand inside OR or NOT")
        return field_match(self.conn, node.name, node.value)


def words_match(text: str, prefix: bool = False) -> Match:
    """Words (one, or a phrase) as written: Latin tokens in ``text``, Hangul as grams in ``ko``."""
    parts: list[Match] = []
    latin = _LATIN_TOKEN.findall(korean.HANGUL_RUN.sub(" ", text))
    if latin:
        parts.append(Phrase("text", tuple(latin), prefix=prefix and not korean.has_hangul(text[-1:])))
    hangul = korean.runs(text)
    if hangul:
        grams, gram_prefix = korean.query_tokens(hangul)
        parts.append(Phrase("ko", tuple(grams), prefix=gram_prefix))
    if not parts:
        raise QueryError(f"query: {text!r} has no letters or digits to search for")
    return parts[0] if len(parts) == 1 else All(tuple(parts))


def field_match(conn: Connection, name: str, value: str) -> Match:
    """The tag match of one filter (``kind``, ``author``, ``entity``, ``type``, ``place``)."""
    if name == "kind":
        return Phrase("tags", (tags.tag(tags.KIND, value),))
    if name == "entity":
        return Phrase("tags", (tags.tag(tags.ENTITY, int(value)),))
    if name == "type":
        return Phrase("tags", (tags.tag(tags.INCIDENT_TYPE, value.strip()),))
    if name == "author":
        return _author(value)
    return _place(conn, value)


def _author(value: str) -> Match:
    whole = Phrase("tags", (tags.tag(tags.AUTHOR, tags.name_key(value)),))
    words = value.split()
    if len(words) > 1:
        return whole
    return _any([whole, Phrase("tags", (tags.tag(tags.AUTHOR_WORD, tags.name_key(value)),))])


def _place(conn: Connection, value: str) -> Match:
    """A place by entity id, alias or gazetteer name; a place nobody knows matches nothing."""
    if value.strip().isdigit():
        ids = {int(value)}
    else:
        entry = Gazetteer.load().lookup(value)
        names = [value, *(entry.names() if entry else [])]
        ids = {i for name in names for i in entities.by_alias_key(conn, name_key(name))}
    if not ids:
        return _NOTHING
    return _any([Phrase("tags", (tags.tag(tags.PLACE, i),)) for i in sorted(ids)])


def _filters(builder: _Builder, query: SearchQuery, dates: DateRange | None) -> list[Match]:
    found: list[Match] = []
    if query.kind:
        found.append(_any([field_match(builder.conn, "kind", k) for k in query.kind]))
    for name, value in (("author", query.author), ("type", query.incident_type), ("place", query.place)):
        if value:
            found.append(field_match(builder.conn, name, value))
    if query.entity is not None:
        found.append(field_match(builder.conn, "entity", str(query.entity)))
    if set(ALL_SENSITIVITIES) - set(query.sensitivities):
        found.append(_any([Phrase("tags", (tags.tag(tags.SENSITIVITY, s),)) for s in sorted(query.sensitivities)]))
    if dates and dates.start and dates.end and int(dates.end[:4]) - int(dates.start[:4]) < MAX_YEAR_TAGS:
        years = range(int(dates.start[:4]), int(dates.end[:4]) + 1)
        found.append(_any([Phrase("tags", (tags.tag(tags.YEAR, y),)) for y in years]))
    return found


def _dates(conjuncts: list[Node], query: SearchQuery) -> DateRange | None:
    """The intersection of the date fields in the query and the caller's date bounds."""
    ranges = [parse_date_range(c.value, f"query: date: at column {c.column}") for c in conjuncts if isinstance(c, Field) and c.name == "date"]
    if query.date_from or query.date_to:
        ranges.append(parse_date_range(f"{query.date_from or ''}..{query.date_to or ''}", "date filter"))
    if not ranges:
        return None
    starts = [r.start for r in ranges if r.start]
    ends = [r.end for r in ranges if r.end]
    return DateRange(max(starts) if starts else None, min(ends) if ends else None)


def _any(parts: list[Match]) -> Match:
    return parts[0] if len(parts) == 1 else Any_(tuple(parts))
