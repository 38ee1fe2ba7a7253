"""Cutting a document's text into passages: the unit that search finds and ranks.

A passage is a paragraph, or several short ones together, or a piece of a long one cut
at a sentence end, so a hit is small enough to read at a glance and large enough to
carry its context. Offsets are into ``Document.text``, so a hit opens at its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MIN_CHARS = 300
MAX_CHARS = 1500

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…\"”’)\]])\s+")


def split(text: str, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each passage of ``text``, leaving out the ``skip`` spans (the notes)."""
    pieces = [piece for start, end in _regions(text, skip or []) for piece in _paragraphs(text, start, end)]
    return list(_pieces_to_passages(text, pieces))


def _regions(text: str, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of ``text`` outside the skipped spans."""
    position = 0
    for start, end in sorted(s for s in skip if s[1] > s[0]):
        if start > position:
            yield position, start
        position = max(position, end)
    if position < len(text):
        yield position, len(text)


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for found in _PARAGRAPH_BREAK.finditer(text, start, end):
        yield from _trimmed(text, position, found.start())
        position = found.end()
    yield from _trimmed(text, position, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _pieces_to_passages(text: str, pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Join short paragraphs up to MIN_CHARS and cut long ones down to MAX_CHARS."""
    current: tuple[int, int] | None = None
    for start, end in pieces:
        if current is not None and end - current[0] <= MAX_CHARS and current[1] - current[0] < MIN_CHARS:
            current = (current[0], end)
            continue
        if current is not None:
            yield from _cut(text, *current)
        current = (start, end)
    if current is not None:
        yield from _cut(text, *current)


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_CHARS:
        cut = _cut_point(text, start, start + MAX_CHARS)
        yield from _trimmed(text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    yield from _trimmed(text, start, end)


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end before ``limit`` (past MIN_CHARS), else the last space, else ``limit``."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text, start + MIN_CHARS, limit)]
    if ends:
        return ends[-1]
    space = text.rfind(" ", start + MIN_CHARS, limit)
    return space if space > start else limit
