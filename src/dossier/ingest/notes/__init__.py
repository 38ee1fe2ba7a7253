"""A publication's notes, parsed, linked to each other and to the sentences citing them."""

from __future__ import annotations

from dossier.ingest.notes.citing import citations
from dossier.ingest.notes.fields import parse_fields
from dossier.ingest.notes.links import link_notes
from dossier.ingest.notes.region import find_notes
from dossier.model import Note


def parse_notes(text: str) -> tuple[int, list[Note]]:
    """Where the notes of ``text`` start (``len(text)`` if none) and the notes, with
    offsets into ``text``."""
    notes_start, raw_notes = find_notes(text)
    notes = []
    for raw in raw_notes:
        fields = parse_fields(text[raw.start:raw.end])
        notes.append(Note(marker=raw.marker, text=text[raw.start:raw.end], start=raw.start, end=raw.end,
                          urls=fields.urls, un_symbols=fields.un_symbols, authors=fields.authors,
                          title=fields.title, date=fields.date, pages=fields.pages))
    link_notes(notes)
    cited = citations(text[:notes_start], {note.marker for note in notes})
    for note in notes:
        note.cited_at = cited.get(note.marker, [])
    return notes_start, notes
