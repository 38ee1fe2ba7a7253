"""Comparing quantitative claims across documents: which agree, which contradict.

Two claims are compared when they have the same topic (``topics``), come from
different documents, are dated within ``AS_OF_YEARS`` of each other, and do not name
different places: if both sentences name places or facilities, they must share one
("120,000 prisoners in North Korea" is not contradicted by "5,000 prisoners in
China"). Values agree when their ranges overlap ("80,000 to 120,000" and "120,000";
"more than 30,000" and "31,000"); otherwise the pair is a contradiction, shown with
both sentences and their sources.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from dossier.analyze.periods import period_between
from dossier.analyze.sources import Origin, dependence, independent_sources
from dossier.analyze.topics import Topic, topic_of
from dossier.model import Claim, Record

# Figures a few years apart may both be right (a camp population changes); beyond this
# gap two figures are history, not disagreement.
AS_OF_YEARS = 2


@dataclass
class ClaimRef(Record):
    """A claim as shown beside others: its words, where they are, and its value."""

    id: int
    document_id: int
    title: str
    text: str
    start: int
    end: int
    subject: str
    measure: str | None
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    as_of: str | None
    stated: str  # the value as a reader would say it: "80,000–120,000", "at least 30,000"


@dataclass
class Agreement(Record):
    """Claims whose values agree, and how many independent sources they amount to."""

    low: float | None
    high: float | None
    claims: list[int]
    documents: list[int]
    independent_sources: int
    not_independent: list[str] = field(default_factory=list)  # why some documents count as one


@dataclass
class Contradiction(Record):
    subject: str
    measure: str
    first: ClaimRef
    second: ClaimRef
    same_source: str | None  # set when the two rest on one source: a copying error, not a dispute


@dataclass
class ClaimGroup(Record):
    """Claims about one topic from several documents, their agreements and contradictions."""

    subject: str
    measure: str
    claims: list[ClaimRef]
    agreements: list[Agreement]
    contradictions: list[Contradiction]

    @property
    def independent_sources(self) -> int:
        """The best-corroborated value's count of independent sources."""
        return max((a.independent_sources for a in self.agreements), default=0)


@dataclass
class _Item:
    claim: Claim
    topic: Topic
    origin: Origin
    places: frozenset[int]
    span: tuple[float, float]


def compare_claims(
    claims: list[Claim], origins: dict[int, Origin], places: dict[int, set[int]], titles: dict[int, str]
) -> list[ClaimGroup]:
    """Groups of comparable claims spanning two or more documents, largest first."""
    by_topic: dict[Topic, list[_Item]] = defaultdict(list)
    for claim in claims:
        item = _item(claim, origins, places)
        if item is not None:
            by_topic[item.topic].append(item)
    groups = [g for items in by_topic.values() for g in _connected(items)]
    built = [_group(items, titles) for items in groups]
    return sorted(built, key=lambda g: (-len(g.claims), g.subject, g.measure))


def value_range(claim: Claim) -> tuple[float, float] | None:
    """The values a claim allows: a point, a range, or open-ended ("at least", "up to")."""
    low, high = claim.low, claim.high
    if low is None and high is None:
        return None if claim.value is None else (claim.value, claim.value)
    return (low if low is not None else 0.0, high if high is not None else math.inf)


def _comparable(a: _Item, b: _Item) -> bool:
    if a.claim.document_id == b.claim.document_id:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    first, second = period_between(a.claim.as_of), period_between(b.claim.as_of)
    return first is None or second is None or first.years_apart(second) <= AS_OF_YEARS


def _item(claim: Claim, origins: dict[int, Origin], places: dict[int, set[int]]) -> _Item | None:
    topic, span = topic_of(claim), value_range(claim)
    if topic is None or span is None or claim.id not in origins:
        return None
    return _Item(claim, topic, origins[claim.id], frozenset(places.get(claim.id or 0, ())), span)


def _connected(items: list[_Item]) -> list[list[_Item]]:
    """Items joined by comparable pairs, keeping only groups from two or more documents."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(items)), 2):
        if _comparable(items[i], items[j]):
            parent[root(i)] = root(j)
    members: dict[int, list[_Item]] = defaultdict(list)
    for i, item in enumerate(items):
        members[root(i)].append(item)
    return [m for m in members.values() if len({i.claim.document_id for i in m}) > 1]


def _group(items: list[_Item], titles: dict[int, str]) -> ClaimGroup:
    refs = {id(i): _ref(i.claim, titles) for i in items}
    contradictions = [
        Contradiction(a.topic.subject, a.topic.measure, refs[id(a)], refs[id(b)], dependence(a.origin, b.origin))
        for a, b in combinations(items, 2)
        if _comparable(a, b) and not _overlap(a.span, b.span)
    ]
    topic = items[0].topic
    agreements = [_agreement(cluster) for cluster in _agreeing(items)]
    return ClaimGroup(topic.subject, topic.measure, list(refs.values()), agreements, contradictions)


def _agreeing(items: list[_Item]) -> list[list[_Item]]:
    """Items whose value ranges overlap, chained in order of their lower bound."""
    clusters: list[list[_Item]] = []
    reach = -math.inf
    for item in sorted(items, key=lambda i: i.span):
        if clusters and item.span[0] <= reach:
            clusters[-1].append(item)
            reach = max(reach, item.span[1])
        else:
            clusters.append([item])
            reach = item.span[1]
    return sorted(clusters, key=len, reverse=True)


def _agreement(cluster: list[_Item]) -> Agreement:
    count, reasons = independent_sources([i.origin for i in cluster])
    low = min(i.span[0] for i in cluster)
    high = max(i.span[1] for i in cluster)
    return Agreement(
        low=low, high=None if math.isinf(high) else high,
        claims=[i.claim.id or 0 for i in cluster],
        documents=sorted({i.claim.document_id or 0 for i in cluster}),
        independent_sources=count, not_independent=reasons,
    )


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _ref(claim: Claim, titles: dict[int, str]) -> ClaimRef:
    return ClaimRef(
        id=claim.id or 0, document_id=claim.document_id or 0, title=titles.get(claim.document_id or 0, ""),
        text=claim.text, start=claim.start, end=claim.end, subject=claim.subject, measure=claim.measure,
        value=claim.value, low=claim.low, high=claim.high, unit=claim.unit, as_of=claim.as_of,
        stated=stated(claim),
    )


def stated(claim: Claim) -> str:
    """The value as a reader would say it."""
    span = value_range(claim)
    if span is None:
        return ""
    low, high = span
    if low == high:
        return _number(low)
    if math.isinf(high):
        return f"at least {_number(low)}"
    if claim.low is None:
        return f"up to {_number(high)}"
    return f"{_number(low)}–{_number(high)}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
