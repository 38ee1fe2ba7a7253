"""Blocking keys: which entities are worth comparing a name with.

Comparing every name with every entity does not scale to 100,000 mentions, so each
name gets a few keys that every spelling of the same thing shares (the consonant
skeleton of a Korean name, a family name, a facility number, an acronym's first
letters, a gazetteer id); only entities sharing a key are compared with ``match``.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.resolve import facilities, hangul, known, laws, orgs, persons, places, syllables
from dossier.resolve.text import bare, hyphen_words, key, plain


@lru_cache(maxsize=131072)
def keys(name: str, kind: str | None) -> frozenset[str]:
    """The blocking keys of one name of one kind."""
    found = {f"k:{key(name)}"}
    entry = known.entry(name, kind)
    if entry is not None:
        found.add(f"g:{entry.id}")
    found |= _KIND_KEYS.get(kind, _plain_keys)(name)
    return frozenset(found)


def _person_keys(name: str) -> set[str]:
    tokens = persons.words(name)
    if not tokens:
        return set()
    if hangul.is_hangul("".join(tokens)):
        split = persons.hangul_split("".join(tokens))
        return {f"p:{group}:{syllables.skeleton(list(split.given))}" for group in split.family_groups}
    found = {f"w:{key(tokens[-1])}"}
    for family, given in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
        groups = persons.family_groups(family) or {syllables.skeleton([family])}
        found.update(f"p:{group}:{syllables.skeleton(_parts(given))}" for group in groups)
    return found


def _place_keys(name: str) -> set[str]:
    return {f"l:{reading.half}:{syllables.skeleton(_parts(reading.core))}" for reading in places.readings(name)}


def _org_keys(name: str) -> set[str]:
    found = {f"o:{' '.join(word for word in plain(bare(name)).split() if word not in orgs.SMALL_WORDS)}"}
    found.update(f"a:{acronym}" for acronym in orgs.acronym_keys(name))
    found.add(f"s:{syllables.skeleton(_parts(bare(name).split()))}")
    return found


def _facility_keys(name: str) -> set[str]:
    parsed = facilities.parse(name)
    if parsed.number is not None:
        return {f"f:{parsed.number}"}
    return {f"f:{parsed.kind}:{syllables.skeleton(_parts(parsed.place.split()))}"}


def _law_keys(name: str) -> set[str]:
    return _org_keys(name) | laws.blocking_keys(name)


def _plain_keys(name: str) -> set[str]:
    return {f"s:{syllables.skeleton(_parts(bare(name).split()))}"} | _org_keys(name)


def _parts(words: tuple[str, ...] | list[str]) -> list[str]:
    return [part for word in words for part in hyphen_words(word)]


_KIND_KEYS = {
    "person": _person_keys,
    "place": _place_keys,
    "org": _org_keys,
    "facility": _facility_keys,
    "law": _law_keys,
}
