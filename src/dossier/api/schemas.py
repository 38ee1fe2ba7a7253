"""The JSON shapes of the API, as pydantic models, so /openapi.json states them exactly.

They mirror ``model.py`` field for field (``Record.to_dict()`` fits them); the API
builds them with ``Model.model_validate(record.to_dict())``.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorOut(BaseModel):
    error: str = Field(description="One line naming the field, file or record at fault and why.")


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last page.")


class DocumentPage(Page["DocumentSummaryOut"]):
    total: int


class SourceOut(BaseModel):
    id: int | None
    sha256: str
    size: int
    media_type: str
    filename: str
    acquired_at: str
    acquired_by: str
    origin: str
    language: str | None
    sensitivity: str
    parent_sha256: str | None
    hash_algorithm: str


class AuthorOut(BaseModel):
    name: str
    role: str
    pseudonym: bool


class DocumentHeadOut(BaseModel):
    """What a list of documents and one document both show."""

    id: int
    title: str
    authors: list[AuthorOut]
    date: str | None
    date_precision: str | None
    kind: str
    language: str | None
    sensitivity: str
    sha256: str


class DocumentSummaryOut(DocumentHeadOut):
    notes: int


class CitedAtOut(BaseModel):
    start: int
    end: int
    sentence: str


class NoteOut(BaseModel):
    id: int | None
    marker: str
    text: str
    start: int
    end: int
    urls: list[str]
    un_symbols: list[str]
    authors: list[str]
    title: str | None
    date: str | None
    pages: str | None
    resolves_to: str | None
    cited_at: list[CitedAtOut]
    work_key: str | None


class MentionOut(BaseModel):
    id: int | None
    text: str
    label: str
    start: int
    end: int
    extractor: str
    confidence: float
    canonical: str | None
    entity: int | None


class DocumentOut(DocumentHeadOut):
    text: str
    notes: list[NoteOut]
    mentions: list[MentionOut]


class PartialDateOut(BaseModel):
    text: str
    value: str | None
    precision: str
    start: int | None
    end: int | None
    end_value: str | None
    extractor: str


class PartyOut(BaseModel):
    text: str
    start: int | None
    end: int | None
    count: float | None
    entity: int | None


class IncidentOut(BaseModel):
    id: int | None
    document_id: int | None
    type: str
    text: str
    start: int
    end: int
    asserted: bool
    modality: str
    place: str | None
    date: PartialDateOut | None
    perpetrators: list[PartyOut]
    victims: list[PartyOut]
    legal: list[str]
    extractor: str
    status: str


class ClaimOut(BaseModel):
    id: int | None
    document_id: int | None
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
    notes: list[str]
    extractor: str


class RecommendationOut(BaseModel):
    id: int | None
    document_id: int | None
    by: str | None
    to: str | None
    action: str
    text: str
    start: int
    end: int
    item: str | None
    date: str | None
    status: str
    extractor: str


class AliasOut(BaseModel):
    name: str
    document_id: int | None
    start: int | None
    end: int | None
    reason: str


class EntitySummaryOut(BaseModel):
    id: int
    kind: str
    name: str
    attributes: dict[str, Any]
    mentions: int


class SeenOut(BaseModel):
    document_id: int
    title: str
    start: int
    end: int
    text: str


class EvidenceOut(BaseModel):
    document_id: int
    start: int
    end: int
    text: str


class RelatedOut(BaseModel):
    id: int
    kind: str
    name: str
    links: int = Field(description="How many spans link the two (sentences naming both, incidents joining them).")
    relations: list[str] = Field(description="co_mention, perpetrator_victim, org_place, org_facility")
    evidence: list[EvidenceOut] = Field(description="The first spans that show the link.")


class EntityOut(BaseModel):
    id: int
    kind: str
    name: str
    attributes: dict[str, Any]
    aliases: list[AliasOut]
    seen: list[SeenOut]
    related: list[RelatedOut]


class SearchHitOut(BaseModel):
    document_id: int | None
    title: str
    kind: str | None
    date: str | None
    passage_start: int | None
    passage_end: int | None
    snippet: str = Field(description="HTML-escaped text with the matched words in <mark>.")
    score: float
    source: Literal["passage", "note", "entity"]
    note_marker: str | None
    entity_id: int | None


class SearchOut(BaseModel):
    query: str
    total: int
    took_ms: float
    hits: list[SearchHitOut]
    facets: dict[str, dict[str, int]] = Field(description="Per facet (kind, year, author, ...), value -> count.")
    facets_approximate: bool = Field(
        description="True when over 100,000 passages match and the counts are estimated from a fixed sample."
    )


class IngestResultOut(BaseModel):
    path: str
    status: str
    sha256: str | None
    documents: list[int]
    error: str | None
    children: list[IngestResultOut]


class UploadOut(BaseModel):
    id: str
    filename: str
    size: int
    media_type: str
    status: str = Field(description="queued, running, done or failed")
    result: IngestResultOut | None
    error: str | None


class LedgerEntryOut(BaseModel):
    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


class VerifyOut(BaseModel):
    ok: bool
    blobs_checked: int
    ledger_entries: int
    problems: list[str]
    first_problem: str | None
    unreferenced_blobs: list[str]
    checked_at: str
