"""A publication's own date, as precise as the text allows.

In order of trust: a date in the header (hearing headers carry the hearing date); a
date on a short credit or closing line ("Interview was filmed on Wednesday, January 31,
2018"); "this year" anchored to a year in the text ("This year in 2018, ... falls on
Sunday, April 15th" gives April 2018); and last the year of the latest work the notes
cite, since a publication is no older than its sources.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from dossier.ingest.dates import find_dates, month_days
from dossier.ingest.lines import Line, is_prose
from dossier.model import PartialDate, Precision

EXTRACTOR = "ingest.document_date"
_THIS_YEAR = re.compile(r"\b[Tt]his year,?\s+(?:in\s+)?(?P<year>1[6-9]\d\d|20\d\d)\b")
_ISO_DAY = re.compile(r"^(?:1[6-9]\d\d|20\d\d)-[01]\d-[0-3]\d")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


def document_date(text: str, header: list[Line], lines: list[Line], notes_start: int,
                  *, published: PartialDate | None = None) -> PartialDate | None:
    """The date of a publication whose ``text`` has these ``header`` and body ``lines``.

    ``published`` is the date the file's metadata gives (an HTML page's publication
    time, an e-mail's Date header); it yields only to a date in the header. ``lines``
    stop where the notes begin (``notes_start``), so a cited work's date is only used
    by the last rule.
    """
    return (
        _first_date(header, day_or_month_only=True)
        or published
        or _first_date(header, day_or_month_only=False)
        or _first_date([line for line in lines if not is_prose(line.text) and not line.text.rstrip().endswith("?")],
                       day_or_month_only=True)
        or _this_year(text[:notes_start])
        or _latest_cited(text, notes_start)
    )


def metadata_date(metadata: dict[str, str]) -> PartialDate | None:
    """The ``date`` of a file's metadata, written ISO-style or as an e-mail Date header."""
    raw = metadata.get("date", "").strip()
    iso = _ISO_DAY.match(raw)
    if iso:
        return PartialDate(text=raw, value=iso.group(0), precision=Precision.DAY, extractor=EXTRACTOR)
    try:
        moment = parsedate_to_datetime(raw) if raw else None
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is None:
        return None
    return PartialDate(text=raw, value=moment.date().isoformat(), precision=Precision.DAY, extractor=EXTRACTOR)


def _first_date(lines: list[Line], *, day_or_month_only: bool) -> PartialDate | None:
    for line in lines:
        for date in find_dates(line.text, years=not day_or_month_only):
            if day_or_month_only and date.precision not in (Precision.DAY, Precision.MONTH):
                continue
            return _shifted(date, line.start)
    return None


def _this_year(body: str) -> PartialDate | None:
    anchor = _THIS_YEAR.search(body)
    if anchor is None:
        return None
    year = anchor.group("year")
    sentence_end = _SENTENCE_END.search(body, anchor.end())
    stop = sentence_end.end() if sentence_end else len(body)
    days = month_days(body[anchor.end():stop])
    if days:
        end = anchor.end() + days[0].end
        return PartialDate(text=body[anchor.start():end], value=f"{year}-{days[0].month:02d}",
                           precision=Precision.MONTH, start=anchor.start(), end=end, extractor=EXTRACTOR)
    return PartialDate(text=anchor.group(0), value=year, precision=Precision.YEAR,
                       start=anchor.start(), end=anchor.end(), extractor=EXTRACTOR)


def _latest_cited(text: str, notes_start: int) -> PartialDate | None:
    dates = [date for date in find_dates(text[notes_start:], years=False) if date.value]
    if not dates:
        return None
    latest = max(dates, key=lambda date: date.value or "")
    start = notes_start + (latest.start or 0)
    return PartialDate(text=latest.text, value=(latest.value or "")[:4], precision=Precision.YEAR,
                       start=start, end=start + len(latest.text), extractor=EXTRACTOR)


def _shifted(date: PartialDate, offset: int) -> PartialDate:
    return PartialDate(text=date.text, value=date.value, precision=date.precision,
                       start=(date.start or 0) + offset, end=(date.end or 0) + offset, extractor=EXTRACTOR)
