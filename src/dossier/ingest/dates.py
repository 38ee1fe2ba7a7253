"""Calendar dates as citations and headers write them, at the precision they give.

Ingest needs dates for two things only: a publication's own date and the date of each
cited work. Both are written in a few conventional shapes ("December 12, 2017",
"7 February 2014", "DECEMBER 12, 2017", "Spring/Summer 2014", "(Seoul: ..., 2004)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.model import PartialDate, Precision

EXTRACTOR = "ingest.dates"

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# A month may be glued to the word before it, as in "Yahoo.comAugust22, 2017".
_MONTH = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)(?:\s*/\s*(?:spring|summer|fall|autumn|winter))?"

# Most specific first: a shorter shape must not claim part of a longer one.
_SHAPES: list[tuple[re.Pattern[str], Precision]] = [
    (re.compile(rf"{_MONTH}\s*{_DAY},?\s*{_YEAR}\b", re.I), Precision.DAY),
    (re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I), Precision.DAY),
    (re.compile(r"\b(?P<year>1[6-9]\d\d|20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), Precision.DAY),
    (re.compile(r"(?P<year>1[6-9]\d\d|20\d\d)년\s*(?P<month>1[0-2]|0?[1-9])월\s*(?P<day>[0-3]?\d)일"), Precision.DAY),
    (re.compile(rf"{_MONTH},?\s+{_YEAR}\b", re.I), Precision.MONTH),
    (re.compile(r"(?P<year>1[6-9]\d\d|20\d\d)년\s*(?P<month>1[0-2]|0?[1-9])월"), Precision.MONTH),
    (re.compile(rf"\b{_SEASON}\s+{_YEAR}\b", re.I), Precision.YEAR),
]
_BARE_YEAR = re.compile(rf"(?<![\d/.-]){_YEAR}(?![\d/-])")
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}\b(?!,?\s*\d)", re.I)


@dataclass(frozen=True)
class MonthDay:
    """A day of a month written without its year ("April 15th")."""

    month: int
    start: int
    end: int


def find_dates(text: str, *, years: bool = True) -> list[PartialDate]:
    """Every date in ``text``, in order, none overlapping; bare years only if ``years``."""
    found: list[PartialDate] = []
    taken: list[tuple[int, int]] = []
    shapes = [*_SHAPES, (_BARE_YEAR, Precision.YEAR)] if years else _SHAPES
    for pattern, precision in shapes:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            date = _date(match, precision)
            if date is not None:
                found.append(date)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda date: date.start or 0)


def month_days(text: str) -> list[MonthDay]:
    """Month-and-day expressions without a year."""
    return [MonthDay(_MONTHS[m.group("month").lower()], m.start(), m.end())
            for m in _MONTH_DAY.finditer(text) if 1 <= int(m.group("day")) <= 31]


def _date(match: re.Match[str], precision: Precision) -> PartialDate | None:
    parts = match.groupdict()
    year = int(parts["year"])
    month = _month_number(parts.get("month"))
    day = int(parts["day"]) if parts.get("day") else None
    if (parts.get("month") and month is None) or (day is not None and not 1 <= day <= 31):
        return None
    if precision is Precision.DAY:
        value = f"{year:04d}-{month:02d}-{day:02d}"
    elif precision is Precision.MONTH:
        value = f"{year:04d}-{month:02d}"
    else:
        value = f"{year:04d}"
    return PartialDate(text=match.group(0), value=value, precision=precision,
                       start=match.start(), end=match.end(), extractor=EXTRACTOR)


def _month_number(name: str | None) -> int | None:
    if name is None:
        return None
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    return _MONTHS.get(name.lower().rstrip("."))
