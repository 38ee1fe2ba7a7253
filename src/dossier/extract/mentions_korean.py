"""Names in Hangul text.

Korean writes particles onto names ("국가보위성에서", "김정은은"), so known names are
matched as prefixes of Hangul words (and of what follows a known name inside a
compound), longest first, against the gazetteer's Hangul forms. Names the gazetteer
lacks come from the morphological analyser kiwipiepy: its proper nouns (NNP), joined
with the nouns glued to them, are labelled by their last syllables (…도, …군 places;
…부, …위원회 organizations; …교화소 facilities; …법, …협약 documents) or, for a
family name plus one or two syllables, as people. Kiwi is loaded on the first Hangul
text, so English-only work never pays for it.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from dossier.extract.gazetteer import Gazetteer, name_key
from dossier.extract.mentions_patterns import CUES_DIR, Candidate

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# The stretch of a line from its first to its last Hangul word, with a little context.
_HANGUL_LINE = re.compile(r"[\uac00-\ud7a3](?:[^\n]*[\uac00-\ud7a3])?[^\n\uac00-\ud7a3]{0,12}")
_NOUN_TAGS = ("NNP", "NNG", "XSN", "SN", "SL")
_COURTESY = re.compile(r"(?<![\uac00-\ud7a3])[김이박최정강조윤장임한오서신권황안송류홍] ?(?:씨|선생)(?=[은는이가을를의에도와과께]|\s|$)")
_PERSON_FOLLOWERS = ("씨", "선생", "님", "동지", "위원장", "원수", "총비서", "대표", "의원", "교수", "기자", "출입기자", "특파원")


def has_hangul(text: str) -> bool:
    """Whether the text has any Hangul syllable: only then is Korean analysis run."""
    return _HANGUL_WORD.search(text) is not None


def known_names(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Gazetteer names at the start of Hangul words, particles left outside the span."""
    keys = _hangul_keys(gazetteer)
    longest = max((len(key) for key in keys), default=0)
    found: list[Candidate] = []
    for word in _HANGUL_WORD.finditer(text):
        position = word.start()
        while position < word.end():
            size = _longest_key(text, position, word.end(), keys, longest)
            if not size:
                break
            entry = gazetteer.candidates(text[position : position + size])[0]
            found.append(Candidate(position, position + size, entry.label, 0.9, entry.name, "gazetteer:hangul"))
            position += size
    return found


def proper_nouns(text: str) -> list[Candidate]:
    """Kiwi's proper nouns with the nouns glued to them, labelled by their endings.

    Only lines with Hangul go through Kiwi: English lines would cost time and give
    nothing the English rules do not.
    """
    endings = _endings()
    found: list[Candidate] = []
    for line in _HANGUL_LINE.finditer(text):
        for start, end, form, proper, context in _noun_groups(line.group()):
            label = _person_shape(form, context, proper)
            if proper:
                label = _label_by_ending(form, endings) or label
            if label:
                found.append(Candidate(line.start() + start, line.start() + end, label, 0.6, rule="kiwi"))
    found += _courtesy_names(text)
    return found


def _courtesy_names(text: str) -> list[Candidate]:
    """A family name with "씨" or "선생" ("이 씨는"): the Korean "Mr. Lee"."""
    return [Candidate(m.start(), m.end(), "PERSON", 0.6, rule="courtesy") for m in _COURTESY.finditer(text)]


def _noun_groups(text: str) -> list[tuple[int, int, str, bool, tuple[str, str]]]:
    """(start, end, text, holds a proper noun, (morpheme before, morpheme after)) of
    each run of nouns glued together."""
    tokens = _kiwi().tokenize(text)
    groups = []
    k = 0
    while k < len(tokens):
        if tokens[k].tag not in _NOUN_TAGS:
            k += 1
            continue
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].tag in _NOUN_TAGS and tokens[j + 1].start == tokens[j].start + tokens[j].len:
            j += 1
        start, end = tokens[k].start, tokens[j].start + tokens[j].len
        before = tokens[k - 1].form if k else ""
        after = tokens[j + 1].form if j + 1 < len(tokens) else ""
        if _HANGUL_WORD.fullmatch(text[start:end]):
            proper = any(tokens[n].tag == "NNP" for n in range(k, j + 1))
            groups.append((start, end, text[start:end], proper, (before, after)))
        k = j + 1
    return groups


def _label_by_ending(form: str, endings: list[tuple[str, str]]) -> str | None:
    for ending, label in endings:
        if form.endswith(ending) and len(form) > len(ending):
            return label
    return None


def _person_shape(form: str, context: tuple[str, str], proper: bool) -> str | None:
    """A family name and a one- or two-syllable given name ("지성호", "김철") next to a
    title or honorific ("기자 박서연", "이영철 씨"); three syllables need no context
    when Kiwi calls them a proper noun."""
    surnames = _surnames()
    if not 2 <= len(form) <= 4:
        return None
    family = next((s for s in sorted(surnames, key=len, reverse=True) if form.startswith(s)), None)
    if family is None or not 1 <= len(form) - len(family) <= 2:
        return None
    titled = context[0] in _PERSON_FOLLOWERS or context[1] in _PERSON_FOLLOWERS
    return "PERSON" if titled or (proper and len(form) == 3) else None


def _longest_key(text: str, position: int, end: int, keys: frozenset[str], longest: int) -> int:
    for size in range(min(longest, end - position), 1, -1):
        if text[position : position + size] in keys:
            return size
    return 0


@cache
def _hangul_keys(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(
        name_key(form) for entry in gazetteer.entries() for form in entry.hangul if len(form) >= 2
    )


@cache
def _endings() -> list[tuple[str, str]]:
    """(ending, label), longest endings first so "위원회" wins over "회"."""
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    pairs = [(ending, label) for label, words in korean["hangul_endings"].items() for ending in words]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def _surnames() -> frozenset[str]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return frozenset(korean["hangul_surnames"])


@cache
def _kiwi():  # type: ignore[no-untyped-def]
    from kiwipiepy import Kiwi

    return Kiwi()
