"""Where the body cites each note: the marker's place and the words it supports.

The supported words run from the start of the sentence (or from the previous marker,
when one stands earlier in the same sentence) to the marker; stacked markers
("1970.[10][11]") support the same words.
"""

from __future__ import annotations

import re

from dossier.model import CitedAt

_MARKER = re.compile(r"\[(\d{1,3})\]")
_STACKED_BEFORE = re.compile(r"\[\d{1,3}\][ \t]*$")
# A sentence ends at . ! ? or … (with closing quotes and markers) before a space and a
# capital, digit, opening quote or Hangul.
_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9\uac00-\ud7a3])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rev", "gov", "sen",
    "rep", "amb", "hon", "no", "nos", "vol", "p", "pp", "para", "paras", "art", "e.g", "i.e", "cf", "al", "vs",
    "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


def citations(body: str, markers: set[str]) -> dict[str, list[CitedAt]]:
    """For each marker in ``markers`` ("[3]"), every place ``body`` cites it."""
    found: dict[str, list[CitedAt]] = {}
    for match in _MARKER.finditer(body):
        if match.group(0) in markers:
            found.setdefault(match.group(0), []).append(CitedAt(match.start(), match.end(), _claim(body, match.start())))
    return found


def _claim(body: str, marker_start: int) -> str:
    end = marker_start
    while (stacked := _STACKED_BEFORE.search(body, max(0, end - 16), end)) is not None:
        end = stacked.start()
    paragraph_start = body.rfind("\n", 0, end) + 1
    start = max(paragraph_start, _sentence_start(body, paragraph_start, end), _previous_marker_end(body, paragraph_start, end))
    return body[start:end].strip()


def _sentence_start(body: str, paragraph_start: int, end: int) -> int:
    start = paragraph_start
    for boundary in _BOUNDARY.finditer(body, paragraph_start, end):
        if boundary.end() < end and not _after_abbreviation(body, paragraph_start, boundary.start()):
            start = boundary.end()
    return start


def _after_abbreviation(body: str, paragraph_start: int, period: int) -> bool:
    """Is the full stop at ``period`` the end of "U.S.", "Dr." or an initial ("David E.")?"""
    if body[period] != ".":
        return False
    word = re.search(r"[\w.]*$", body[paragraph_start:period])
    token = word.group(0) if word else ""
    return token.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", token))


def _previous_marker_end(body: str, paragraph_start: int, end: int) -> int:
    last = paragraph_start
    for match in _MARKER.finditer(body, paragraph_start, end):
        last = match.end()
    return last
