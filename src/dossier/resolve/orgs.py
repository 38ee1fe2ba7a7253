"""Whether two mentions name the same organization.

Names are compared word by word after folding case, accents, punctuation and small words
("the", "of"). A short form in capitals matches a long name when its letters can be
taken, in order, from the starts of the long name's words: "KOMID" from KOrea MIning
Development (Trading Corporation), "UN COI" from UN Commission Of Inquiry. Local terms
written in syllables ("Bo-wi-bu", "Bowibu", 보위부) are compared as Korean words. The
English names of local terms come from the gazetteer, in ``match``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.model import MatchResult
from dossier.resolve import syllables
from dossier.resolve.text import bare, hyphen_words, plain

SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "des", "la", "le", "el", "s"})
MAX_ACRONYM = 12


def compare(first: str, second: str) -> MatchResult:
    """Match two organization names; the reason says how they were found to agree."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return MatchResult(False, 0.0, "an empty name")
    if a == b:
        return MatchResult(True, 1.0, f"same name: {' '.join(a)}")
    if _content(a) == _content(b):
        return MatchResult(True, 0.95, f"same name apart from small words: {' '.join(_content(a))}")
    for short, long in ((first, b), (second, a)):
        if is_acronym(short) and len(long) > 1:
            fit = "initials" if _aligned(tuple(_words(short)), tuple(long)) else acronym_fit(_letters(short), tuple(long))
            if fit == "initials":
                return MatchResult(True, 0.85, f"acronym of the long name: {bare(short)} = {' '.join(long)}")
            if fit == "loose":
                return MatchResult(
                    False, 0.5,
                    f"{bare(short)} can be read from {' '.join(long)} but not as plain initials: "
                    "needs a definition in the text",
                )
    agreed = syllables.agreeing(_korean(first), _korean(second))
    if agreed is not None:
        return MatchResult(True, 0.9, f"same Korean name after romanization: {syllables.spoken_roman(agreed)}")
    return MatchResult(False, 0.1, f"different names: {bare(first)} vs {bare(second)}")


def is_acronym(name: str) -> bool:
    """True for a short form in capitals: "KOMID", "UN COI", "U.S.", "HRuF"."""
    tokens = bare(name).split()
    letters = _letters(name)
    if not tokens or not 2 <= len(letters) <= MAX_ACRONYM:
        return False
    return all(sum(char.isupper() for char in token) >= 2 or re.fullmatch(r"(?:[A-Z]\.)+", token) for token in tokens)


def acronym_keys(name: str) -> set[str]:
    """Keys shared by an acronym and the long names it may stand for (for blocking)."""
    if is_acronym(name):
        return {_letters(name)[:2]}
    words = [word for word in _words(name) if word]
    if len(words) < 2:
        return set()
    keys = {words[0][:2]}
    keys.update(words[0][0] + later[0] for later in words[1:3])
    return keys


@lru_cache(maxsize=65536)
def acronym_fit(letters: str, words: tuple[str, ...]) -> str | None:
    """How ``letters`` can be taken in order from the starts of ``words``.

    "initials": one letter from each content word, small words optional ("UNHCR", "COI").
    "loose": longer pieces of words, or content words skipped, but the first word used
    and no more content words skipped than used ("KOMID" from KOrea MIning Development
    Trading Corporation): plausible, yet "Korea Ministry of Defense" fits as well, so it
    needs a definition in the text. None: the letters cannot be read from the words.
    """
    if not words or not letters or not words[0].startswith(letters[0]):
        return None
    content = sum(word not in SMALL_WORDS for word in words)
    fits = _fits(letters, words, 0, 0)
    if any(used == content and longest == 1 for used, longest in fits):
        return "initials"
    if any(used >= 2 and content - used <= used - 1 for used, _ in fits):
        return "loose"
    return None


@lru_cache(maxsize=65536)
def _aligned(short: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """True when each short word is a long word itself or the initials of the next few.

    "UN COI" against "UN Commission of Inquiry": "un" is a word, "coi" its followers' initials.
    """
    if not short:
        return not [word for word in words if word not in SMALL_WORDS]
    if not words:
        return False
    token, rest = short[0], short[1:]
    if token == words[0] and _aligned(rest, words[1:]):
        return True
    return any(
        acronym_fit(token, words[:end]) == "initials" and _aligned(rest, words[end:])
        for end in range(1, len(words) + 1)
    )


def _fits(letters: str, words: tuple[str, ...], at: int, word: int) -> list[tuple[int, int]]:
    """(content words used, longest piece) for each way to take ``letters[at:]`` from ``words[word:]``."""
    if at == len(letters):
        return [(0, 0)]
    if word == len(words):
        return []
    found = _fits(letters, words, at, word + 1) if word > 0 else []
    current = words[word]
    credit = 0 if current in SMALL_WORDS else 1
    size = 1
    while size <= len(current) and at + size <= len(letters) and letters[at : at + size] == current[:size]:
        found.extend((used + credit, max(longest, size)) for used, longest in _fits(letters, words, at + size, word + 1))
        size += 1
    return found


def _words(name: str) -> list[str]:
    """Plain words; dotted initials ("U.S.") kept as one word, possessive "'s" dropped."""
    undotted = re.sub(r"\b((?:[A-Za-z]\.)+[A-Za-z]\.?)", lambda found: found.group(1).replace(".", ""), bare(name))
    return plain(re.sub(r"['’]s\b", "", undotted)).replace("&", " and ").split()


def _content(words: list[str]) -> list[str]:
    return [word for word in words if word not in SMALL_WORDS]


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(name))


def _korean(name: str) -> list[syllables.Reading]:
    parts = [part for token in bare(name).split() for part in hyphen_words(token)]
    return syllables.readings_of_words(parts)
