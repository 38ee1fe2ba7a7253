"""Partial dates as spans of days, so that "1998", "the 1990s" and "March 2015" can be
ordered and tested for overlap.

A year stands for the whole year, a month for the whole month, a period runs to the
end of its ``end_value``. ISO day strings compare correctly as strings, so a span is
two of them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from dossier.model import PartialDate, Precision, Record

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Period(Record):
    start: str  # YYYY-MM-DD, first day covered
    end: str  # YYYY-MM-DD, last day covered

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def years_apart(self, other: Period) -> int:
        """0 when the spans overlap, else the whole years between them."""
        if self.overlaps(other):
            return 0
        first, second = sorted((self, other), key=lambda p: p.start)
        return int(second.start[:4]) - int(first.end[:4])

    def union(self, other: Period) -> Period:
        return Period(min(self.start, other.start), max(self.end, other.end))


def period_of(date: PartialDate | None) -> Period | None:
    """The days a partial date covers; None for no date or a relative, unresolved one."""
    if date is None or date.precision == Precision.UNRESOLVED:
        return None
    return period_between(date.value, date.end_value)


def period_between(value: str | None, end_value: str | None = None) -> Period | None:
    """From the first day of ``value`` to the last day of ``end_value`` (or of ``value``)."""
    first = _bounds(value)
    if first is None:
        return None
    last = _bounds(end_value) if end_value else first
    if last is None or last[1] < first[0]:
        return Period(*first)
    return Period(first[0], last[1])


def _bounds(value: str | None) -> tuple[str, str] | None:
    match = _ISO.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    last_day = calendar.monthrange(int(year), int(month))[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last_day:02d}"
    if not 1 <= int(day) <= last_day:
        return None
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
