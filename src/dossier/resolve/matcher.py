"""``match``: whether two names stand for the same person, place, organization or facility.

The gazetteer is asked first: two spellings of one known entry match ("Bo-wi-bu" and
"State Security Department"), two different known entries do not ("North Hamgyong" and
"South Hamgyong"). Otherwise the comparator of the kind decides; when no kind is given it
is guessed from the gazetteer and from the words of the names.
"""

from __future__ import annotations

import re

from dossier.errors import UsageError
from dossier.model import MatchResult
from dossier.resolve import facilities, hangul, known, laws, orgs, persons, places, syllables
from dossier.resolve.text import bare, hyphen_words, key, plain

KINDS = ("person", "place", "org", "facility", "law")
COMPARATORS = {
    "person": persons.compare,
    "place": places.compare,
    "org": orgs.compare,
    "facility": facilities.compare,
    "law": lambda name1, name2: laws.compare(name1, name2) or _compare_plain(name1, name2),
}
ORG_WORDS = frozenset(
    "ministry department corporation company committee commission party agency council bureau office "
    "university institute association army navy forces force bank group foundation union network "
    "center centre court assembly government police command division unit service bu".split()
)


def match(name1: str, name2: str, kind: str | None = None) -> MatchResult:
    """Whether ``name1`` and ``name2`` name the same thing, how sure, and why.

    ``kind`` is person, place, org, facility or law; None guesses it from the names.
    """
    if kind is not None and kind not in KINDS:
        raise UsageError(f"kind: must be one of {', '.join(KINDS)}, not {kind!r}")
    if not bare(name1) or not bare(name2):
        return MatchResult(False, 0.0, "an empty name")
    if key(name1) == key(name2):
        return MatchResult(True, 1.0, f"same name: {plain(bare(name1))}")
    kind = kind or guess_kind(name1, name2)
    own = COMPARATORS.get(kind or "", _compare_plain)(name1, name2)
    return _with_gazetteer(name1, name2, kind, own)


def guess_kind(name1: str, name2: str) -> str | None:
    """The kind two names most likely share: gazetteer first, then their words."""
    for name in (name1, name2):
        found = known.entry(name)
        if found is not None:
            return found.kind
    if any(laws.resolution_of(name) for name in (name1, name2)):
        return "law"
    for name in (name1, name2):
        if facilities.looks_like_facility(name):
            return "facility"
    for name in (name1, name2):
        if places.has_admin_word(name):
            return "place"
    for name in (name1, name2):
        if orgs.is_acronym(name) or ORG_WORDS & set(plain(name).split()):
            return "org"
    if all(_looks_like_person(name) for name in (name1, name2)):
        return "person"
    return None


def _with_gazetteer(name1: str, name2: str, kind: str | None, own: MatchResult) -> MatchResult:
    """The comparator's verdict, overruled where the gazetteer knows both names.

    Two spellings of one entry match even when nothing in the letters says so
    ("Bo-wi-bu", "State Security Department"); two different entries never match.
    """
    first, second = known.same_entry(name1, name2, kind)
    if first is None or second is None:
        return own
    if first.id != second.id:
        reason = own.reason if not own.match else f"different entries in gazetteer: {first.name} vs {second.name}"
        return MatchResult(False, min(own.score, 0.05), reason)
    if own.match:
        return own
    entry = "" if key(first.name) in (key(name1), key(name2)) else f" ({first.name})"
    return MatchResult(True, 0.97, f"known alias in gazetteer: {bare(name1)} = {bare(name2)}{entry}")


def _compare_plain(name1: str, name2: str) -> MatchResult:
    """Names of no known kind: the same letters, or the same Korean syllables."""
    words1 = [part for token in bare(name1).split() for part in hyphen_words(token)]
    words2 = [part for token in bare(name2).split() for part in hyphen_words(token)]
    agreed = syllables.agreeing(syllables.readings_of_words(words1), syllables.readings_of_words(words2))
    if agreed is not None:
        return MatchResult(True, 0.85, f"same Korean word after romanization: {syllables.spoken_roman(agreed)}")
    return MatchResult(False, 0.1, f"different names: {bare(name1)} vs {bare(name2)}")


def _looks_like_person(name: str) -> bool:
    """Two to five capitalised words (a title may stand in for one), or a Hangul name.

    A single word is left unguessed: "Unsan" is as likely a place as a surname.
    """
    text = bare(name)
    if hangul.is_hangul(text):
        joined = text.replace(" ", "")
        return 3 <= len(joined) <= 4 and bool(persons.family_groups(joined[:1]))
    tokens = persons.words(text)
    titled = len(text.split()) > len(tokens)
    return (2 if not titled else 1) <= len(tokens) <= 5 and all(re.match(r"^[A-Z][\w'’.\-]*$", t) for t in tokens)
