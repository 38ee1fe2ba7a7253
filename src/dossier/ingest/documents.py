"""Extracted text → the publications it holds, each with its metadata and notes."""

from __future__ import annotations

from pathlib import PurePath

from dossier.ingest.credits import credited_authors
from dossier.ingest.docdate import document_date, metadata_date
from dossier.ingest.kinds import classify
from dossier.ingest.language import detect_language
from dossier.ingest.lines import Line, is_prose, split_lines
from dossier.ingest.notes import parse_notes
from dossier.ingest.segment import MAX_TITLE_CHARS, Part, split_publications, title_like
from dossier.model import Author, Document, ExtractedText


def documents_from(extracted: ExtractedText, *, filename: str, language: str | None = None) -> list[Document]:
    """One Document per publication in ``extracted`` (a compilation gives several).

    Each document's ``text`` is exactly ``extracted.text[span_start:span_end]``: the body
    after its title line, with credits, footers and notes; ``language`` overrides
    detection. A file with no text gives no documents.
    """
    parts = split_publications(extracted.text)
    whole_file = len(parts) == 1
    return [_document(extracted, part, filename, language, whole_file=whole_file) for part in parts]


def _document(extracted: ExtractedText, part: Part, filename: str, language: str | None, *, whole_file: bool) -> Document:
    text = extracted.text[part.body_start:part.body_end]
    notes_start, notes = parse_notes(text)
    lines = split_lines(text, 0, notes_start)
    header = _header(lines)
    # A file's own metadata (e-mail headers, HTML meta tags, PDF info) describes the
    # whole file, so it only speaks for a document that is the whole file.
    metadata = extracted.metadata if whole_file else {}
    title = part.title or _fallback_title(metadata, lines, filename)
    authors = credited_authors(part.title, lines, f"{title}\n{text}") or _metadata_authors(metadata)
    body = text[:notes_start]
    return Document(
        title=title,
        text=text,
        kind=classify(title, "\n".join(line.text for line in header), body, authors),
        authors=authors,
        date=document_date(text, header, lines, notes_start, published=metadata_date(metadata)),
        language=language or detect_language(body),
        span_start=part.body_start,
        span_end=part.body_end,
        notes=notes,
    )


def _header(lines: list[Line]) -> list[Line]:
    """The front matter: the lines before the first running text."""
    header = []
    for line in lines:
        if is_prose(line.text):
            break
        if not line.blank:
            header.append(line)
    return header


def _fallback_title(metadata: dict[str, str], lines: list[Line], filename: str) -> str:
    """A part without a title line: the file's own title, its first line, its first short line, or its name.

    A plain file's first line is its title when it reads as one (capitalised, no closing
    full stop), however many words it has: a UN report opens with a long title and then
    its symbol and session header, not a byline, so the credit test never finds it.
    """
    if metadata.get("title") or metadata.get("subject"):
        return metadata.get("title") or metadata["subject"]
    first = next((line.text for line in lines if not line.blank), "")
    if title_like(first):
        return first.strip().lstrip("#").strip()
    for line in lines[:20]:
        stripped = line.text.strip().lstrip("#").strip()
        if stripped and len(stripped) <= MAX_TITLE_CHARS and not is_prose(stripped):
            return stripped
    return PurePath(filename).stem or filename


def _metadata_authors(metadata: dict[str, str]) -> list[Author]:
    """The author the file's metadata names, or an e-mail's sender."""
    name = metadata.get("author", "").strip()
    if not name and metadata.get("from"):
        name = metadata["from"].split("<")[0].strip().strip('"') or metadata["from"].strip("<> ")
    return [Author(name=name)] if name else []
