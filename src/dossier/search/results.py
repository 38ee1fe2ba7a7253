"""What a search asks for and what it answers: the shapes the CLI and the API print."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from dossier.model import Sensitivity

ALL_SENSITIVITIES = [s.value for s in Sensitivity]
FACETS = ("kind", "year", "author", "incident_type", "place", "entity", "sensitivity")


@dataclass
class SearchQuery:
    """A query in the query language plus filters given outside it (API parameters, CLI options).

    ``sensitivities`` are the levels the reader may see; the access layer fills it in,
    and nothing of a level outside it is counted, ranked or shown.
    """

    text: str
    kind: list[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    author: str | None = None
    entity: int | None = None
    incident_type: str | None = None
    place: str | None = None
    sensitivities: list[str] = field(default_factory=lambda: list(ALL_SENSITIVITIES))
    sort: Literal["relevance", "date"] = "relevance"
    limit: int = 20
    offset: int = 0
    facets: bool = True
    exact_facets: bool = False  # count facets exactly even over a very broad match (slower)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Hit:
    """One passage, note or entity found; ``snippet`` is HTML-escaped with <mark> around matches."""

    document_id: int | None
    title: str
    kind: str | None
    date: str | None
    passage_start: int | None
    passage_end: int | None
    snippet: str
    score: float
    source: Literal["passage", "note", "entity"]
    note_marker: str | None = None
    entity_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResults:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    query: str
    took_ms: float
    facets_approximate: bool = False  # counted on a sample of a very broad match and scaled up

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": self.facets,
            "facets_approximate": self.facets_approximate,
            "query": self.query,
            "took_ms": self.took_ms,
        }
