"""Stretches of a document that the number and incident extractors must not read.

Web addresses carry dates and numbers that are not facts ("/2013/04/", "?no=809872"),
and the titles of articles cited in endnotes are someone else's headline, not a claim
of the document ("Ten North Korean Soldiers ... Die"). Both are found once per text and
shared by the extractors that need them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_URL = re.compile(r"(?:https?:?//|www\.)[^\s\"“”<>]+", re.I)
_FIRST_NOTE = re.compile(r"(?m)^[ \t\u00a0]*\[1\]")
_QUOTE = re.compile(r"[“”\"]")


@lru_cache(maxsize=32)
def urls(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of web addresses."""
    return tuple(match.span() for match in _URL.finditer(text))


@lru_cache(maxsize=32)
def cited_titles(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of article titles quoted inside endnote lines ("[3] Author, “Title,” Outlet")."""
    spans: list[tuple[int, int]] = []
    for start, end in note_lines(text):
        spans.extend(_titles_in_note(text[start:end], start))
    return tuple(spans)


def note_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of the endnotes: from the line that opens with "[1]" to the end."""
    first = _FIRST_NOTE.search(text)
    if first is None:
        return []
    lines = re.compile(r"[^\n]*\S[^\n]*")
    return [match.span() for match in lines.finditer(text, first.start())]


def masked(text: str) -> str:
    """``text`` with URLs and cited titles blanked out, offsets unchanged."""
    chars = list(text)
    for start, end in (*urls(text), *cited_titles(text)):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _titles_in_note(line: str, offset: int) -> list[tuple[int, int]]:
    """Pair the quotes of one endnote; pasting often loses one of a pair.

    A closing quote with no opening one ("Kais,North Korean officers join ...,”") means
    the title began after the marker or after the last "; see also". An opening quote
    that is never closed ends at the first "),", else at the first comma.
    """
    spans = []
    cursor = line.find("]") + 1
    for quote in _QUOTE.finditer(line, cursor):
        if quote.start() < cursor:
            continue
        char = quote.group()
        if char == "”" or (char == '"' and _unpaired(line, quote.start())):
            start = max(cursor, line.rfind(";", cursor, quote.start()) + 1)
            spans.append((offset + start, offset + quote.end()))
            cursor = quote.end()
            continue
        closing = _closing_of(line, quote)
        spans.append((offset + quote.start(), offset + closing))
        cursor = closing
    return spans


def _unpaired(line: str, position: int) -> bool:
    return line.count('"', position + 1) == 0


def _closing_of(line: str, quote: re.Match[str]) -> int:
    wanted = "”" if quote.group() == "“" else '"'
    end = line.find(wanted, quote.end())
    if end >= 0:
        return end + 1
    for stop in ("),", ","):
        end = line.find(stop, quote.end())
        if end >= 0:
            return end + len(stop)
    return len(line)
