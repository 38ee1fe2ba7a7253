"""Incidents and dated claims in date order, partial dates shown as the span they cover.

A year is the whole year and a decade the whole decade, so an event "in the 1990s"
starts before one "in 1997" and ends after it; records without a usable date are left
out, since a timeline cannot place them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection

from dossier.analyze.claims import stated
from dossier.analyze.periods import Period, period_between, period_of
from dossier.model import Claim, Incident, Record
from dossier.store import analysis, annotations, documents
from dossier.store.annotations import RecordFilter

_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
R = TypeVar("R", Incident, Claim)


@dataclass
class TimelineEvent(Record):
    kind: str  # incident, claim
    id: int
    document_id: int
    title: str
    period: Period
    date: str  # as written for incidents; the as-of value for claims
    precision: str
    label: str  # the violation type, or the claim's subject, measure and value
    text: str
    start: int
    end: int


def timeline(
    conn: Connection,
    document_ids: list[int] | None = None,
    *,
    entity_ids: list[int] | None = None,
    incident_ids: list[int] | None = None,
) -> list[TimelineEvent]:
    """Dated records of the visible documents: all of them, or those whose span names one
    of ``entity_ids`` plus the incidents ``incident_ids`` (a case's)."""
    incidents, claims = _records(conn, document_ids, entity_ids, incident_ids)
    titles = documents.titles(conn, sorted({r.document_id or 0 for r in [*incidents, *claims]}))
    events = [e for i in incidents if (e := _incident_event(i, titles))]
    events += [e for c in claims if (e := _claim_event(c, titles))]
    return sorted(events, key=lambda e: (e.period.start, e.period.end, e.document_id, e.start))


def _records(
    conn: Connection, document_ids: list[int] | None, entity_ids: list[int] | None, incident_ids: list[int] | None
) -> tuple[list[Incident], list[Claim]]:
    if entity_ids is None and incident_ids is None:
        return _incidents(conn, document_ids), annotations.list_claims(conn, RecordFilter(document_ids=document_ids))
    incidents: dict[int, Incident] = {}
    claims: dict[int, Claim] = {}
    for entity_id in entity_ids or []:
        incidents.update(_by_id(_incidents(conn, document_ids, entity_id)))
        claims.update(_by_id(annotations.list_claims(conn, RecordFilter(document_ids=document_ids, entity_id=entity_id))))
    wanted = set(incident_ids or [])
    if wanted:
        holding = set(analysis.incident_documents(conn, sorted(wanted)).values())
        if document_ids is not None:
            holding &= set(document_ids)
        incidents.update(_by_id(i for i in _incidents(conn, sorted(holding)) if i.id in wanted))
    return list(incidents.values()), list(claims.values())


def _incidents(conn: Connection, document_ids: list[int] | None, entity_id: int | None = None) -> list[Incident]:
    return annotations.list_incidents(conn, RecordFilter(document_ids=document_ids, entity_id=entity_id, asserted=True))


def _by_id(records: Iterable[R]) -> Iterator[tuple[int, R]]:
    return ((r.id or 0, r) for r in records)


def _incident_event(incident: Incident, titles: dict[int, str]) -> TimelineEvent | None:
    period = period_of(incident.date)
    if period is None or incident.date is None:
        return None
    return TimelineEvent(
        kind="incident", id=incident.id or 0, document_id=incident.document_id or 0,
        title=titles.get(incident.document_id or 0, ""), period=period, date=incident.date.text,
        precision=str(incident.date.precision), label=incident.type,
        text=incident.text, start=incident.start, end=incident.end,
    )


def _claim_event(claim: Claim, titles: dict[int, str]) -> TimelineEvent | None:
    period = period_between(claim.as_of)
    if period is None or claim.as_of is None:
        return None
    return TimelineEvent(
        kind="claim", id=claim.id or 0, document_id=claim.document_id or 0,
        title=titles.get(claim.document_id or 0, ""), period=period, date=claim.as_of,
        precision=_PRECISION_BY_LENGTH.get(len(claim.as_of), "day"),
        label=f"{claim.subject} ({claim.measure or 'count'}): {stated(claim)}",
        text=claim.text, start=claim.start, end=claim.end,
    )
