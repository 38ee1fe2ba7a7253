"""The same incident reported by several documents: grouped, with its independent sources.

Incidents are taken to be one reported event (or one ongoing pattern) when they have
the same violation type, name the same place or facility, and their periods overlap
(chains of overlapping periods join: 1997, the 1990s and 1998 are one group). Undated
incidents at a place form a group of their own rather than joining every period.
Incidents naming no place cannot be told apart and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dossier.analyze.periods import Period, period_of
from dossier.analyze.sources import Origin, independent_sources
from dossier.model import Incident, Record


@dataclass
class IncidentRef(Record):
    id: int
    document_id: int
    title: str
    type: str
    text: str
    start: int
    end: int
    date: str | None  # as written
    period: Period | None


@dataclass
class IncidentGroup(Record):
    type: str
    place_id: int
    place: str
    period: Period | None
    incidents: list[IncidentRef]
    documents: int
    independent_sources: int
    not_independent: list[str] = field(default_factory=list)


def group_incidents(
    incidents: list[Incident],
    places: dict[int, list[int]],
    place_names: dict[int, str],
    origins: dict[int, Origin],
    titles: dict[int, str],
    *,
    min_documents: int = 2,
) -> list[IncidentGroup]:
    """Groups of asserted incidents from at least ``min_documents`` documents, best corroborated first."""
    keyed: dict[tuple[str, int], list[Incident]] = defaultdict(list)
    for incident in incidents:
        if incident.asserted and incident.id in origins:
            for place_id in places.get(incident.id or 0, []):
                keyed[(incident.type, place_id)].append(incident)
    groups = []
    for (type_id, place_id), members in keyed.items():
        for cluster in _by_period(members):
            if len({i.document_id for i in cluster}) >= min_documents:
                groups.append(_group(type_id, place_id, place_names.get(place_id, ""), cluster, origins, titles))
    return sorted(groups, key=lambda g: (-g.independent_sources, -g.documents, g.type, g.place))


def _by_period(incidents: list[Incident]) -> list[list[Incident]]:
    periods = [(period_of(i.date), i) for i in incidents]
    dated = sorted(((p, i) for p, i in periods if p is not None), key=lambda pair: pair[0].start)
    clusters: list[list[Incident]] = []
    reach = ""
    for period, incident in dated:
        if clusters and period.start <= reach:
            clusters[-1].append(incident)
            reach = max(reach, period.end)
        else:
            clusters.append([incident])
            reach = period.end
    undated = [i for p, i in periods if p is None]
    return clusters + ([undated] if undated else [])


def _group(
    type_id: str, place_id: int, place: str, cluster: list[Incident], origins: dict[int, Origin], titles: dict[int, str]
) -> IncidentGroup:
    count, reasons = independent_sources([origins[i.id or 0] for i in cluster])
    refs = [incident_ref(i, titles.get(i.document_id or 0, "")) for i in cluster]
    periods = [r.period for r in refs if r.period is not None]
    span = None
    for period in periods:
        span = period if span is None else span.union(period)
    return IncidentGroup(
        type=type_id, place_id=place_id, place=place, period=span, incidents=refs,
        documents=len({i.document_id for i in cluster}), independent_sources=count, not_independent=reasons,
    )


def incident_ref(incident: Incident, title: str) -> IncidentRef:
    """An incident as listed beside others: its words, its document and the days it covers."""
    return IncidentRef(
        id=incident.id or 0, document_id=incident.document_id or 0, title=title,
        type=incident.type, text=incident.text, start=incident.start, end=incident.end,
        date=incident.date.text if incident.date else None, period=period_of(incident.date),
    )
