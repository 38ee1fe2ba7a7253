"""Word tokens of English text and the gazetteer scan over them.

Names are matched on tokens, not characters, so "Korea" never matches inside "Korean",
and a multi-word name may be written with any spacing, hyphenation or apostrophes:
tokens are joined by their lookup keys ("Kim Jong-un" and "Kim Jong Un" both give
"kimjongun"). The scan walks a prefix set of all gazetteer keys, so it gives up as soon
as no name can start with the words read so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from dossier.extract.gazetteer import Gazetteer, GazetteerEntry, name_key

# A word: letters and digits with inner hyphens, apostrophes and dots ("Ch'ongjin",
# "Bo-wi-bu", "U.S.", "A/HRC" is split at the slash). A final possessive is left out.
_TOKEN = re.compile(
    r"(?:[^\W_]\.){2,}"  # dotted abbreviations: U.S., D.P.R.K.
    r"|[^\W_](?:[^\W_]|['’](?!s\b)(?=[^\W_])|[-‐‑](?=[^\W_])|\.(?=[^\W\d_]\.))*\.?"
)
# What may separate two words of one name: spaces, a line break, closing apostrophe,
# comma, ampersand, brackets, colon and quotes ("Washington, DC", "Resolution 1874
# (2009)", "The Parallel Gulag: North Korea’s “An-jeon-bu” Prisons").
_NAME_GAP = re.compile(r"[ \u00a0’'‘,&():“”\"\-]*")
# Inside a name found by its shape (not by the gazetteer) only spaces, a closing
# apostrophe ("Workers’ Party"), "&" and hyphens may separate words.
_TIGHT_GAP = re.compile(r"[ \u00a0’'&\-]{1,3}")
_POSSESSIVE = re.compile(r"^['’]s")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof St Jr Sr Gen Rev Sen Rep Gov Lt Col Capt Sgt Co Inc Ltd Corp Mt Ft No Amb Pres".split()
)
_MAX_NAME_TOKENS = 16
_MAX_ACRONYM = 8


class Token(NamedTuple):
    """A word with its offsets; a named tuple because a document makes tens of thousands."""

    text: str
    start: int
    end: int
    key: str

    @property
    def capitalised(self) -> bool:
        first = self.text[0]
        return first.isupper() or first.isdigit()


@dataclass(frozen=True)
class GazetteerHit:
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index of the last token
    entries: tuple[GazetteerEntry, ...]


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text``, with their offsets and lookup keys."""
    tokens = []
    hangul = _HANGUL.search(text) is not None
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word.endswith(".") and not _keeps_dot(word):
            word = word[:-1]
        if hangul and word[-1] >= "\uac00" and word[0] < "\u0080":
            word = _without_particle(word)
        tokens.append(Token(word, match.start(), match.start() + len(word), name_key(word)))
    return tokens


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_PARTICLE_AFTER_LATIN = re.compile(r"(?<=[A-Za-z0-9])['’]?[\uac00-\ud7a3]")


def _without_particle(word: str) -> str:
    """"KBS를", "'Kyohwaso'로": a Korean particle written onto a Latin name is not part of it."""
    particle = _PARTICLE_AFTER_LATIN.search(word)
    return word[: particle.start()] if particle else word


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether two neighbouring tokens may belong to one known name: on one line, with
    at most a few spaces and punctuation marks between them."""
    gap = text[left.end : right.start]
    if len(gap) > 4:
        return False
    return _NAME_GAP.fullmatch(_POSSESSIVE.sub("", gap)) is not None


def tightly_joined(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens may belong to one name found by its shape: nothing between
    them but a space, a closing apostrophe, "&" or a hyphen."""
    return _TIGHT_GAP.fullmatch(text[left.end : right.start]) is not None


def scan(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[GazetteerHit]:
    """Longest gazetteer names found in the tokens, left to right, without overlaps."""
    index = _index(gazetteer)
    hits: list[GazetteerHit] = []
    i = 0
    while i < len(tokens):
        hit = _longest_at(text, tokens, i, gazetteer, index)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.last + 1
    return hits


def _longest_at(
    text: str,
    tokens: list[Token],
    i: int,
    gazetteer: Gazetteer,
    index: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> GazetteerHit | None:
    prefixes, scan_keys, upper_only = index
    if not tokens[i].capitalised:
        return None
    key = ""
    best: GazetteerHit | None = None
    for j in range(i, min(len(tokens), i + _MAX_NAME_TOKENS)):
        if j > i and not joined(text, tokens[j - 1], tokens[j]):
            break
        if j > i and _POSSESSIVE.match(text[tokens[j - 1].end : tokens[j].start]):
            key += "s"  # "People’s Republic": the possessive s is part of the name
        key += tokens[j].key
        if key not in prefixes:
            break
        entries = gazetteer.candidates(key) if key in scan_keys else []
        if not entries or not tokens[j].text[0].isalnum():
            continue
        surface = text[tokens[i].start : tokens[j].end]
        if key in upper_only and not _is_upper(surface):
            continue
        if not tokens[j].capitalised and tokens[j].text.islower() and j > i and _all_words_capitalised(entries, key):
            continue
        best = GazetteerHit(tokens[i].start, tokens[j].end, i, j, tuple(entries))
    return best


@cache
def _index(gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every prefix of every key (to stop early), the keys, and the keys only spelled in
    capitals (acronyms: "US" must not match "us", "CAT" not "Cat").

    Canonical names with a bracketed qualifier ("Kanggye (Chagang)", "… (HRNK)") are
    for lookup only: in running text the bracket is not part of the name.
    """
    prefixes: set[str] = set()
    spellings: dict[str, list[str]] = {}
    for entry in gazetteer.entries():
        for name in entry.names():
            if "(" in name:
                continue
            key = name_key(name)
            prefixes.update(key[:n] for n in range(1, len(key) + 1))
            spellings.setdefault(key, []).append(name)
    upper_only = {
        key
        for key, names in spellings.items()
        if all(_is_upper(name) and len(key) <= _MAX_ACRONYM for name in names)
    }
    return frozenset(prefixes), frozenset(spellings), frozenset(upper_only)


def _all_words_capitalised(entries: list[GazetteerEntry], key: str) -> bool:
    """Whether every spelling of ``key`` capitalises its last word ("Tumen River", not
    "Tumen river"): then a lower-case last word in the text is a common noun."""
    for entry in entries:
        for name in entry.names():
            if name_key(name) == key and name.split()[-1][:1].islower():
                return False
    return True


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _keeps_dot(word: str) -> bool:
    """Dotted abbreviations keep their final dot ("U.S."); a sentence's full stop does not."""
    return word.count(".") >= 2 or (len(word) == 2 and word[0].isupper()) or word[:-1] in _ABBREVIATIONS
