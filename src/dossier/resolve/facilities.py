"""Whether two mentions name the same detention facility.

Facilities are named by kind and number ("Camp 12", "Kyo-hwa-so No. 12", "Kyohwaso
Number 12", 제12호 교화소), often with a place ("at Jongo-ri", "(Chongo-ri)"), or by
kind and place ("Yodok political prison camp"). The kind words, local and English, come
from ``facility_types.yaml``. Same number and compatible kinds match; the reason says so
and whether the places agree, because a number alone is weaker evidence than a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dossier.model import MatchResult
from dossier.resolve import places, tables
from dossier.resolve.text import bare

_NUMBER = re.compile(r"(?:\b(?:no|nr|number)\b\.?\s*|#\s*|제\s*)?(\d+)\s*(?:호)?", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:at|in|near|of|the|called|known as|located)\b|[(),.;:]", re.IGNORECASE)


@dataclass(frozen=True)
class FacilityName:
    """What a facility's name states: its kind, number and place (each may be missing)."""

    kind: str | None
    number: int | None
    place: str

    def kind_label(self) -> str:
        return str(tables.facility_kinds()[self.kind]["label"]) if self.kind else "facility"


def parse(name: str) -> FacilityName:
    """Read kind, number and place off a facility's name."""
    text = bare(name)
    kind, text = _take_kind(text)
    number_match = _NUMBER.search(text)
    number = int(number_match.group(1)) if number_match else None
    if number_match:
        text = text[: number_match.start()] + " " + text[number_match.end() :]
    place = " ".join(_FILLER.sub(" ", text).split()).strip("- ")
    return FacilityName(kind, number, place)


def looks_like_facility(name: str) -> bool:
    """True when a name contains a word for a kind of detention facility."""
    return parse(name).kind is not None


def compare(first: str, second: str) -> MatchResult:
    """Match two facility names by number, kind and place."""
    a, b = parse(first), parse(second)
    if not _compatible(a.kind, b.kind):
        return MatchResult(False, 0.2, f"different kinds of facility: {a.kind_label()} vs {b.kind_label()}")
    if a.number is not None or b.number is not None:
        return _compare_numbered(a, b)
    if a.place and b.place:
        same = places.compare(a.place, b.place)
        if same.match:
            return MatchResult(True, 0.85, f"same kind of facility at the same place ({same.reason})")
        return MatchResult(False, 0.2, f"facilities at different places: {a.place} vs {b.place}")
    if not a.place and not b.place and a.kind and a.kind == b.kind and a.kind != "generic":
        return MatchResult(True, 0.8, f"same local term: {bare(first)} = {bare(second)}")
    return MatchResult(False, 0.1, f"not enough in common: {bare(first)} vs {bare(second)}")


def _compare_numbered(a: FacilityName, b: FacilityName) -> MatchResult:
    if a.number is None or b.number is None:
        return MatchResult(False, 0.2, "only one of the names gives a facility number")
    if a.number != b.number:
        return MatchResult(False, 0.1, f"different facility number: {a.number} vs {b.number}")
    kinds = f"compatible kinds ({a.kind_label()} / {b.kind_label()})"
    if a.place and b.place:
        same = places.compare(a.place, b.place)
        if not same.match:
            return MatchResult(False, 0.3, f"same number {a.number} but different places: {a.place} vs {b.place}")
        return MatchResult(True, 0.92, f"same facility number {a.number}, {kinds}, location agrees: {a.place} = {b.place}")
    return MatchResult(True, 0.8, f"same facility number {a.number}, {kinds}, location not stated in both")


def _compatible(first: str | None, second: str | None) -> bool:
    return first in (None, "generic") or second in (None, "generic") or first == second


def _take_kind(text: str) -> tuple[str | None, str]:
    """The most specific kind named in ``text`` and the text without that term."""
    for term, kind in _terms():
        found = re.search(_term_pattern(term), text, re.IGNORECASE)
        if found:
            return kind, text[: found.start()] + " " + text[found.end() :]
    return None, text


@cache
def _terms() -> list[tuple[str, str]]:
    """Every (term, kind), longest first, specific kinds before generic ones."""
    pairs = [(str(term), kind) for kind, spec in tables.facility_kinds().items() for term in spec.get("terms") or []]
    return sorted(pairs, key=lambda pair: (pair[1] == "generic", -len(pair[0])))


@cache
def _term_pattern(term: str) -> str:
    """A pattern for a term that allows hyphens or spaces between its letters ("kwan-li-so")."""
    letters = [re.escape(char) for char in term if char not in " -"]
    body = r"[\s\-‐]?".join(letters)
    return rf"(?<![^\W\d_]){body}s?(?![^\W\d_])"
