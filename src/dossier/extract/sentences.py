"""Sentence spans of a document, computed once and shared by the extractors.

Real input has footnote markers glued to the full stop ("North Korea.[1] Not only"),
abbreviations whose dot is not a boundary ("U.S. Secretary", "Dr. Bruce", "No. 12",
"pp. 72-3"), closing quotes after the stop ("he said.” Then") and one paragraph per
line. A sentence therefore ends at a terminator, after any closing quotes and note
markers that follow it, when the next word can start a sentence; and always at a line
break.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words whose trailing dot is an abbreviation, not a full stop (lower-cased, no dot).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt capt sgt rev hon sen rep gov pres amb "
    "no nos vol vols p pp para paras art arts ch fig figs ed eds cf vs etc al ibid "
    "inc corp co ltd dept univ approx est jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# After a dotted abbreviation such as "U.S." only these words open a new sentence.
_OPENERS_AFTER_DOTTED = frozenset(
    "I The He She It We They This That These Those There In But However And Then".split()
)
_TERMINATOR = re.compile(
    r"[.!?…]+"  # the stop itself
    r"[\"'”’)\]]*"  # closing quotes or brackets
    r"(?:[ \u00a0]?\[\d+\])*"  # note markers glued to it or after one space
)
_NEXT_START = re.compile(r"[\s\u00a0]+(?=[\"'“‘(\[]*[A-Z0-9\u1100-\u11ff\uac00-\ud7a3])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text``, whitespace trimmed."""
    return list(_cached(text))


@lru_cache(maxsize=32)
def _cached(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text):
        spans.extend(_split_line(text, line_start, line_end))
    return tuple(spans)


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span that contains ``offset`` (spans sorted, as ``sentences`` returns them)."""
    low, high = 0, len(spans) - 1
    while low <= high:
        middle = (low + high) // 2
        start, end = spans[middle]
        if offset < start:
            high = middle - 1
        elif offset >= end:
            low = middle + 1
        else:
            return spans[middle]
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    lines = []
    start = 0
    for match in re.finditer(r"\n", text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for match in _TERMINATOR.finditer(text, start, end):
        following = _NEXT_START.match(text, match.end(), end)
        if following is None or not _is_boundary(text, cursor, match):
            continue
        spans.append((cursor, match.end()))
        cursor = following.end()
    spans.append((cursor, end))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span]


def _is_boundary(text: str, sentence_start: int, stop: re.Match[str]) -> bool:
    """False where the dot closes an abbreviation, an initial or a dotted acronym."""
    if text[stop.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, sentence_start, stop.start() + 1)
    if word is None:
        return True
    token = word.group(1)
    bare = token.rstrip(".")
    if "." in bare:  # "U.S.", "e.g.", "U.N."
        next_word = re.match(r"[\s\u00a0]+[\"'“‘]*([A-Za-z]+)", text[stop.end():])
        return bool(next_word) and next_word.group(1) in _OPENERS_AFTER_DOTTED
    if len(bare) == 1 and bare.isupper():  # an initial: "David J. Birch"
        return False
    return bare.lower() not in _ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t\r\u00a0\u3000·":
        start += 1
    while end > start and text[end - 1] in " \t\r\u00a0\u3000":
        end -= 1
    return (start, end) if start < end else None
