"""What kind of publication a text is, from the cues its own words give.

What the text calls itself comes first: its title, then its header ("Testimony of ...",
"Interview by ...", "증언", "면담"). Only when neither names a kind does its shape
decide: questions and answers, a news wire's dateline, a sectioned report, imagery
vocabulary, a first-person or pseudonymous witness, a byline (commentary), or nothing
(a report).
"""

from __future__ import annotations

import re

from dossier.model import Author, DocumentKind

# What a title or header may call the text, in the order they win over each other.
_NAMED: list[tuple[re.Pattern[str], DocumentKind]] = [
    (re.compile(r"\binterview|인터뷰|면담", re.I), DocumentKind.INTERVIEW),
    (re.compile(r"\btestimony\b|증언", re.I), DocumentKind.TESTIMONY),
    (re.compile(r"\bstatement\b|성명|발언문", re.I), DocumentKind.STATEMENT),
    (re.compile(r"\bimagery\b|\bsatellites?\b|위성", re.I), DocumentKind.IMAGERY_NOTE),
    (re.compile(r"\b(?:judgment|judgement|verdict|indictment|court|tribunal|decree|resolution adopted|"
                r"(?:act|law|code) of \d{4})\b|판결", re.I), DocumentKind.LEGAL),
    (re.compile(r"\breport\b|보고서", re.I), DocumentKind.REPORT),
]
_NEWS_WIRE = re.compile(r"\((?:Reuters|AP|AFP|Yonhap|UPI|Kyodo|Xinhua)\)\s*[-—–]")
_IMAGERY = re.compile(r"satellite imag|imagery (?:analysis|shows|dated|from)|image date|\bcoordinates\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_QUESTION_LINE = re.compile(r"(?m)^(?:Q[:.]\s.*|[^\n]{10,300}\?)[ \t]*$")
_HEADING = re.compile(r"(?m)^#{1,6}\s+\S|(?<=\n\n)[A-Z][^\n.!?:;]{2,80}(?=\n\n)")
FIRST_PERSON_PER_1000 = 25
MIN_SECTIONS = 3


def classify(title: str | None, header: str, body: str, authors: list[Author]) -> DocumentKind:
    """The kind of one publication; ``header`` is its front matter (credits, hearing lines)."""
    for label in (title or "", header):
        for pattern, kind in _NAMED:
            if pattern.search(label):
                return kind
    return _kind_from_shape(body, authors)


def _kind_from_shape(body: str, authors: list[Author]) -> DocumentKind:
    if any(a.role in ("interviewer", "interviewee") for a in authors) or _is_q_and_a(body):
        return DocumentKind.INTERVIEW
    if _NEWS_WIRE.search(body[:500]):
        return DocumentKind.NEWS
    if len(_HEADING.findall(body)) >= MIN_SECTIONS:
        return DocumentKind.REPORT
    if len(_IMAGERY.findall(body)) >= 3:
        return DocumentKind.IMAGERY_NOTE
    if any(a.pseudonym for a in authors) or _first_person_rate(body) >= FIRST_PERSON_PER_1000:
        return DocumentKind.ACCOUNT
    if any(a.role == "author" for a in authors):
        return DocumentKind.ARTICLE
    return DocumentKind.REPORT


def _is_q_and_a(body: str) -> bool:
    """Several question lines, each followed by an answer: the shape of an interview."""
    return len(_QUESTION_LINE.findall(body)) >= 4


def _first_person_rate(body: str) -> float:
    words = len(body.split())
    return 1000 * len(_FIRST_PERSON.findall(body)) / words if words else 0.0
