"""Recommendations: who urges whom to do what.

A document that announces recommendations ("I respectfully recommend the following",
a "RECOMMENDATIONS" heading) and then opens paragraphs with "First," ... "Finally," or
"1." gives one recommendation per numbered paragraph. In each, the first sentence that
names who should act ("the United States should urge China to ...", "I urge the US
Congress to ...") gives ``to`` and ``action``; where no sentence names an actor, the
first agentless one is taken whole ("additional funds should be appropriated for ...").
Further "should" sentences inside an item belong to it. A document without such a list
yields its explicit first-person recommendations ("We recommend that ...").
"""

from __future__ import annotations

import re

from dossier.extract.base import Extractor
from dossier.extract.sentences import sentences
from dossier.model import Annotations, Document, Recommendation

NAME = "recommendations"
VERSION = "1.0"

_ORDINALS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Finally|Lastly"
_ITEM = re.compile(rf"(?m)^[ \t\u00a0]*(?P<item>(?:{_ORDINALS})\b|\d{{1,2}}[.)](?=\s)|\(\d{{1,2}}\))[,.:)]?[ \t\u00a0]+")
_ANNOUNCED = re.compile(r"\brecommend(?:s|ed|ation|ations)?\b", re.I)
_MODAL = re.compile(
    r"\s(?:should|must|ought\s+to|needs?\s+to)\s+(?:all\s+|also\s+|therefore\s+)?"
    r"(?:be\s+(?:expected|asked|encouraged|required|urged)\s+to\s+)?"
)
_URGE = re.compile(
    r"\b(?:I|We)\s+(?:\w+ly\s+)?(?:urge|call\s+(?:on|upon)|ask|invite)\s+(?P<to>.+?)\s+to\s+(?=\w)", re.I
)
_RECOMMEND_THAT = re.compile(r"\b(?:I|We)\s+(?:\w+ly\s+)?recommend\s+that\s+", re.I)
_PASSIVE = re.compile(r"be\s+\w+")
_INTRO = re.compile(
    r"^(?:(?:in|to|following|with|after|given|together|as|for|on|building|just|by|under|at|when|if|while)\b[^,]*,\s*)+", re.I
)
_PRONOUN = re.compile(r"^(?:it|they|we|he|she|this|that|there|which|who)$", re.I)
_TRAILING = re.compile(r"[\s.;:]*(?:\[\d+\][\s.]*)*$")


def find_recommendations(document: Document) -> list[Recommendation]:
    """The numbered recommendations of ``document``, or its explicit first-person ones."""
    items = _numbered_items(document.text)
    if items:
        return [r for r in (_from_item(document, *item) for item in items) if r is not None]
    return _first_person(document)


def _numbered_items(text: str) -> list[tuple[str, int, int]]:
    items = []
    for match in _ITEM.finditer(text):
        if not _ANNOUNCED.search(text, 0, match.start()):
            continue
        line_end = text.find("\n", match.end())
        end = len(text) if line_end < 0 else line_end
        if _MODAL.search(text, match.end(), end) or _URGE.search(text, match.end(), end):
            items.append((match["item"], match.end(), end))
    return items


def _from_item(document: Document, item: str, start: int, end: int) -> Recommendation | None:
    text = document.text
    agentless = None
    for s_start, s_end in sentences(text[start:end]):
        sentence_start, sentence = start + s_start, text[start + s_start:start + s_end]
        urged = _URGE.search(sentence)
        modal = _MODAL.search(sentence)
        if modal and (urged is None or modal.start() < urged.start()):
            subject = _subject(sentence[:modal.start()])
            action = sentence[modal.end():]
            if _PASSIVE.match(action) or subject is None:
                agentless = agentless or (sentence_start + len(sentence) - len(sentence.lstrip()), sentence)
                continue
            return _recommendation(document, item, subject, action, sentence_start, sentence)
        if urged:
            return _recommendation(document, item, urged["to"], sentence[urged.end():], sentence_start, sentence)
    if agentless is None:
        return None
    sentence_start, sentence = agentless
    return _recommendation(document, item, None, _INTRO.sub("", sentence), sentence_start, sentence)


def _subject(before_modal: str) -> str | None:
    subject = _INTRO.sub("", before_modal.strip())
    if not subject or _PRONOUN.match(subject) or len(subject.split()) > 25:
        return None
    return subject


def _recommendation(document: Document, item: str | None, to: str | None, action: str,
                    start: int, sentence: str) -> Recommendation:
    return Recommendation(
        by=document.authors[0].name if document.authors else None,
        to=to.strip() if to else None,
        action=_TRAILING.sub("", action.strip()),
        text=sentence, start=start, end=start + len(sentence), item=item,
        date=document.date.value if document.date else None,
        extractor=f"{NAME}@{VERSION}", document_id=document.id,
    )


def _first_person(document: Document) -> list[Recommendation]:
    found = []
    for start, end in sentences(document.text):
        sentence = document.text[start:end]
        urged = _URGE.search(sentence)
        if urged:
            found.append(_recommendation(document, None, urged["to"], sentence[urged.end():], start, sentence))
            continue
        recommended = _RECOMMEND_THAT.search(sentence)
        if recommended:
            rest = sentence[recommended.end():]
            modal = _MODAL.search(rest)
            to, action = (rest[:modal.start()], rest[modal.end():]) if modal else (None, rest)
            found.append(_recommendation(document, None, to, action, start, sentence))
    return found


def run(document: Document, found: Annotations) -> None:
    """Add the recommendations of ``document`` to ``found``."""
    found.recommendations.extend(find_recommendations(document))


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
