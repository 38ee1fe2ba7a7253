"""Words a regular expression cannot match without, to skip text it cannot match.

A case-insensitive pattern that opens with ``\\b`` or an alternation gives the regex
engine no literal to scan for, so it is tried at every position of the text. Incident
cues are such patterns, 144 of them tried on every sentence, and most sentences hold
none of a cue's words. Asking first, with a plain substring test, whether the sentence
holds one of the words every match must contain skips the regex where it cannot match,
so the result is the same and the cost a fraction.

The words come from the standard library's own parse of the pattern (``re._parser``):
runs of literal characters, through groups, alternations (any of the branches' words)
and repeats of at least one. Anything else (classes, lookarounds, back-references)
contributes no word; a pattern with none is always tried.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes (private; public as sre_constants before 3.11)
from re import _parser  # the standard library's own pattern parser
from typing import Generic, TypeVar

import ahocorasick

Words = frozenset[str]
T = TypeVar("T")

# English function words occur in nearly every sentence, so a screen by one of them
# admits nearly every sentence: a requirement made only of them is chosen last.
_FUNCTION_WORDS = frozenset(
    "from after with without that this they them their there then than when what which while into onto "
    "upon about before still even also only could would should does did have has had were was been being "
    "not some very".split()
)

# Characters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does
# not turn into it (dotless i, long s), or turns into two characters (dotted capital I,
# the only character whose lower case is longer than itself).
_IGNORECASE_EXTRAS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_IGNORECASE_EXTRA_CHARS = "\u0130\u0131\u017f"


def fold(text: str) -> str:
    """``text`` lower-cased, one character for one, so that any case-insensitive match
    of a word survives as a substring at the same offsets."""
    if any(char in text for char in _IGNORECASE_EXTRA_CHARS):  # rare: translating costs more than lower-casing
        text = text.translate(_IGNORECASE_EXTRAS)
    return text.lower()


@lru_cache(maxsize=None)
def required(pattern: re.Pattern[str]) -> Words | None:
    """Lower-cased words of which every match of ``pattern`` contains one; None when unknown."""
    return _sequence(_parser.parse(pattern.pattern, pattern.flags))


class Screen(Generic[T]):
    """Many patterns screened together over the stretches of one text.

    The words are found together in one pass over the whole text (an Aho-Corasick
    automaton; one ``str.find`` pass per word cost five times as much with a thousand
    words), and each occurrence admits the patterns needing it to the one stretch that
    holds it entirely.
    """

    def __init__(self, items: Sequence[T], pattern: Callable[[T], re.Pattern[str]]) -> None:
        self._items = list(items)
        self._always: set[int] = set()
        self._by_word: dict[str, list[int]] = {}
        for position, item in enumerate(self._items):
            words = required(pattern(item))
            if words is None:
                self._always.add(position)
            for word in words or ():
                self._by_word.setdefault(word, []).append(position)
        self._automaton = ahocorasick.Automaton()
        for word, positions in self._by_word.items():
            self._automaton.add_word(word, (len(word), positions))
        if self._by_word:
            self._automaton.make_automaton()

    def candidates(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[T]]:
        """For each (start, end) span of ``text`` (sorted, disjoint), the items whose
        pattern may match inside ``text[start:end]``, in their original order."""
        folded = fold(text)  # one character for one: offsets still point into ``text``
        starts = [start for start, _end in spans]
        admitted = [set(self._always) for _span in spans]
        if self._by_word:
            for last, (length, positions) in self._automaton.iter(folded):
                index = bisect_right(starts, last - length + 1) - 1
                if index >= 0 and last < spans[index][1]:
                    admitted[index].update(positions)
        return [[self._items[position] for position in sorted(found)] for found in admitted]


def _sequence(items: _parser.SubPattern | list[tuple[int, object]]) -> Words | None:
    """The most selective requirement among the parts of a sequence: each part must match."""
    options: list[Words] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL and _foldable(chr(argument)):  # type: ignore[arg-type]
            run.append(chr(argument).lower())  # type: ignore[arg-type]
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        words = _part(op, argument)
        if words is not None:
            options.append(words)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_selectivity, default=None)


def _selectivity(words: Words) -> int:
    """How rare a text holding one of ``words`` is: the shortest word's length, none
    for a function word (longer words are rarer)."""
    return min(0 if word in _FUNCTION_WORDS else len(word) for word in words)


def _part(op: int, argument: object) -> Words | None:
    if op is sre.SUBPATTERN:
        return _sequence(argument[-1])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(argument)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        return _any_of(argument[1])  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:  # type: ignore[index]
        return _sequence(argument[2])  # type: ignore[index]
    return None


def _any_of(branches: list[_parser.SubPattern]) -> Words | None:
    """Every branch must contribute a word, else a match may hold none of them."""
    words: set[str] = set()
    for branch in branches:
        found = _sequence(branch)
        if found is None:
            return None
        words |= found
    return frozenset(words)


def _foldable(char: str) -> bool:
    """Letters whose case-insensitive matches ``fold`` maps back to them: ASCII, or uncased."""
    return char.isascii() or char.lower() == char.upper()


class WordStarts:
    """Where the words of several kinds begin in folded text, all found in one pass of
    an Aho-Corasick automaton (a regular expression per kind cost four times as much)."""

    def __init__(self, words: dict[str, Iterable[str]]) -> None:
        self._kinds = list(words)
        self._automaton = ahocorasick.Automaton()
        for kind, kind_words in words.items():
            for word in kind_words:
                self._automaton.add_word(word, (*self._automaton.get(word, ()), (len(word), kind)))
        self._automaton.make_automaton()

    def find(self, folded: str) -> dict[str, list[int]]:
        """For each kind, the ascending positions where one of its words begins."""
        starts: dict[str, list[int]] = {kind: [] for kind in self._kinds}
        for last, entries in self._automaton.iter(folded):
            for length, kind in entries:
                starts[kind].append(last - length + 1)
        for positions in starts.values():
            positions.sort()
        return starts


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying ``pattern`` only at ``starts``
    (ascending) and where the last match ended, instead of at every position.

    The result is the same when ``starts`` holds every position where a match of
    ``pattern`` can begin: the engine finds the first of them at or after the end
    of the last match, as ``finditer`` does. ``pattern`` must not match empty text."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        while match:
            yield match
            end = match.end()
            match = pattern.match(text, end)
