"""Whether two mentions name the same place.

A place name may carry a word for its administrative level ("Kanggye City",
"Kanggye-si", 강계시, "Jagang Province") and, for a divided province, its half
("North Hamgyong", "Hamgyŏng-pukto", 함경북도). Both are read off with the table in
``admin_suffixes.yaml``; the rest, the core, is compared as a Korean word
(``syllables``) or, for other places, by its letters. Halves must agree; levels must
agree where both names state one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dossier.model import MatchResult
from dossier.resolve import hangul, syllables, tables
from dossier.resolve.text import bare, hyphen_words, key, plain


@dataclass(frozen=True)
class PlaceName:
    """One reading of a place name: its core words, level and half, where stated."""

    core: tuple[str, ...]
    level: str | None = None
    half: str | None = None

    def describe(self) -> str:
        half = f"{self.half} " if self.half else ""
        level = f" ({self.level})" if self.level else ""
        return f"{half}{plain(' '.join(self.core))}{level}"


def readings(name: str) -> list[PlaceName]:
    """The ways to read ``name``: with its level and half words set aside, and as written."""
    text = bare(name)
    if hangul.is_hangul(text):
        return _hangul_readings(text.replace(" ", ""))
    words = text.replace(",", " ").split()
    half = _english_half(words)
    if half:
        words = words[1:]
    level, words = _english_level(words)
    found = [reading for reading in _romanized_readings(words, level, half) if reading.core]
    return found or [PlaceName(tuple(words), level, half)]


def compare(first: str, second: str) -> MatchResult:
    """Match two place names; the reason says what agreed or which part differed."""
    best = MatchResult(False, 0.0, f"different place names: {first} vs {second}")
    for left in readings(first):
        for right in readings(second):
            result = _compare_readings(left, right)
            if result.match:
                return result
            if result.score > best.score:
                best = result
    return best


def has_admin_word(name: str) -> bool:
    """True when a name states a level or a half: a sign that it names a place."""
    return any(reading.level or reading.half for reading in readings(name))


def _compare_readings(left: PlaceName, right: PlaceName) -> MatchResult:
    if left.half != right.half:
        return MatchResult(False, 0.3, f"different halves of a province: {left.describe()} vs {right.describe()}")
    if left.level and right.level and left.level != right.level:
        return MatchResult(False, 0.3, f"different administrative level: {left.describe()} vs {right.describe()}")
    detail = "" if left.level == right.level else ", one without its administrative suffix"
    if key(" ".join(left.core)) == key(" ".join(right.core)):
        return MatchResult(True, 0.97 if not detail else 0.93, f"same place: {left.describe()}{detail}")
    agreed = syllables.agreeing(_core_readings(left), _core_readings(right))
    if agreed is None:
        return MatchResult(False, 0.1, f"different place names: {left.describe()} vs {right.describe()}")
    return MatchResult(True, 0.92, f"same place after romanization: {syllables.spoken_roman(agreed)}{detail}")


def _core_readings(place: PlaceName) -> list[syllables.Reading]:
    parts = [part for word in place.core for part in hyphen_words(word)]
    return syllables.readings_of_words(parts)


def _english_half(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    first = words[0].casefold()
    return next((half for half, spelled in _halves("english").items() if first in spelled), None)


def _english_level(words: list[str]) -> tuple[str | None, list[str]]:
    for size in (2, 1):
        if len(words) > size:
            tail = plain(" ".join(words[-size:]))
            for level, spelled in _levels("english").items():
                if tail in {plain(word) for word in spelled}:
                    return level, words[:-size]
    return None, words


def _romanized_readings(words: list[str], level: str | None, half: str | None) -> list[PlaceName]:
    """Readings with a romanized suffix ("-si", "-pukto", joined "bukdo") set aside, if any."""
    if not words:
        return []
    found = []
    parts = hyphen_words(words[-1])
    head = [*words[:-1], "-".join(parts[:-1])] if len(parts) > 1 else None
    for suffix_level, suffix_half, rest in _suffixes(syllables.fold(parts[-1])):
        if level not in (None, suffix_level) or half not in (None, suffix_half) and suffix_half:
            continue
        if rest and head is not None:
            candidate = [*words[:-1], "-".join([*parts[:-1], rest])]
        elif rest:
            candidate = [*words[:-1], rest]
        elif head is not None:
            candidate = head
        else:
            continue
        found.extend(_with_joined_half(candidate, suffix_level, suffix_half or half))
    found.append(PlaceName(tuple(words), level, half))
    return found


def _with_joined_half(words: list[str], level: str | None, half: str | None) -> list[PlaceName]:
    """Also read off a half joined to the name before the suffix: "Hamgyeongbuk-do"."""
    found = [PlaceName(tuple(words), level, half)]
    if level != "province" or half:
        return found
    last = syllables.fold(words[-1])
    for name, spelled in _halves("romanized").items():
        for spelling in spelled:
            stem = last.rstrip("-")
            if stem.endswith(spelling) and len(stem) > len(spelling):
                rest = stem[: -len(spelling)].rstrip("-")
                found.insert(0, PlaceName(tuple([*words[:-1], rest]), level, name))
    return found


@cache
def _suffixes(word: str) -> list[tuple[str, str | None, str]]:
    """(level, half, what is left of the word) for each suffix ``word`` may end with."""
    found = []
    for level, spelled in _levels("romanized").items():
        for suffix in spelled:
            flat = suffix.replace("-", "")
            if not word.endswith(flat):
                continue
            rest = word[: -len(flat)]
            found.append((level, None, rest))
            if level == "province":
                for half, halves in _halves("romanized").items():
                    for spelling in halves:
                        if rest == spelling:
                            found.append((level, half, ""))
    return found


def _hangul_readings(text: str) -> list[PlaceName]:
    found = []
    for level, spelled in _levels("hangul").items():
        for suffix in spelled:
            if text.endswith(suffix) and len(text) > len(suffix):
                core = text[: -len(suffix)]
                found.extend(_hangul_half(core, level))
    found.append(PlaceName((text,)))
    return found


def _hangul_half(core: str, level: str) -> list[PlaceName]:
    found = [PlaceName((core,), level)]
    if level == "province" and len(core) > 2:
        for half, spelled in _halves("hangul").items():
            if core[-1] in spelled:
                found.insert(0, PlaceName((core[:-1],), level, half))
    return found


def _levels(form: str) -> dict[str, list[str]]:
    return {level: [str(word) for word in spec.get(form) or []] for level, spec in tables.admin_suffixes()["levels"].items()}


def _halves(form: str) -> dict[str, list[str]]:
    return {half: [str(word) for word in spec.get(form) or []] for half, spec in tables.admin_suffixes()["halves"].items()}

