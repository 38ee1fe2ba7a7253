"""Which note stands for which: "ibid.", defined short forms, and shared works.

"Ibid." points to the note before it; a short form defined in a note ("[henceforth COI
report]") points back to that note wherever a later note opens with it ("COI report 2,
para. 804" to the note that defined "COI report 2", the longest form that fits). Links
always end at a note that cites the work in full. Notes citing the same work share a
``work_key`` built from its UN symbol, URL or title.
"""

from __future__ import annotations

import re

from dossier.ingest.notes.fields import cited_sources, find_un_symbols, find_urls
from dossier.model import Note

_SHORT_FORM = re.compile(
    r"[\[(]\s*(?:henceforth|hereafter|hereinafter|herein\s*after)\s*:?\s*[“\"‘']?(?P<form>[^\]\)“”\"‘’']+?)[”\"’']?\s*[\])]",
    re.I,
)
_IBID = re.compile(r"^(?:ibid|id)\b\.?|,\s*ibid\b", re.I)


def link_notes(notes: list[Note]) -> None:
    """Fill ``resolves_to`` and ``work_key`` of every note, in order."""
    forms: dict[str, Note] = {}
    previous: Note | None = None
    for note in notes:
        target = _short_form_target(note, forms) or (previous if _IBID.search(note.text) else None)
        if target is not None and target is not note:
            note.resolves_to = target.marker
            note.work_key = target.work_key
            _inherit(note, target)
        else:
            note.work_key = work_key(note)
        for found in _SHORT_FORM.finditer(note.text):
            forms[found.group("form").strip()] = note
        previous = note
    _resolve_chains(notes)


def work_key(note: Note) -> str | None:
    """A normalised key for the first work the note cites."""
    sources = cited_sources(note.text)
    first = sources[0] if sources else note.text
    symbols = find_un_symbols(first)
    if symbols:
        return f"un:{symbols[0].upper()}"
    urls = find_urls(first)
    if urls:
        return "url:" + _normal_url(urls[0])
    if note.title:
        return "title:" + "".join(ch for ch in note.title.casefold() if ch.isalnum())
    return None


def _short_form_target(note: Note, forms: dict[str, Note]) -> Note | None:
    sources = cited_sources(note.text)
    opening = sources[0] if sources else ""
    for form in sorted(forms, key=len, reverse=True):
        if re.match(re.escape(form) + r"(?![\w])", opening, re.I):
            return forms[form]
    return None


def _inherit(note: Note, target: Note) -> None:
    """A short citation names the work of the note it stands for."""
    note.title = target.title
    note.date = target.date
    note.authors = list(target.authors) or note.authors


def _resolve_chains(notes: list[Note]) -> None:
    """An "ibid." after a short form points, like it, to the note with the full citation."""
    by_marker = {note.marker: note for note in notes}
    for note in notes:
        seen = {note.marker}
        target = by_marker.get(note.resolves_to or "")
        while target is not None and target.resolves_to and target.resolves_to not in seen:
            seen.add(target.marker)
            target = by_marker.get(target.resolves_to)
        if target is not None:
            note.resolves_to = target.marker
            note.work_key = target.work_key


def _normal_url(url: str) -> str:
    url = re.sub(r"^(?:https?:?//)?(?:www\.)?", "", url, flags=re.I)
    host, _, path = url.partition("/")
    return host.lower() + ("/" + path.rstrip("/") if path.rstrip("/") else "")
