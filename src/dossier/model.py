"""The records that pass between the steps of the pipeline.

Every step (vault, ingest, extract, resolve, store, search, access, api, cli) takes and
returns these types, so any step can be read without the others. They are plain
dataclasses: no behaviour beyond small conveniences, no I/O.

Spans are character offsets into ``Document.text`` (``start`` inclusive, ``end``
exclusive), so any fact can be opened at its exact words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Sensitivity(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return [Sensitivity.PUBLIC, Sensitivity.RESTRICTED, Sensitivity.CONFIDENTIAL].index(self)


class DocumentKind(StrEnum):
    ARTICLE = "article"
    ACCOUNT = "account"
    INTERVIEW = "interview"
    TESTIMONY = "testimony"
    STATEMENT = "statement"
    REPORT = "report"
    NEWS = "news"
    LEGAL = "legal"
    IMAGERY_NOTE = "imagery_note"


class Label(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    LOCATION = "LOCATION"
    FACILITY = "FACILITY"
    LAW = "LAW"


class Precision(StrEnum):
    """How much of a date the text pins down."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNRESOLVED = "unresolved"  # relative ("two months before his death"): marked, not dated


class ReviewStatus(StrEnum):
    MACHINE = "machine"
    REVIEWED = "reviewed"
    DISPUTED = "disputed"


class Role(StrEnum):
    ADMIN = "admin"
    INVESTIGATOR = "investigator"
    ANALYST = "analyst"
    VIEWER = "viewer"


class Record:
    """Mixin: a JSON-ready dict of the record, the shape the CLI and API print."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


# --- files and documents -------------------------------------------------------------


@dataclass
class Source(Record):
    """One original file as received. Its bytes live in the vault under ``sha256``."""

    sha256: str
    size: int
    media_type: str
    filename: str
    acquired_at: str  # ISO 8601, UTC
    acquired_by: str
    origin: str = ""
    language: str | None = None
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    parent_sha256: str | None = None  # an e-mail attachment names its message
    hash_algorithm: str = "sha256"
    id: int | None = None


@dataclass
class PageSpan(Record):
    """Where one page of the original lies in the extracted text (PDFs, OCR)."""

    page: int
    start: int
    end: int
    ocr: bool = False


@dataclass
class ExtractedText(Record):
    """A reader's output: the text of one file and how it maps back to the original."""

    text: str
    media_type: str
    pages: list[PageSpan] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. e-mail headers, PDF title
    attachments: list[Attachment] = field(default_factory=list)


@dataclass
class Attachment(Record):
    """A file carried inside another (an e-mail attachment): ingested as a child source."""

    filename: str
    data: bytes
    media_type: str = "application/octet-stream"

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "media_type": self.media_type, "size": len(self.data)}


@dataclass
class Author(Record):
    name: str
    role: str = "author"  # author, interviewer, interviewee, editor, translator
    pseudonym: bool = False


@dataclass
class PartialDate(Record):
    """A date as precise as the text allows: ``value`` is ISO-like (YYYY, YYYY-MM, YYYY-MM-DD)."""

    text: str
    value: str | None
    precision: Precision
    start: int | None = None
    end: int | None = None
    end_value: str | None = None  # a period ("1994-1998", "in the 1990s") ends here
    extractor: str = ""


@dataclass
class CitedAt(Record):
    """A place in the body where a note's marker stands, with the sentence it supports."""

    start: int
    end: int
    sentence: str


@dataclass
class Note(Record):
    """An endnote or footnote of a document, parsed."""

    marker: str  # as printed, e.g. "[3]" or "3"
    text: str
    start: int = 0
    end: int = 0
    urls: list[str] = field(default_factory=list)
    un_symbols: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    pages: str | None = None  # "p.35", "para. 804"
    resolves_to: str | None = None  # marker of the note an "ibid." or short form stands for
    cited_at: list[CitedAt] = field(default_factory=list)
    work_key: str | None = None  # notes citing the same work share this key
    id: int | None = None


@dataclass
class Document(Record):
    """A publication: a whole source, or one part of a compilation."""

    title: str
    text: str
    kind: DocumentKind = DocumentKind.REPORT
    authors: list[Author] = field(default_factory=list)
    date: PartialDate | None = None
    language: str | None = None
    span_start: int = 0  # span in the source's extracted text
    span_end: int = 0
    notes: list[Note] = field(default_factory=list)
    source_sha256: str = ""
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    id: int | None = None


# --- annotations ---------------------------------------------------------------------


@dataclass
class Mention(Record):
    text: str
    label: Label
    start: int
    end: int
    extractor: str = ""
    confidence: float = 1.0
    canonical: str | None = None  # the extractor's best guess at the entity's name
    entity: int | None = None  # entity id once resolved
    id: int | None = None


@dataclass
class Quantity(Record):
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None  # exact, approx, at_least, at_most, more_than, less_than, range, part_of
    of_total: float | None = None  # "33 ... out of 6,452"
    extractor: str = ""


@dataclass
class Party(Record):
    """A perpetrator or victim as the text names, counts or describes it."""

    text: str
    start: int | None = None
    end: int | None = None
    count: float | None = None
    entity: int | None = None


@dataclass
class Incident(Record):
    """One asserted (or non-asserted) act of violation: who did what to whom, where, when."""

    type: str  # from data/violations.yaml
    text: str  # the evidence span
    start: int
    end: int
    asserted: bool = True
    modality: str = "asserted"  # asserted, recommendation, hypothetical, negated, denied, reported_claim
    place: str | None = None
    date: PartialDate | None = None
    perpetrators: list[Party] = field(default_factory=list)
    victims: list[Party] = field(default_factory=list)
    legal: list[str] = field(default_factory=list)  # candidate legal acts
    extractor: str = ""
    status: ReviewStatus = ReviewStatus.MACHINE
    document_id: int | None = None
    id: int | None = None


@dataclass
class Claim(Record):
    """A factual or quantitative statement that can be compared across sources."""

    text: str
    start: int
    end: int
    subject: str
    measure: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    as_of: str | None = None
    notes: list[str] = field(default_factory=list)  # markers of the notes cited in the sentence
    extractor: str = ""
    document_id: int | None = None
    id: int | None = None


@dataclass
class Recommendation(Record):
    by: str | None
    to: str | None
    action: str
    text: str
    start: int
    end: int
    item: str | None = None  # "First", "1." ...
    date: str | None = None
    status: str = "open"
    extractor: str = ""
    document_id: int | None = None
    id: int | None = None


@dataclass
class Annotations(Record):
    """Everything the extractors found in one document."""

    mentions: list[Mention] = field(default_factory=list)
    dates: list[PartialDate] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    extractors: dict[str, str] = field(default_factory=dict)  # name -> version


# --- entities ------------------------------------------------------------------------


@dataclass
class MatchResult(Record):
    match: bool
    score: float
    reason: str


@dataclass
class Alias(Record):
    name: str
    document_id: int | None = None
    start: int | None = None
    end: int | None = None
    reason: str = ""  # why this spelling was merged into the entity


@dataclass
class Entity(Record):
    kind: str  # person, org, place, facility, law
    name: str
    aliases: list[Alias] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)  # lat, lon, admin parent, hangul...
    protected: bool = False
    id: int | None = None


# --- people and the ledger -----------------------------------------------------------


@dataclass
class LedgerEntry(Record):
    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass
class User(Record):
    name: str
    role: Role
    active: bool = True
    id: int | None = None


@dataclass
class IngestResult(Record):
    """What happened to one file given to ``ingest``."""

    path: str
    status: str  # ingested, already_present, failed
    sha256: str | None = None
    documents: list[int] = field(default_factory=list)
    error: str | None = None
    children: list[IngestResult] = field(default_factory=list)
