"""Hangul as overlapping syllable bigrams, so a word is found inside any eojeol.

Korean attaches particles to nouns and often writes compounds without spaces, so a
word tokenizer sees "북한에서" as one token and a search for 북한 misses it. Each run of
Hangul is therefore indexed, in a column of its own, as its overlapping two-syllable
grams followed by its last syllable alone ("북한에서" → 북한 한에 에서 서). A query word
becomes the phrase of its grams, which matches wherever the word occurs as a
substring; a one-syllable word becomes a prefix search, which finds the syllable as
the start of a gram or as the last syllable of a run. Measured against a trigram index
in ``docs/benchmarks.md``: trigrams cannot serve a two-syllable noun, the commonest
Korean query.
"""

from __future__ import annotations

import re

_HANGUL = "\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff"
HANGUL_RUN = re.compile(f"[{_HANGUL}]+")
_HAS_HANGUL = re.compile(f"[{_HANGUL}]")


def has_hangul(text: str) -> bool:
    return _HAS_HANGUL.search(text) is not None


def runs(text: str) -> list[str]:
    """The maximal runs of Hangul letters in ``text``, in order."""
    return HANGUL_RUN.findall(text)


def index_tokens(text: str) -> str:
    """The bigram column of ``text``: grams of every run, each run ending on its last syllable."""
    return " ".join(token for run in runs(text) for token in _run_tokens(run))


def query_tokens(words: list[str]) -> tuple[list[str], bool]:
    """The grams to search for a sequence of Hangul runs, and whether the last is a prefix.

    Runs before the last keep their closing single syllable, so a phrase of several runs
    only matches where the earlier runs end; the last run may be followed by anything
    (a particle), as may a run of one syllable, which becomes a prefix.
    """
    tokens: list[str] = []
    for run in words[:-1]:
        tokens.extend(_run_tokens(run))
    last = words[-1]
    if len(last) == 1:
        return [*tokens, last], True
    return [*tokens, *_bigrams(last)], False


def _run_tokens(run: str) -> list[str]:
    return [*_bigrams(run), run[-1]]


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]
