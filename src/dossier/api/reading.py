"""A document's text cut into pieces for the reader page: plain runs, mentions, note markers.

The template prints each piece escaped and wraps mentions in a link to their entity
and note markers in a <details> that opens the parsed note; incident anchors are
empty pieces the margin links to. Overlapping marks are resolved by keeping the one
that starts first (the longer on a tie), so every character is printed exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Piece:
    text: str
    kind: str = "text"  # text, mention, note, anchor
    entity: int | None = None
    label: str | None = None
    note: dict | None = None
    anchor: str | None = None


@dataclass
class _Mark:
    start: int
    end: int
    piece: Piece


def pieces(view: dict) -> list[Piece]:
    """The document ``view`` (``reads.document_view`` shape, with ``anchors``) as pieces in text order."""
    text = view["text"]
    marks = _marks(view)
    out: list[Piece] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.end != m.start, m.start - m.end)):
        if mark.start < position and mark.piece.kind != "anchor":
            continue  # overlaps a mark already placed; an anchor inside one lands just after it
        if mark.end > len(text):
            continue
        if mark.start > position:
            out.append(Piece(text[position:mark.start]))
            position = mark.start
        if mark.piece.kind == "anchor":
            out.append(mark.piece)
            continue
        mark.piece.text = text[mark.start:mark.end]
        out.append(mark.piece)
        position = mark.end
    if position < len(text):
        out.append(Piece(text[position:]))
    return out


def _marks(view: dict) -> list[_Mark]:
    marks = [_Mark(a["start"], a["start"], Piece("", "anchor", anchor=a["name"])) for a in view.get("anchors", [])]
    for m in view["mentions"]:
        if m["end"] > m["start"]:
            marks.append(_Mark(m["start"], m["end"], Piece("", "mention", entity=m["entity"], label=m["label"])))
    for note in view["notes"]:
        for cited in note["cited_at"]:
            if cited["end"] > cited["start"]:
                marks.append(_Mark(cited["start"], cited["end"], Piece("", "note", note=note)))
    return marks
