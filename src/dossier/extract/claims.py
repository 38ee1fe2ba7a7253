"""Claims: quantitative statements that can be compared across sources.

Every quantity found in a sentence becomes a claim: the counted thing is the subject,
the words that say what happened to it are the measure ("are detained", "reside",
"forcibly repatriated"), the value or range comes from the quantity, the as-of date from
the sentence or else the document, and the notes are the markers cited in that sentence.
Two sources that give 80,000-120,000 and 120,000 political prisoners then meet on the
same subject and can be compared by ``resolve``/``analyze``.
"""

from __future__ import annotations

import re

from dossier.extract.base import Extractor
from dossier.extract.sentences import sentence_at, sentences
from dossier.model import Annotations, Claim, Document, Precision, Quantity

NAME = "claims"
VERSION = "1.0"

_MARKER = re.compile(r"\[\d+\]")
_PREDICATE = re.compile(
    r"[\s,]*(?:(?:now|currently|still|already|reportedly|also|only)\s+)?"
    r"(?P<auxiliary>(?:(?:are|were|is|was|have|has|had|been|being|be)\s+)*)(?:\w+ly\s+)?(?P<verb>[a-z]+)\b"
)
_VERBS = frozenset("live lived reside resided remain remained die died flee fled work worked serve served".split())
_NOT_VERBS = frozenset("including during according regarding concerning following ago over".split())
_MEASURE_BY_UNIT = {"percent": "share", "USD": "amount"}
_DURATIONS = frozenset("days weeks months years decades centuries hours".split())


def find_claims(document: Document, found: Annotations) -> list[Claim]:
    """One claim per quantity of ``found``, in the sentence that states it."""
    spans = sentences(document.text)
    claims = []
    for quantity in found.quantities:
        span = sentence_at(spans, quantity.start)
        if span is None:
            continue
        claims.append(_claim(document, found, quantity, span))
    return claims


def _claim(document: Document, found: Annotations, quantity: Quantity, span: tuple[int, int]) -> Claim:
    start, end = span
    sentence = document.text[start:end]
    return Claim(
        text=sentence, start=start, end=end,
        subject=(quantity.unit or quantity.text).lower() if quantity.unit != "USD" else "money",
        measure=_measure(document.text, quantity),
        value=quantity.value, low=quantity.low, high=quantity.high, unit=quantity.unit,
        as_of=_as_of(document, found, span),
        notes=_notes(document, sentence, span),
        extractor=f"{NAME}@{VERSION}", document_id=document.id,
    )


def _measure(text: str, quantity: Quantity) -> str | None:
    if quantity.unit in _MEASURE_BY_UNIT:
        return _MEASURE_BY_UNIT[quantity.unit]
    if quantity.unit in _DURATIONS or quantity.unit == "years (age)":
        return "duration" if quantity.unit in _DURATIONS else "age"
    predicate = _PREDICATE.match(text, quantity.end)
    if predicate is None:
        return "count"
    verb = predicate["verb"]
    if verb in _NOT_VERBS:
        return "count"
    if predicate["auxiliary"] or verb in _VERBS or verb.endswith(("ed", "en", "ing")):
        return verb
    return "count"


def _as_of(document: Document, found: Annotations, span: tuple[int, int]) -> str | None:
    for date in found.dates:
        if date.start is not None and span[0] <= date.start < span[1] and date.precision != Precision.UNRESOLVED:
            return date.value
    return document.date.value if document.date else None


def _notes(document: Document, sentence: str, span: tuple[int, int]) -> list[str]:
    markers = _MARKER.findall(sentence)
    for note in document.notes:
        if any(span[0] <= cited.start < span[1] for cited in note.cited_at):
            markers.append(note.marker if note.marker.startswith("[") else f"[{note.marker}]")
    return list(dict.fromkeys(markers))


def run(document: Document, found: Annotations) -> None:
    """Add the claims of ``document`` to ``found``, from the quantities already found."""
    found.claims.extend(find_claims(document, found))


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
