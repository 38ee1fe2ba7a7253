"""One CSV table per record type (documents, entities, incidents, claims,
recommendations, notes), for spreadsheets and statistics packages.

``write`` packs the tables into one zip (a single file to hash, send and ledger);
``write_folder`` puts them side by side in a folder. Lists inside a cell are joined with
" | "; offsets are into the original document text. Files are UTF-8 with a byte-order
mark, so spreadsheet programs open Hangul correctly.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dossier.export.bundle import Bundle
from dossier.model import Party

NAME = "csv"
SUFFIX = ".zip"
ENCODING = "utf-8-sig"
JOIN = " | "

Table = tuple[list[str], list[list[Any]]]


def write(bundle: Bundle, stream: BinaryIO) -> dict[str, int]:
    """Write the tables as ``<name>.csv`` members of one zip; returns rows per table."""
    counts = {}
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, (header, rows) in tables(bundle).items():
            archive.writestr(f"{name}.csv", _csv_bytes(header, rows))
            counts[name] = len(rows)
    return counts


def write_folder(bundle: Bundle, folder: Path) -> dict[str, int]:
    """Write the tables as ``<name>.csv`` files in ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, (header, rows) in tables(bundle).items():
        (folder / f"{name}.csv").write_bytes(_csv_bytes(header, rows))
        counts[name] = len(rows)
    return counts


def tables(bundle: Bundle) -> dict[str, Table]:
    """Each table as (header, rows), in the order a reader meets them."""
    return {
        "documents": _documents(bundle),
        "entities": _entities(bundle),
        "incidents": _incidents(bundle),
        "claims": _claims(bundle),
        "recommendations": _recommendations(bundle),
        "notes": _notes(bundle),
    }


def _csv_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return text.getvalue().encode(ENCODING)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return JOIN.join(_cell(v) for v in value)
    return str(value)


def _documents(bundle: Bundle) -> Table:
    header = ["id", "title", "kind", "date", "authors", "language", "sensitivity", "sha256", "filename",
              "media_type", "notes", "characters"]
    rows = []
    for doc in bundle.documents:
        source = bundle.sources.get(doc.source_sha256)
        rows.append([doc.id, doc.title, doc.kind, doc.date.value if doc.date else None, [a.name for a in doc.authors],
                     doc.language, doc.sensitivity, doc.source_sha256, source.filename if source else None,
                     source.media_type if source else None, len(doc.notes), len(doc.text)])
    return header, rows


def _entities(bundle: Bundle) -> Table:
    header = ["id", "kind", "name", "aliases", "country", "lat", "lon", "mentions", "documents", "protected"]
    mentions: Counter[int] = Counter()
    documents: Counter[int] = Counter()
    for entity_id, _doc_id, count in bundle.mentions:
        mentions[entity_id] += count
        documents[entity_id] += 1
    rows = [
        [e.id, e.kind, e.name, [a.name for a in e.aliases], e.attributes.get("country"), e.attributes.get("lat"),
         e.attributes.get("lon"), mentions[e.id or 0], documents[e.id or 0], e.protected]
        for e in bundle.entities
    ]
    return header, rows


def _incidents(bundle: Bundle) -> Table:
    header = ["id", "document_id", "type", "asserted", "modality", "status", "date", "place", "place_entities",
              "perpetrators", "victims", "legal", "start", "end", "text"]
    rows = [
        [i.id, i.document_id, i.type, i.asserted, i.modality, i.status, i.date.value if i.date else None, i.place,
         bundle.incident_places.get(i.id or 0, []), [p.text for p in i.perpetrators], list(_victims(i.victims)),
         i.legal, i.start, i.end, i.text]
        for i in bundle.incidents
    ]
    return header, rows


def _victims(parties: list[Party]) -> Iterator[str]:
    for party in parties:
        yield f"{party.text} ({party.count:g})" if party.count is not None else party.text


def _claims(bundle: Bundle) -> Table:
    header = ["id", "document_id", "subject", "measure", "value", "low", "high", "unit", "as_of", "notes",
              "start", "end", "text"]
    rows = [
        [c.id, c.document_id, c.subject, c.measure, c.value, c.low, c.high, c.unit, c.as_of, c.notes, c.start,
         c.end, c.text]
        for c in bundle.claims
    ]
    return header, rows


def _recommendations(bundle: Bundle) -> Table:
    header = ["id", "document_id", "by", "to", "action", "item", "date", "status", "start", "end", "text"]
    rows = [
        [r.id, r.document_id, r.by, r.to, r.action, r.item, r.date, r.status, r.start, r.end, r.text]
        for r in bundle.recommendations
    ]
    return header, rows


def _notes(bundle: Bundle) -> Table:
    header = ["id", "document_id", "marker", "title", "authors", "date", "pages", "urls", "un_symbols",
              "resolves_to", "cited_at", "text"]
    rows = [
        [n.id, doc.id, n.marker, n.title, n.authors, n.date, n.pages, n.urls, n.un_symbols, n.resolves_to,
         [c.start for c in n.cited_at], n.text]
        for doc in bundle.documents
        for n in doc.notes
    ]
    return header, rows
