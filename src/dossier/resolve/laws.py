"""Whether two mentions name the same law, resolution or document.

A UN resolution is written many ways in one report ("resolution 2397", "Security Council
resolution 2397 (2017)", "S/RES/2397 (2017)", "UNSCR 2397", 결의 2397호): its number is
what identifies it, so two forms with the same number and no conflicting body or year
are one resolution, and two different numbers are two ("resolutions 2371 and 2375" sit
side by side in sanctions reports). A law's year may be written on one side only ("the
North Korean Human Rights Act" and "... Act of 2004"). Everything else is compared as
plain names, so titles differing in one word stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.model import MatchResult
from dossier.resolve.text import bare, key, plain

_BODIES = {
    "s": "Security Council",
    "security council": "Security Council",
    "un security council": "Security Council",
    "united nations security council": "Security Council",
    "unsc": "Security Council",
    "unscr": "Security Council",
    "안보리": "Security Council",
    "유엔 안보리": "Security Council",
    "a": "General Assembly",
    "general assembly": "General Assembly",
    "un general assembly": "General Assembly",
    "united nations general assembly": "General Assembly",
    "unga": "General Assembly",
    "a hrc": "Human Rights Council",
    "human rights council": "Human Rights Council",
    "un human rights council": "Human Rights Council",
}
_SYMBOL = re.compile(r"(?P<body>S|A|A/HRC)/RES/(?P<number>\d+(?:/\d+)?)\s*(?:\((?P<year>\d{4})\))?", re.I)
_PROSE = re.compile(
    r"(?:(?P<body>(?:united nations |un )?(?:security council|general assembly|human rights council)|unsc|unga|"
    r"유엔 안보리|안보리)\s*)?"
    r"(?:unscr|resolution|res\.|결의안?)\s*(?:no\.\s*)?(?P<number>\d+(?:/\d+)?)\s*(?:호)?\s*"
    r"(?:\((?P<year>\d{4})\))?",
    re.I,
)
_YEAR_SUFFIX = re.compile(r"\s*(?:,\s*|\bof\s+)?\(?\b(?:1[89]|20)\d\d\)?$", re.I)


@dataclass(frozen=True)
class Resolution:
    """A UN resolution as identified by its number; body and year where written."""

    number: str
    body: str | None
    year: str | None

    def __str__(self) -> str:
        return " ".join(part for part in (self.body, "resolution", self.number, f"({self.year})" if self.year else "") if part)


def resolution_of(name: str) -> Resolution | None:
    """The resolution a whole name stands for, or None if it is not one resolution."""
    text = " ".join(bare(name).split())
    found = _SYMBOL.fullmatch(text) or _PROSE.fullmatch(text)
    if found is None:
        return None
    number = found["number"]
    body = _BODIES.get(plain(found["body"] or "")) if found["body"] else None
    if body is None and "/" not in number:
        body = "Security Council" if found.re is _SYMBOL or text.casefold().startswith("unscr") else None
    return Resolution(number, body, found["year"])


def compare(first: str, second: str) -> MatchResult | None:
    """Match two names of laws or documents by number or undated title; None where
    neither rule applies and the names are left to the plain comparison."""
    left, right = resolution_of(first), resolution_of(second)
    if left is not None or right is not None:
        return _compare_resolutions(first, second, left, right)
    undated = _undated(first), _undated(second)
    dated = [bare(name) != title for name, title in zip((first, second), undated)]
    if dated[0] != dated[1] and key(undated[0]) == key(undated[1]) and len(plain(undated[0]).split()) >= 3:
        return MatchResult(True, 0.85, f"same title, the year written on one side only: {plain(undated[0])}")
    return None


def blocking_keys(name: str) -> set[str]:
    """Keys every spelling of one resolution or law shares: its number, its undated title."""
    found = resolution_of(name)
    if found is not None:
        return {f"r:{found.number}"}
    return {f"t:{key(_undated(name))}"}


def _compare_resolutions(first: str, second: str, left: Resolution | None, right: Resolution | None) -> MatchResult:
    if left is None or right is None:
        named, other = (first, second) if left is not None else (second, first)
        return MatchResult(False, 0.1, f"{bare(named)} is a resolution, {bare(other)} is not")
    if left.number != right.number:
        return MatchResult(False, 0.05, f"different resolution numbers: {left.number} vs {right.number}")
    if left.body and right.body and left.body != right.body:
        return MatchResult(False, 0.1, f"same number, different bodies: {left.body} vs {right.body}")
    if left.year and right.year and left.year != right.year:
        return MatchResult(False, 0.1, f"same number, different years: {left.year} vs {right.year}")
    return MatchResult(True, 0.95, f"same resolution number: {_fuller(left, right)}")


def _fuller(left: Resolution, right: Resolution) -> str:
    return str(Resolution(left.number, left.body or right.body, left.year or right.year))


def _undated(name: str) -> str:
    """A title without the year written after it: "... Act of 2004" → "... Act"."""
    return _YEAR_SUFFIX.sub("", bare(name))
