"""The incident timeline: each incident a bar over the time its date allows.

A date known to the year is a bar across that year, to the month a bar across the
month, a decade ("the 1990s", which the extractor records as 1990 to 1999) and any
other period from its first to its last day; a date known to the day is a short bar
of minimum width. The days a date covers are ``analyze.periods``' answer. Bars are stacked
into rows so none overlaps, and laid out here as SVG coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dossier.analyze.periods import period_between

WIDTH = 760
ROW = 16
AXIS = 24
MIN_BAR = 3.0
MAX_ROWS = 60


@dataclass
class Bar:
    x: float
    y: float
    width: float
    label: str
    href: str
    precision: str


@dataclass
class Timeline:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    undated: int


def span(value: str, end_value: str | None = None) -> tuple[date, date] | None:
    """First day and the day after the last day a partial date covers (``analyze.periods``)."""
    period = period_between(value, end_value)
    if period is None:
        return None
    return date.fromisoformat(period.start), date.fromisoformat(period.end) + timedelta(days=1)


def layout(items: list[tuple[str, str, str | None, str, str]]) -> Timeline:
    """Items are (value, precision, end value, label, link) → bars in rows, with year ticks."""
    spans = []
    undated = 0
    for value, precision, end_value, label, href in items:
        found = span(value, end_value) if value else None
        if found is None:
            undated += 1
            continue
        spans.append((*found, label, href, precision))
    if not spans:
        return Timeline(WIDTH, AXIS, [], [], undated)
    first = date(min(s[0] for s in spans).year, 1, 1)
    last = _year_boundary_after(max(s[1] for s in spans))
    scale = WIDTH / (last - first).days
    bars: list[Bar] = []
    row_ends: list[float] = []
    for start, end, label, href, precision in sorted(spans, key=lambda s: (s[0], s[1])):
        x, width = (start - first).days * scale, max(MIN_BAR, (end - start).days * scale)
        row = _free_row(row_ends, x, x + width)
        bars.append(Bar(round(x, 1), AXIS + row * ROW, round(width, 1), label, href, precision))
    return Timeline(WIDTH, AXIS + len(row_ends) * ROW + 4, bars, _ticks(first, last, scale), undated)


def _year_boundary_after(day: date) -> date:
    """``day`` if it starts a year, else the start of the next year: the axis ends on a tick."""
    return day if (day.month, day.day) == (1, 1) else date(day.year + 1, 1, 1)


def _free_row(row_ends: list[float], x: float, end_x: float) -> int:
    """The first row whose last bar ends before ``x`` (rows past MAX_ROWS share the last)."""
    for row, end in enumerate(row_ends):
        if end + 1 <= x:
            row_ends[row] = end_x
            return row
    if len(row_ends) < MAX_ROWS:
        row_ends.append(end_x)
        return len(row_ends) - 1
    return MAX_ROWS - 1


def _ticks(first: date, last: date, scale: float) -> list[tuple[float, str]]:
    years = last.year - first.year
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= 12)
    return [
        (round((date(y, 1, 1) - first).days * scale, 1), str(y))
        for y in range(first.year, last.year + 1)
        if y % step == 0 or step == 1
    ]
