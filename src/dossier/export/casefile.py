"""The case dossier: one self-contained HTML file to read, send and print.

It holds the integrity statement first (every original with its SHA-256 and whether it
still hashes to it, the ledger chain's state and the ledger entries about those
originals), then the incidents with their evidence spans and the legal acts they may
fall under, the element matrix (which elements have evidence from how many documents,
which are gaps), and each document with its facts and notes.

No script, font, image or stylesheet is fetched: the style is inline and written for
paper too, so the PDF path is the browser's "Print → Save as PDF" (or
``chromium --headless --print-to-pdf``). Jinja2 escapes every value, so text from a
document cannot inject markup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dossier.export.bundle import INTACT, Bundle
from dossier.law import element_matrix
from dossier.law.data import LegalData, load
from dossier.model import Claim, Document, Entity, Incident, Recommendation

NAME = "dossier"
SUFFIX = ".html"
TEMPLATES = Path(__file__).parent / "templates"

_environment = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True
)


@dataclass
class DocumentFacts:
    document: Document
    filename: str | None
    entities: list[Entity] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)


def write(bundle: Bundle, stream: BinaryIO) -> dict[str, int]:
    """Render the dossier; returns the numbers of sections' records."""
    html = render(bundle)
    stream.write(html.encode("utf-8"))
    return {"originals": len(bundle.originals), "ledger_entries": len(bundle.ledger)}


def render(bundle: Bundle, now: datetime | None = None) -> str:
    legal = load()
    titles = {doc.id: doc.title for doc in bundle.documents}
    return _environment.get_template("casefile.html").render(
        generated=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        principal=bundle.principal,
        counts=bundle.counts(),
        originals=_originals(bundle),
        chain=bundle.chain,
        ledger=bundle.ledger,
        incidents=[_incident_view(i, bundle, legal, titles) for i in bundle.incidents],
        matrix=element_matrix(bundle.incidents).rows,
        documents=_documents(bundle),
        intact=INTACT,
    )


def _originals(bundle: Bundle) -> list[dict[str, Any]]:
    rows = []
    for digest, source in bundle.sources.items():
        rows.append({"sha256": digest, "filename": source.filename, "media_type": source.media_type,
                     "size": source.size, "acquired_at": source.acquired_at, "acquired_by": source.acquired_by,
                     "origin": source.origin, "status": bundle.originals.get(digest, "not checked")})
    return rows


def _incident_view(incident: Incident, bundle: Bundle, legal: LegalData, titles: dict) -> dict[str, Any]:
    kind = legal.types.get(incident.type)
    places = [bundle.entities_by_id[p].name for p in bundle.incident_places.get(incident.id or 0, [])
              if p in bundle.entities_by_id]
    return {
        "record": incident,
        "label": kind.label if kind else incident.type,
        "document": titles.get(incident.document_id, ""),
        "places": places,
        "acts": [legal.acts[a] for a in incident.legal if a in legal.acts],
    }


def _documents(bundle: Bundle) -> list[DocumentFacts]:
    by_doc: dict[int | None, DocumentFacts] = {
        doc.id: DocumentFacts(doc, _filename(bundle, doc)) for doc in bundle.documents
    }
    named: dict[int, set[int]] = defaultdict(set)
    for entity_id, doc_id, _count in bundle.mentions:
        named[doc_id].add(entity_id)
    for facts in by_doc.values():
        ids = named.get(facts.document.id or 0, set())
        facts.entities = [e for e in bundle.entities if e.id in ids]
    for incident in bundle.incidents:
        by_doc[incident.document_id].incidents.append(incident)
    for claim in bundle.claims:
        by_doc[claim.document_id].claims.append(claim)
    for rec in bundle.recommendations:
        by_doc[rec.document_id].recommendations.append(rec)
    return list(by_doc.values())


def _filename(bundle: Bundle, doc: Document) -> str | None:
    source = bundle.sources.get(doc.source_sha256)
    return source.filename if source else None
