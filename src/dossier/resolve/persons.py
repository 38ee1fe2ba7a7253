"""Whether two mentions name the same person.

Korean names are compared syllable by syllable (``syllables``), the family name through
the table of published spellings (``tables.surnames``), in either order ("Kim Il-sung",
"Il-sung Kim"). Other names are compared word by word, allowing initials and a middle
name present on one side only. Titles are set aside first; a title with a bare surname
("Secretary Kerry") matches a full name with that surname, which is only safe when the
context holds no one else of that name: the resolver checks that.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model import MatchResult
from dossier.resolve import hangul, syllables, tables
from dossier.resolve.text import bare, hyphen_words, key, plain

SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
COURTESY = "씨"  # Korean courtesy title after a name, spaced or not: "최씨", "이 씨", "최영남 씨"


@dataclass(frozen=True)
class PersonName:
    """A name split into family name and given-name words, in one reading order."""

    family: str
    given: tuple[str, ...]  # given-name words as written ("Il", "sung")

    @property
    def family_groups(self) -> frozenset[str]:
        return family_groups(self.family)


def words(name: str) -> list[str]:
    """The words of a person's name, without titles in front, or "Jr." and 씨 behind."""
    tokens = bare(name).replace(",", " ").split()
    if len(tokens) > 1 and tokens[-1] == COURTESY:
        tokens.pop()
    elif tokens and hangul.is_hangul(tokens[-1]) and len(tokens[-1]) > 1 and tokens[-1].endswith(COURTESY):
        tokens[-1] = tokens[-1][: -len(COURTESY)]
    while len(tokens) > 1 and _title_word(tokens[0]):
        tokens.pop(0)
    while len(tokens) > 1 and _title_word(tokens[-1], SUFFIXES):
        tokens.pop()
    return tokens


def is_surname_only(name: str) -> bool:
    """True for a single word once titles are set aside: "Secretary Kerry", "Mr. Lee"."""
    tokens = words(name)
    return len(tokens) == 1 and not (hangul.is_hangul(tokens[0]) and len(tokens[0]) > 1)


def surname_of(name: str) -> str:
    """The word most likely to be the family name: first if a Korean surname, else last."""
    tokens = words(name)
    if hangul.is_hangul("".join(tokens)):
        return hangul_split("".join(tokens)).family
    if len(tokens) > 1 and family_groups(tokens[0]) and not family_groups(tokens[-1]):
        return tokens[0]
    return tokens[-1] if tokens else ""


def family_groups(word: str) -> frozenset[str]:
    """The Korean family names a spelling may stand for (empty if not a known one)."""
    by_spelling, by_hangul = tables.surnames()
    if hangul.is_hangul(word):
        return frozenset([by_hangul[word]]) if word in by_hangul else frozenset()
    folded = syllables.fold(word).strip(".")
    return by_spelling.get(folded) or by_spelling.get(key(word), frozenset())


def compare(first: str, second: str) -> MatchResult:
    """Match two person names; the reason says which part agreed or differed."""
    a, b = words(first), words(second)
    if not a or not b:
        return MatchResult(False, 0.0, "an empty name")
    if key(" ".join(a)) == key(" ".join(b)):
        return MatchResult(True, 1.0, f"same name: {plain(' '.join(a))}")
    if is_surname_only(first) and is_surname_only(second):
        if _same_family(a[0], b[0]):
            return MatchResult(True, 0.6, f"same surname: {plain(a[0])} / {plain(b[0])}")
        return MatchResult(False, 0.1, f"different surname: {plain(a[0])} vs {plain(b[0])}")
    if is_surname_only(first) != is_surname_only(second):
        return _surname_only(a if is_surname_only(first) else b, b if is_surname_only(first) else a)
    korean = _compare_korean(a, b)
    if korean is not None:
        return korean
    return _compare_western(a, b)


def _surname_only(single: list[str], full: list[str]) -> MatchResult:
    surname = single[0]
    options = [reading.family for reading in _readings(full)] or [full[-1]]
    for family in dict.fromkeys([*options, full[-1]]):
        if _same_family(surname, family):
            return MatchResult(
                True, 0.7,
                f"surname only: {plain(surname)} is the family name of {' '.join(full)} "
                "(safe only when no one else in the context has it)",
            )
    return MatchResult(False, 0.1, f"surname {plain(surname)} is not the family name of {' '.join(full)}")


def _compare_korean(a: list[str], b: list[str]) -> MatchResult | None:
    """Compare as Korean names; None when either cannot be read as one."""
    first, second = _readings(a), _readings(b)
    if not first or not second:
        return None
    best: MatchResult | None = None
    for left in first:
        for right in second:
            result = _compare_readings(left, right)
            if result.match:
                return result
            if best is None or result.score > best.score:
                best = result
    return best


def _compare_readings(left: PersonName, right: PersonName) -> MatchResult:
    if not _same_family(left.family, right.family):
        return MatchResult(False, 0.1, f"different family name: {plain(left.family)} vs {plain(right.family)}")
    given = syllables.agreeing(
        syllables.readings_of_words(list(left.given)), syllables.readings_of_words(list(right.given))
    )
    if given is None:
        return MatchResult(
            False, 0.4,
            f"different given name: {plain(' '.join(left.given))} vs {plain(' '.join(right.given))}",
        )
    family = right.family if hangul.is_hangul(left.family) else left.family
    name = f"{plain(family)} {syllables.spoken_roman(given)}"
    return MatchResult(True, 0.93, f"same Korean name after romanization: {name}")


def _same_family(first: str, second: str) -> bool:
    groups_a, groups_b = family_groups(first), family_groups(second)
    if groups_a and groups_b:
        return bool(groups_a & groups_b)
    if key(first) == key(second):
        return True
    return syllables.agreeing(list(syllables.readings(first)), list(syllables.readings(second))) is not None


def _readings(tokens: list[str]) -> list[PersonName]:
    """The ways to read a name as Korean: family name first, or last; [] if not Korean."""
    joined = "".join(tokens)
    if hangul.is_hangul(joined):
        split = hangul_split(joined)
        return [split] if split.given else []
    if len(tokens) < 2:
        return []
    found = []
    for family, given in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
        parts = [part for token in given for part in hyphen_words(token)]
        if (family_groups(family) or syllables.readings(family)) and syllables.readings_of_words(parts):
            found.append(PersonName(family, tuple(parts)))
    return found


def hangul_split(joined: str) -> PersonName:
    """A Hangul name cut after its family name (one syllable, or two for 남궁, 황보 ...)."""
    _, by_hangul = tables.surnames()
    if len(joined) >= 3 and joined[:2] in by_hangul:
        return PersonName(joined[:2], (joined[2:],))
    return PersonName(joined[:1], (joined[1:],) if len(joined) > 1 else ())


def _compare_western(a: list[str], b: list[str]) -> MatchResult:
    last_a, last_b = key(a[-1]), key(b[-1])
    if last_a != last_b:
        return MatchResult(False, 0.1, f"different family name: {plain(a[-1])} vs {plain(b[-1])}")
    given_a, given_b = [key(word) for word in a[:-1]], [key(word) for word in b[:-1]]
    if given_a and given_b and not _given_agree(given_a[0], given_b[0]):
        return MatchResult(False, 0.4, f"different given name: {given_a[0]} vs {given_b[0]}")
    if len(given_a) != len(given_b):
        return MatchResult(True, 0.85, f"same first and family name, a middle name on one side: {plain(' '.join(a))}")
    if all(_given_agree(x, y) for x, y in zip(given_a, given_b)):
        return MatchResult(True, 0.88, f"same name up to initials: {plain(' '.join(a))} / {plain(' '.join(b))}")
    return MatchResult(False, 0.4, f"different middle name: {' '.join(given_a)} vs {' '.join(given_b)}")


def _given_agree(first: str, second: str) -> bool:
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    return first == second


def _title_word(token: str, extra: frozenset[str] = frozenset()) -> bool:
    folded = token.casefold().strip(".,")
    return folded in tables.titles() or folded.replace(".", "") in tables.titles() or folded in extra
