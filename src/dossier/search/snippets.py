"""Snippets: a window of a passage around its first match, HTML-escaped, matches in <mark>.

Highlighting is done here rather than by the engine because the engine indexes Hangul
as grams and filters as tags, neither of which maps back to the words on screen. Words
match on a light stem (repatriated, repatriation, repatriate all mark), prefixes on
their start, Hangul as a substring. Nothing of the passage reaches the output
unescaped: the only markup is ours.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from dataclasses import dataclass, field

from dossier.search.korean import runs
from dossier.store.search_index import fold

WIDTH = 240
_WORD = re.compile(r"[^\W_]+")
_INFLECTIONS = ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s")
_DERIVATIONS = ("ations", "ation", "ions", "ion", "ments", "ment", "ness", "ity", "ive", "ate", "at", "al", "e", "y", "i")


@dataclass
class Highlights:
    """What to mark: word sequences (as stems; the last a prefix when asked) and Hangul strings."""

    sequences: set[tuple[tuple[str, ...], bool]] = field(default_factory=set)
    hangul: set[str] = field(default_factory=set)

    def add(self, text: str, prefix: bool = False) -> None:
        """Add a query word, phrase or an entity's spelling; its words are marked only together."""
        for hangul in runs(text):
            self.hangul.add(hangul)
        words = [w.lower() for w in _WORD.findall(fold(_without_hangul(text)))]
        if words:
            last = words[-1] if prefix else stem(words[-1])
            self.sequences.add(((*(stem(w) for w in words[:-1]), last), prefix))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem, enough to mark the forms a stemming engine matched."""
    for suffixes in (_INFLECTIONS, _DERIVATIONS):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word


def make(text: str, marks: Highlights, width: int = WIDTH) -> str:
    """The snippet of ``text``: escaped, with <mark> around each match in the window."""
    spans = _spans(text, marks)
    start, end = _window(text, spans[0][0] if spans else 0, width)
    out = ["…" if start > 0 else ""]
    position = start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e or s < position:
            continue
        out += [html.escape(text[position:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        position = e
    out += [html.escape(text[position:end]), "…" if end < len(text) else ""]
    return "".join(out)


def _spans(text: str, marks: Highlights) -> list[tuple[int, int]]:
    if text.isascii():  # lower-casing keeps every offset: one call for the whole passage
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text.lower())]
    else:
        words = [(m.start(), m.end(), _comparable(m.group())) for m in _WORD.finditer(text)]
    stems = list(map(stem, [w for _, _, w in words]))
    at: dict[str, list[int]] = {}
    for i, s in enumerate(stems):
        at.setdefault(s, []).append(i)
    found = []
    for sequence, prefix in marks.sequences:
        last = len(sequence) - 1
        starts = range(len(words)) if prefix and last == 0 else at.get(sequence[0], [])
        for i in starts:
            if i + last < len(words) and _matches(sequence, prefix, stems[i : i + last + 1], words[i + last][2]):
                found.append((words[i][0], words[i + last][1]))
    for hangul in marks.hangul:
        position = text.find(hangul)
        while position >= 0:
            found.append((position, position + len(hangul)))
            position = text.find(hangul, position + len(hangul))
    return _merged(sorted(found))


def _matches(sequence: tuple[str, ...], prefix: bool, stems: list[str], last_word: str) -> bool:
    if list(sequence[:-1]) != stems[:-1]:
        return False
    return last_word.startswith(sequence[-1]) if prefix else stems[-1] == sequence[-1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _window(text: str, first: int, width: int) -> tuple[int, int]:
    """About ``width`` characters with the first match a third of the way in, cut at spaces."""
    if len(text) <= width:
        return 0, len(text)
    start = max(0, min(first - width // 3, len(text) - width))
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(first + 1, start + 1), end)
        end = space if space > start else end
    return start, end


def _comparable(word: str) -> str:
    return word.lower() if word.isascii() else fold(word).lower()


def _without_hangul(text: str) -> str:
    for hangul in runs(text):
        text = text.replace(hangul, " ")
    return text
