"""Who appears with whom: an entity graph built from co-mentions and incidents.

Two entities named in one sentence are linked ``co_mention``. Inside an asserted
incident, an entity named in a perpetrator's words is linked to one named in a victim's
words (``perpetrator_victim``, directed), and an organisation to the places and
facilities the incident names (``org_place``, ``org_facility``). An edge's weight is
the number of distinct spans that show it; each span is kept as evidence, so the web
page and the GraphML export can open every link at its exact words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import Connection

from dossier.extract.sentences import sentences
from dossier.model import Party, Record
from dossier.store import analysis, annotations
from dossier.store.analysis import EntityMention, SpanEntity
from dossier.store.annotations import RecordFilter

MAX_EVIDENCE = 20  # spans kept per edge; the weight still counts all of them


@dataclass
class Node(Record):
    id: int
    name: str
    kind: str
    mentions: int
    protected: bool = False  # a protected person: pseudonymise before showing to a viewer


@dataclass(frozen=True)
class Evidence(Record):
    document_id: int
    start: int
    end: int
    text: str


@dataclass
class Edge(Record):
    source: int
    target: int
    relation: str  # co_mention, perpetrator_victim, org_place, org_facility
    weight: int = 0
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Graph(Record):
    nodes: list[Node]
    edges: list[Edge]

    def node(self, entity_id: int) -> Node | None:
        return next((n for n in self.nodes if n.id == entity_id), None)

    def edges_of(self, entity_id: int) -> list[Edge]:
        return [e for e in self.edges if entity_id in (e.source, e.target)]


class _Edges:
    def __init__(self) -> None:
        self._spans: dict[tuple[int, int, str], dict[Evidence, None]] = defaultdict(dict)

    def add(self, source: int, target: int, relation: str, evidence: Evidence, *, directed: bool = False) -> None:
        if source == target:
            return
        if not directed and source > target:
            source, target = target, source
        self._spans[(source, target, relation)][evidence] = None

    def edges(self) -> list[Edge]:
        found = [
            Edge(source, target, relation, len(spans), list(spans)[:MAX_EVIDENCE])
            for (source, target, relation), spans in self._spans.items()
        ]
        return sorted(found, key=lambda e: (-e.weight, e.source, e.target, e.relation))


def network(conn: Connection, document_ids: list[int] | None = None, *, entity_id: int | None = None) -> Graph:
    """The entity graph of the visible documents, or only the links of ``entity_id``."""
    if entity_id is not None:
        document_ids = analysis.documents_mentioning(conn, entity_id, document_ids)
    mentions = analysis.entity_mentions(conn, document_ids)
    found = _Edges()
    _link_sentences(conn, mentions, found)
    _link_incidents(conn, document_ids, found)
    edges = [e for e in found.edges() if entity_id is None or entity_id in (e.source, e.target)]
    return Graph(nodes=_nodes(conn, mentions, edges, entity_id), edges=edges)


def _link_sentences(conn: Connection, mentions: list[EntityMention], found: _Edges) -> None:
    by_document: dict[int, list[EntityMention]] = defaultdict(list)
    for mention in mentions:
        by_document[mention.document_id].append(mention)
    linked = [doc_id for doc_id, found_here in by_document.items() if len({m.entity_id for m in found_here}) > 1]
    texts = analysis.document_texts(conn, linked)
    for doc_id in linked:
        text = texts[doc_id]
        spans = sentences(text)
        starts = [start for start, _ in spans]
        in_sentence: dict[int, set[int]] = defaultdict(set)
        for mention in by_document[doc_id]:
            index = bisect_right(starts, mention.start) - 1
            if index >= 0 and mention.end <= spans[index][1]:
                in_sentence[index].add(mention.entity_id)
        for index, entity_ids in in_sentence.items():
            start, end = spans[index]
            evidence = Evidence(doc_id, start, end, text[start:end])
            for a, b in combinations(sorted(entity_ids), 2):
                found.add(a, b, "co_mention", evidence)


def _link_incidents(conn: Connection, document_ids: list[int] | None, found: _Edges) -> None:
    incidents = annotations.list_incidents(conn, RecordFilter(document_ids=document_ids, asserted=True))
    named: dict[int, list[SpanEntity]] = defaultdict(list)
    for entity in analysis.incident_entities(conn, [i.id or 0 for i in incidents]):
        named[entity.record_id].append(entity)
    for incident in incidents:
        entities = named.get(incident.id or 0, [])
        evidence = Evidence(incident.document_id or 0, incident.start, incident.end, incident.text)
        for perpetrator in _within(entities, incident.perpetrators):
            for victim in _within(entities, incident.victims):
                found.add(perpetrator, victim, "perpetrator_victim", evidence, directed=True)
        sites = {(e.entity_id, e.kind) for e in entities if e.kind in ("place", "facility")}
        for org in {e.entity_id for e in entities if e.kind == "org"}:
            for site, kind in sites:
                found.add(org, site, f"org_{kind}", evidence, directed=True)


def _within(entities: list[SpanEntity], parties: list[Party]) -> set[int]:
    """Entities named in the words of ``parties`` (or resolved on the party itself); a
    party's words may be part of a longer name ("State Security" in "Ministry of State
    Security"), so overlapping is enough."""
    ids = {p.entity for p in parties if p.entity is not None}
    for party in parties:
        if party.start is not None and party.end is not None:
            ids |= {e.entity_id for e in entities if e.start < party.end and party.start < e.end}
    return ids


def _nodes(conn: Connection, mentions: list[EntityMention], edges: list[Edge], entity_id: int | None) -> list[Node]:
    ids = {e.source for e in edges} | {e.target for e in edges} | ({entity_id} if entity_id is not None else set())
    counts = Counter(m.entity_id for m in mentions)
    entities = analysis.entities_by_id(conn, sorted(ids))
    return [
        Node(e.id or 0, e.name, e.kind, counts.get(e.id or 0, 0), e.protected)
        for e in sorted(entities.values(), key=lambda e: (-counts.get(e.id or 0, 0), e.id or 0))
    ]
