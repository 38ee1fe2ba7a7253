"""Recommendations: who urges whom to do what.

A document that announces recommendations ("I respectfully recommend the following",
a "RECOMMENDATIONS" heading, "the expert called on the authorities to act", "다음과 같이
권고한다") and then opens paragraphs with "First," ... "Finally," "1." or 첫째 ...
마지막으로 gives one recommendation per numbered paragraph. In each, the first sentence
that names who should act ("the United States should urge China to ...", "I urge the
US Congress to ...", "중국 정부는 ... 보장해야 한다") gives ``to`` and ``action``; where no
sentence names an actor, the first agentless one is taken whole ("additional funds
should be appropriated for ..."). Further "should" sentences inside an item belong to
it. A document without such a list yields its explicit recommendations: first-person
("We recommend that ...", "We urge Thailand to ...") and reported ones, where a named
body or person urges or calls on another ("Human Rights Watch urged China to ...").
The operative paragraphs of a resolution ("3. Urges the Government to ...", "Calls upon
all States to ...") are recommendations by the body that adopts it.
"""

from __future__ import annotations

import re

from dossier.extract.base import Extractor
from dossier.extract.sentences import sentences
from dossier.model import Annotations, Document, Recommendation

NAME = "recommendations"
VERSION = "1.0"

_ORDINALS = (
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Finally|Lastly"
    "|첫째|둘째|셋째|넷째|다섯째|여섯째|일곱째|여덟째|아홉째|열째|마지막으로"
)
_MARKER = (
    rf"(?:{_ORDINALS})\b|\d{{1,2}}[.)](?=\s)|\(\d{{1,2}}\)|\([a-z]\)|[a-z]\)(?=\s)"
    r"|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|(?i:recommendation)\s+\d{1,2}\b|[\u2460-\u2469]|[\u2022\u25aa\u25e6\u2023\u2043*](?=\s)"
)
# An item opens a line ("(a) Cease ...", "Recommendation 2:", "3."), or, for ordinal words,
# a sentence inside a paragraph ("... detainees. Second, Mongolia should ...", "둘째, ...").
_ITEM = re.compile(
    rf"(?m)^[ \t\u00a0]*(?P<item>{_MARKER})[,.:)]?[ \t\u00a0]*"
    rf"|(?<=[.!?]\s)(?P<inline>(?:{_ORDINALS})),[ \t\u00a0]+"
)
# The sentence that opens a list and names who should act: "The Special Rapporteur recommends
# that the Government of X:", "We call on Member States to:".
_LEAD_IN = re.compile(
    r"\b(?:recommends?|recommended|urges?|urged|calls?\s+(?:on|upon)|called\s+(?:on|upon))\s+(?:that\s+)?"
    r"(?P<to>[^:.]{2,150}?)(?:\s+(?:to|should|shall))?\s*:\s*$",
    re.I,
)
_ANNOUNCED = re.compile(
    r"\b(?:recommend(?:s|ed|ation|ations)?|urg(?:e|es|ed|ing)|call(?:s|ed)?\s+(?:on|upon)|appeal(?:s|ed)?\s+to)\b"
    r"|권고|촉구|제언|요구",
    re.I,
)
# Korean "must": 보장해야 한다, 중단하여야 합니다; and "urges (X) to": 중단할 것을 촉구한다.
_KO_MODAL = re.compile(r"(?:어야|아야|여야|해야|돼야)\s?(?:한다|합니다|할\s?것이다)|(?:것을|도록)\s?(?:강력히\s?)?(?:촉구|요구|권고)")
_KO_SUBJECT = re.compile(r"^(?P<to>[^,.\n]{1,40}?)(?:은|는|이|가|에게|에)\s+(?=\S)")
_KO_URGED_TAIL = re.compile(r"\s?(?:할\s?)?(?:것을|도록)\s?(?:강력히\s?)?(?:촉구|요구|권고)\S*$")
# A named body or person who urges or recommends in the third person: "Human Rights Watch", "The Committee".
_BODY = r"(?P<by>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|on\s+|for\s+|the\s+)?[A-Z][\w’'.-]*){0,7})\s+"
_REPORTED_URGE = re.compile(
    _BODY
    + r"(?:also\s+|again\s+|has\s+|have\s+)?(?:urged|urges|called\s+(?:on|upon)|calls\s+(?:on|upon)|appealed\s+to|appeals\s+to)\s+"
    r"(?P<to>.+?)\s+to\s+(?=\w)"
)
_MODAL = re.compile(
    r"\s(?:should|must|ought\s+to|needs?\s+to)\s+(?:all\s+|also\s+|therefore\s+)?"
    r"(?:be\s+(?:expected|asked|encouraged|required|urged)\s+to\s+)?"
)
_URGE = re.compile(
    r"\b(?:I|We)\s+(?:\w+ly\s+)?(?:urge|call\s+(?:on|upon)|ask|invite)\s+(?P<to>(?:(?!\bthat\b).)+?)\s+to\s+(?=\w)", re.I
)
_RECOMMEND_THAT = re.compile(
    r"\b(?:I|We)\s+(?:\w+ly\s+)?(?:recommend|ask|urge|request|demand)\s+(?:once\s+(?:more|again)\s+|again\s+)?that\s+", re.I
)
# What a recommendation asks done, as a bare verb after its addressee ("recommends that the
# State party take ...", "we ask that the Government end ...").
_BARE_VERB = (
    r"(?:(?:urgently|promptly|immediately|also|further|swiftly)\s+)?"
    r"(?=(?:take|ensure|adopt|establish|investigate|provide|guarantee|repeal|amend|allow|grant|release|cease|end|stop|"
    r"prevent|protect|prohibit|strengthen|consider|ratify|develop|undertake|intensify|continue|refrain|bring|prosecute|"
    r"collect|make|set|review|publish|disclose|inform|cooperate|abolish|revise|increase|implement|create|facilitate|"
    r"criminalize|criminalise|define|remove|reform|include|train|monitor|allocate|support|seek|accept|extend|invite|"
    r"respect|redouble|raise|hold|conduct|close|dismantle|recognize|recognise|identify|offer|reunite|return|expand|fund|"
    r"pursue|refer|impose|lift|suspend|document|preserve|share|appoint|mandate|engage|press|encourage|demand|require|"
    r"apply|designate|freeze|screen|resettle|admit|assist|restore|compensate|acknowledge|notify|visit|open|resume|permit|"
    r"withdraw|negotiate|prioritize|prioritise|integrate|coordinate|improve|enact|pass|reauthorize|appropriate|submit|"
    r"report|renew|convene|request|deploy|dedicate|enforce|issue|halt|suspend|exercise|apologize|apologise|work)\b)"
)
_SUBJUNCTIVE = re.compile(rf"(?P<to>.{{2,120}}?)\s+{_BARE_VERB}")
# A body that recommends in the third person: "The Committee recommends that the State party ...".
_REPORTED_RECOMMEND = re.compile(
    _BODY
    + rf"(?:also\s+|further\s+|again\s+|therefore\s+)?(?:recommends|recommended)\s+that\s+(?P<to>.{{2,120}}?)\s+{_BARE_VERB}"
)
# An operative paragraph of a resolution or decision: "3. Urges the Government to close ...",
# "Also calls upon all States to ...". Condemning, welcoming or deciding urges no one, and
# requesting or inviting a report from the Secretariat is the body's own procedure, not a
# change of conduct asked of a duty-bearer.
_OPERATIVE = re.compile(
    r"(?m)^[ \t]*(?:(?P<n>\d{1,3})\.[ \t]+)?(?:(?:Also|Further|Again|Once\s+again|Strongly|Further\s+strongly)\s+)?"
    r"(?P<verb>(?i:urges|calls\s+upon|calls\s+on|encourages|demands|exhorts|appeals\s+to"
    r"|reiterates\s+its\s+calls?\s+(?:up)?on))\s+(?P<to>[^;:\n]{2,200}?)\s+to\s+(?=\w)"
)
# Who adopts the text: the body named alone on a line near its top ("The General Assembly,").
_ISSUER = re.compile(r"(?m)^[ \t]*(?P<body>The\s+[A-Z][\w’' -]{2,80}?),[ \t]*$")
_PARAGRAPH_NUMBER = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,3})\.[ \t]+")
_PASSIVE = re.compile(r"be\s+\w+")
_INTRO = re.compile(
    r"^(?:(?:in|to|following|with|after|given|together|as|for|on|building|just|by|under|at|when|if|while)\b[^,]*,\s*)+", re.I
)
_PRONOUN = re.compile(r"^(?:it|they|we|he|she|this|that|there|which|who)$", re.I)
_NOT_ADDRESSEE = re.compile(r"(?i:the\s+following|following|as\s+follows|these|this)\b")
_LIST_END = re.compile(r"[;,]?\s*(?:and|or)?\s*$")  # "(a) Cease ...; and"
_TRAILING = re.compile(r"[\s.;:]*(?:\[\d+\][\s.]*)*$")


def find_recommendations(document: Document) -> list[Recommendation]:
    """The numbered recommendations of ``document``, or its explicit first-person ones."""
    operative = _operative(document)
    items = _numbered_items(document.text)
    if items or operative:
        listed = [r for r in (_from_item(document, *item) for item in items) if r is not None]
        taken = {r.start for r in operative}
        found = sorted(operative + [r for r in listed if r.start not in taken], key=lambda r: r.start)
        issuer = _ISSUER.search(document.text, 0, 3000) if operative else None
        if issuer:  # a resolution's paragraphs are the adopting body's, as are its lists without an author
            for recommendation in operative:
                recommendation.by = issuer["body"]
            for recommendation in found:
                recommendation.by = recommendation.by or issuer["body"]
        return found
    return _first_person(document)


def _operative(document: Document) -> list[Recommendation]:
    """The urging paragraphs of a resolution, numbered as the text numbers them (the
    caller names the adopting body); a paragraph that ends in a colon leaves its items to
    the list."""
    text = document.text
    found = []
    for match in _OPERATIVE.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[match.end():line_end].rstrip().endswith(":"):
            continue
        start = match.start("verb")
        sentence_end = start + next(iter(sentences(text[start:line_end])), (0, line_end - start))[1]
        found.append(_recommendation(document, match["n"], match["to"], text[match.end():sentence_end],
                                     start, text[start:sentence_end]))
    return found


def _numbered_items(text: str) -> list[tuple[str, int, int, str | None]]:
    """(marker, start, end, the lead-in's addressee) of each item of an announced list."""
    markers = [m for m in _ITEM.finditer(text) if _ANNOUNCED.search(text, 0, m.start())]
    items = []
    for index, match in enumerate(markers):
        start, end = _item_body(text, match.end())
        if index + 1 < len(markers):
            end = min(end, markers[index + 1].start())
        lead_in = _lead_in(text, markers, index)
        if lead_in or any(p.search(text, start, end) for p in (_MODAL, _URGE, _KO_MODAL)):
            items.append((match["item"] or match["inline"], start, end, lead_in))
    return items


def _item_body(text: str, start: int) -> tuple[int, int]:
    """The item's text: the rest of its line, or the next line when the marker stands alone."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if text[start:line_end].strip():
        return start, line_end
    following = re.compile(r"\s*").match(text, line_end).end()
    next_end = text.find("\n", following)
    return following, len(text) if next_end < 0 else next_end


def _lead_in(text: str, markers: list[re.Match[str]], index: int) -> str | None:
    """The addressee named by the line before the list's first item, when it ends with a colon."""
    first = index
    while first > 0 and _style(markers[first - 1]) == _style(markers[index]) \
            and text.count("\n", markers[first - 1].start(), markers[first].start()) <= 2:
        first -= 1  # one list: items of one style, close together
    before = text[:markers[first].start()].rstrip()
    line = before[before.rfind("\n") + 1:]
    found = _LEAD_IN.search(line)
    if found is None or _NOT_ADDRESSEE.match(found["to"]):
        return None  # "We recommend the following:" names nobody
    return found["to"].strip()


def _style(marker: re.Match[str]) -> str:
    """What kind of marker opens an item: "(a)" and "(b)" are one list, "42." another."""
    item = marker["item"] or marker["inline"]
    return re.sub(r"[a-z]", "a", re.sub(r"\d+", "1", item)) if len(item) <= 5 else re.sub(r"\d+", "1", item.lower())


def _from_item(document: Document, item: str, start: int, end: int, lead_in: str | None) -> Recommendation | None:
    text = document.text
    agentless = None
    for s_start, s_end in sentences(text[start:end]):
        sentence_start, sentence = start + s_start, text[start + s_start:start + s_end]
        if _KO_MODAL.search(sentence):
            return _korean(document, item, sentence_start, sentence)
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
        explicit = None if modal else _explicit(document, sentence, sentence_start)
        if explicit is not None:
            explicit.item = item
            return explicit
        if lead_in and agentless is None:
            agentless = (sentence_start + len(sentence) - len(sentence.lstrip()), sentence)
    if agentless is None:
        return None
    sentence_start, sentence = agentless
    action = _LIST_END.sub("", sentence.strip()) if lead_in else _INTRO.sub("", sentence)
    return _recommendation(document, item, lead_in, action, sentence_start, sentence)


def _korean(document: Document, item: str, start: int, sentence: str) -> Recommendation:
    """"중국 정부는 탈북민을 ... 보장해야 한다": the topic or subject is who should act, the rest
    (ending included) what; "국제사회에 ... 중단할 것을 촉구한다" names the urged party with 에(게)."""
    body = sentence.strip().rstrip(".")
    lead = len(sentence) - len(sentence.lstrip())
    subject = _KO_SUBJECT.match(body)
    if subject is None:
        return _recommendation(document, item, None, body, start + lead, sentence.strip())
    action = body[subject.end():]
    if _KO_URGED_TAIL.search(action):
        action = _KO_URGED_TAIL.sub("", action)
    return _recommendation(document, item, subject["to"], action, start + lead, sentence.strip())


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
    """Explicit recommendations outside a list; one in a numbered paragraph ("24. The Committee
    recommends ...") takes the paragraph's number as its item."""
    found = []
    for start, end in sentences(document.text):
        recommendation = _explicit(document, document.text[start:end], start)
        if recommendation is not None:
            recommendation.item = _paragraph_number(document.text, start)
            found.append(recommendation)
    return found


def _explicit(document: Document, sentence: str, start: int) -> Recommendation | None:
    """A sentence that says in so many words who urges or recommends whom to do what."""
    urged = _URGE.search(sentence)
    if urged:
        return _recommendation(document, None, urged["to"], sentence[urged.end():], start, sentence)
    for pattern in (_REPORTED_URGE, _REPORTED_RECOMMEND):
        reported = pattern.search(sentence)
        if reported:
            recommendation = _recommendation(document, None, reported["to"], sentence[reported.end():], start, sentence)
            recommendation.by = reported["by"]
            return recommendation
    recommended = _RECOMMEND_THAT.search(sentence)
    if recommended:
        rest = sentence[recommended.end():]
        modal, bare = _MODAL.search(rest), _SUBJUNCTIVE.match(rest)
        if modal:
            return _recommendation(document, None, rest[:modal.start()], rest[modal.end():], start, sentence)
        if bare:
            return _recommendation(document, None, bare["to"], rest[bare.end():], start, sentence)
        return _recommendation(document, None, None, rest, start, sentence)
    return None


def _paragraph_number(text: str, offset: int) -> str | None:
    """The number of the paragraph ``offset`` opens or sits in, when it is numbered ("24.")."""
    line_start = text.rfind("\n", 0, offset) + 1
    numbered = _PARAGRAPH_NUMBER.match(text, line_start)
    return numbered["n"] if numbered else None


def run(document: Document, found: Annotations) -> None:
    """Add the recommendations of ``document`` to ``found``."""
    found.recommendations.extend(find_recommendations(document))


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
