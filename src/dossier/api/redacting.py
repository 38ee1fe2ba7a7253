"""Protected names replaced in what a reader without clearance sees, spans kept exact.

``access.redact_for`` replaces a witness's name with a pseudonym of another length, so
offsets into the text would drift. The document is therefore cut at every span
boundary (mentions, notes, note markers), each piece redacted on its own, and every
offset moved to where its boundary landed. If a name straddles a cut, no offset can be
trusted: the text is redacted whole and the spans are dropped rather than risk a leak.
"""

from __future__ import annotations

from dossier.access.redaction import Redact, redact_fields


def redact_document(view: dict, redact: Redact) -> dict:
    """``view`` (see ``reads.document_view``, plus optional ``anchors``) as the reader may see it."""
    text = view["text"]
    moved = _redact_keeping_cuts(text, _cuts(view), redact)
    if moved is None:
        return {**view, "title": redact(view["title"]), "text": redact(text), "mentions": [], "anchors": [],
                "notes": [_note(n, redact, None) for n in view["notes"]]}
    new_text, at = moved
    return {
        **view,
        "title": redact(view["title"]),
        "text": new_text,
        "mentions": [_mention(m, redact, at) for m in view["mentions"]],
        "notes": [_note(n, redact, at) for n in view["notes"]],
        "anchors": [{**a, "start": at[a["start"]]} for a in view.get("anchors", [])],
    }


def _cuts(view: dict) -> list[int]:
    points = {0, len(view["text"]), *(a["start"] for a in view.get("anchors", []))}
    for m in view["mentions"]:
        points.update((m["start"], m["end"]))
    for n in view["notes"]:
        points.update((n["start"], n["end"]))
        for c in n["cited_at"]:
            points.update((c["start"], c["end"]))
    return sorted(p for p in points if 0 <= p <= len(view["text"]))


def _redact_keeping_cuts(text: str, cuts: list[int], redact: Redact) -> tuple[str, dict[int, int]] | None:
    """The redacted text and where each cut moved, or None when a name straddles a cut."""
    pieces, at, position = [], {0: 0}, 0
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = redact(text[start:end])
        pieces.append(piece)
        position += len(piece)
        at[end] = position
    new_text = "".join(pieces)
    if redact(new_text) != new_text:
        return None
    return new_text, at


def _mention(m: dict, redact: Redact, at: dict[int, int]) -> dict:
    return {**m, "text": redact(m["text"]), "canonical": redact(m["canonical"]) if m["canonical"] else None,
            "start": at[m["start"]], "end": at[m["end"]]}


def _note(n: dict, redact: Redact, at: dict[int, int] | None) -> dict:
    out = redact_fields(n, redact, ("text", "title", "authors"))
    if at is None:
        return {**out, "start": 0, "end": 0, "cited_at": []}
    cited = [{**c, "sentence": redact(c["sentence"]), "start": at[c["start"]], "end": at[c["end"]]} for c in n["cited_at"]]
    return {**out, "start": at.get(n["start"], 0), "end": at.get(n["end"], 0), "cited_at": cited}
