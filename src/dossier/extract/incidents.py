"""Incidents: each sentence that names an act of violation, typed from the vocabulary.

Cues come from ``data/violations.yaml`` (through ``dossier.law``), so a new type or a
new wording is a data change. One incident is made per violation type per sentence,
and per modality: a sentence that both reports returns and urges an end to them gives
one asserted and one non-asserted incident. Recommendations, hypotheticals, negations
and the accused's denials are kept with ``asserted=False`` and their modality, so that
nobody counts "urge China to halt its forcible repatriation" as evidence of a return.

An anaphoric sentence ("This support comes from the Kim regime", "Countless women are
victimized in this manner") inherits the types of the sentence before. A yes-or-no
question asserts nothing, but a question that asks how, when or where takes its act as
given ("How were you caught?"), and a section heading names what its section reports
("Detention of persons returned from abroad"), so both are read like sentences. The
document's title line is metadata and article titles quoted in endnotes are someone
else's words; neither is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier import law
from dossier.extract import _modality, _prefilter, _spans
from dossier.extract.base import Extractor
from dossier.extract.sentences import sentences
from dossier.model import Annotations, Document, Incident, Label, Mention, Party, Precision

NAME = "incidents"
VERSION = "1.0"

# "in this manner", and the nouns that sum up what was just told ("such findings",
# "these practices"), refer to every act of the sentence before.
_ANAPHOR_ALL = re.compile(
    r"\b(?:in\s+this\s+(?:manner|way)|(?:do|does|did)\s+the\s+same|continues?\s+to\s+do\s+so|"
    r"(?:these|such|those)\s+(?:findings|reports|allegations|accounts|practices|abuses|violations|acts))\b",
    re.I,
)
_ANAPHOR_NOUN = re.compile(r"\b(?:this|these|such)\s+([a-z]+)", re.I)
_WORDS = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\S+")
_MIN_SCREEN_WORD = 4
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# A question that opens with one of these asks about an act it takes as given.
_PRESUPPOSING = re.compile(
    r"^(?:[A-Z]{1,2}:\s*)?(?:how|when|where|why|what|which|who|whom|whose|for\s+how\s+long|since\s+when)\b", re.I
)
_ROLE = (
    r"(?:authorities|government|police|guards|officials|officers|forces|bodies|regime|traffickers|"
    r"soldiers|agents|brokers|interrogators|ministry|department|army|military)"
)
_NAME = r"[A-Z][\w’'.-]*"
_AGENT = re.compile(
    rf"\b(?:by|at\s+the\s+hands\s+of)\s+(?P<agent>(?:the\s+)?(?:{_NAME}\s+){{0,4}}(?:\w+\s+)?{_ROLE}\b"
    rf"|(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}})"
)
_SUBJECT = re.compile(
    rf"(?P<subject>(?:[Tt]he\s+)?(?:{_NAME}\s+){{0,3}}{_ROLE}|{_NAME}(?:\s+{_NAME}){{0,2}})\s+(?:\w+ly\s+)?$"
)
_DEMONYM = re.compile(r"(?:ans|ese|ians)$|^(?:The|This|These|Those|When|If|In|As)$")
_VICTIM = re.compile(
    r"\b(?:(?:forcibly\s+)?(?:repatriated|returned|female|disabled|Christian|North\s+Korean)\s+)?"
    r"(?:women\s+and\s+girls|women|girls|children|refugees|escapees|defectors|asylum\s+seekers|"
    r"prisoners|detainees|inmates|returnees|North\s+Koreans|the\s+disabled|civilians|migrants|workers)\b"
)
_PEOPLE_UNITS = frozenset(
    "people persons men women children girls refugees escapees defectors prisoners detainees inmates "
    "victims individuals personnel officers families migrants returnees".split()
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|inside|near|into|from)\s+(?:the\s+)?$", re.I)
# The screen last built for text with and without Hangul, and the vocabulary it screens.
_SCREENS: dict[bool, tuple[tuple[law.ViolationType, ...], _prefilter.Screen[tuple[str, law.Cue]]]] = {}


@dataclass(frozen=True)
class _Hit:
    type_id: str
    start: int  # offsets within the sentence
    end: int
    cue: str


def run(document: Document, found: Annotations) -> None:
    """Add the incidents of ``document`` to ``found``, using its mentions and dates."""
    readable = _spans.masked(document.text)
    previous: list[_Hit] = []
    spans = sentences(document.text)
    setting = ""
    hangul = bool(_HANGUL.search(readable))
    cues_of = _screen(tuple(law.vocabulary()), hangul).candidates(readable, spans)
    title_end = _title_end(document)
    for (start, end), cues in zip(spans, cues_of):
        sentence = readable[start:end]
        if end <= title_end or _asserts_nothing(sentence):
            previous, setting = [], ""
            continue
        hits = _narrowest(_hits(sentence, cues, setting) + _inherited(sentence, previous))
        modalities = [_modality.modality(sentence, hit.start, hit.end) for hit in hits]
        found.incidents.extend(_incidents(document, found, (start, end), sentence, hits, modalities))
        previous = [hit for hit, modality in zip(hits, modalities) if modality == _modality.ASSERTED]
        setting = sentence


def _title_end(document: Document) -> int:
    """Where the title line ends when the text opens with it, else 0: a title names the
    document, as metadata, and reports nothing of its own."""
    title = document.title.strip()
    text = document.text.lstrip()
    if not title or not text.startswith(title) or text[len(title):len(title) + 1] not in ("", "\n", "\r"):
        return 0
    return len(document.text) - len(text) + len(title)


def _asserts_nothing(sentence: str) -> bool:
    """A yes-or-no question ("Were the prisoners tortured?")."""
    stripped = sentence.strip()
    return stripped.endswith("?") and not _PRESUPPOSING.match(stripped)


def _hits(sentence: str, cues: list[tuple[str, law.Cue]], setting: str) -> list[_Hit]:
    """The cues found in the sentence; ``cues`` are those its words leave possible, and
    ``setting`` is the sentence before, which may name the place a cue needs."""
    hits = []
    for type_id, cue in cues:
        for match in cue.pattern.finditer(sentence):
            if _cue_holds(cue, sentence, match, setting):
                hits.append(_Hit(type_id, match.start(), match.end(), match.group()))
    return hits


def _screen(vocabulary: tuple[law.ViolationType, ...], hangul: bool) -> _prefilter.Screen[tuple[str, law.Cue]]:
    """The screen of ``vocabulary``, built once for as long as the vocabulary is the same.

    The vocabulary's types are the same objects while ``law`` keeps it loaded, so they are
    compared by identity: hashing every cue of every type, as a cache key, would cost a
    few milliseconds on each document.
    """
    built = _SCREENS.get(hangul)
    if built is None or len(built[0]) != len(vocabulary) or any(a is not b for a, b in zip(built[0], vocabulary)):
        built = (vocabulary, _built_screen(vocabulary, hangul))
        _SCREENS[hangul] = built
    return built[1]


def _built_screen(vocabulary: tuple[law.ViolationType, ...], hangul: bool) -> _prefilter.Screen[tuple[str, law.Cue]]:
    """The cues of the vocabulary, in its order, screened by their words (see ``_prefilter``).

    Each word of the screen is one pass over the text, so the words are made few: a cue
    whose every word is Hangul cannot match a text without Hangul and is left out of its
    screen, and a word that holds another word of the screen ("beating", "beat") is
    screened by the shorter one, which every text holding the longer also holds.
    """
    cues = [(violation.id, cue) for violation in vocabulary for cue in violation.cues
            if hangul or not _needs_hangul(cue.pattern)]
    words = {cue: _prefilter.required(cue.pattern) for _type_id, cue in cues}
    shortest = _shortest_within(frozenset().union(*(found for found in words.values() if found)))
    screening = {cue: _alternation({shortest[word] for word in found}) if found else cue.pattern
                 for cue, found in words.items()}
    return _prefilter.Screen(cues, lambda item: screening[item[1]])


def _needs_hangul(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds Hangul (all its required words do)."""
    words = _prefilter.required(pattern)
    return bool(words) and all(_HANGUL.search(word) for word in words)


def _shortest_within(words: frozenset[str]) -> dict[str, str]:
    """For each word, the shortest word of ``words`` inside it, of at least 4 characters
    so that it stays rare in text ("s" is inside nearly every word); itself if none."""
    bases = [word for word in words if len(word) >= _MIN_SCREEN_WORD]
    return {word: min((base for base in bases if base in word), key=len, default=word) for word in words}


def _alternation(words: set[str]) -> re.Pattern[str]:
    """A pattern for the screen alone: its required words are ``words`` (or parts of them)."""
    return re.compile("|".join(re.escape(word) for word in sorted(words)), re.IGNORECASE)


def _cue_holds(cue: law.Cue, sentence: str, match: re.Match[str], setting: str) -> bool:
    """Whether the cue's ``near`` context is there and its ``unless`` is not.

    A context with no distance is the setting of the act ("in our cell", "the Bowibu"),
    and narration sets the scene once: "An old man in our cell had diarrhoea. One
    morning he did not wake up." So the sentence before may give it.
    """
    if cue.unless is not None and cue.unless.search(sentence):
        return False
    if cue.near is None:
        return True
    if cue.within is None:
        return bool(cue.near.search(sentence) or cue.near.search(setting))
    low, high = _window(sentence, match, cue.within)
    return any(low <= near.start() and near.end() <= high and near.span() != match.span()
               for near in cue.near.finditer(sentence))


def _window(sentence: str, match: re.Match[str], words: int) -> tuple[int, int]:
    """Offsets ``words`` words before and after ``match``."""
    before = [word.start() for word in _TOKEN.finditer(sentence, 0, match.start())]
    after = [word.end() for word in _TOKEN.finditer(sentence, match.end())]
    low = before[-words] if len(before) >= words else 0
    high = after[words - 1] if len(after) >= words else len(sentence)
    return low, high


def _inherited(sentence: str, previous: list[_Hit]) -> list[_Hit]:
    """Types a sentence takes from the one before through "this support", "in this manner"."""
    if not previous:
        return []
    whole = _ANAPHOR_ALL.search(sentence)
    if whole:
        return [_Hit(hit.type_id, whole.start(), whole.end(), whole.group()) for hit in previous]
    inherited = []
    for anaphor in _ANAPHOR_NOUN.finditer(sentence):
        noun = anaphor.group(1).lower()
        inherited += [_Hit(hit.type_id, anaphor.start(), anaphor.end(), anaphor.group())
                      for hit in previous if noun in _WORDS.findall(hit.cue.lower())]
    return inherited


def _narrowest(hits: list[_Hit]) -> list[_Hit]:
    """Drop a broad type where its narrow case was found in the same sentence."""
    present = {hit.type_id for hit in hits}
    dropped = {law.violation_type(type_id).id for type_id in present
               if set(law.violation_type(type_id).broader_than) & present}
    return [hit for hit in hits if hit.type_id not in dropped]


def _incidents(document: Document, found: Annotations, span: tuple[int, int], readable: str,
               hits: list[_Hit], modalities: list[str]) -> list[Incident]:
    start, end = span
    grouped: dict[tuple[str, bool], str] = {}
    for hit, modality in zip(hits, modalities):
        key = (hit.type_id, modality == _modality.ASSERTED)
        grouped.setdefault(key, modality)
    if not grouped:
        return []
    mentions = [m for m in found.mentions if start <= m.start and m.end <= end]
    incidents = []
    for (type_id, asserted), modality in grouped.items():
        type_hits = [hit for hit in hits if hit.type_id == type_id]
        incidents.append(Incident(
            type=type_id, text=document.text[start:end], start=start, end=end,
            asserted=asserted, modality=modality,
            place=_place(document.text, mentions),
            date=next((d for d in found.dates if d.start is not None and start <= d.start < end
                       and d.precision != Precision.UNRESOLVED), None),
            perpetrators=_perpetrators(readable, start, type_hits, mentions),
            victims=_victims(readable, start, end, found),
            legal=law.violation_type(type_id).legal,
            extractor=f"{NAME}@{VERSION}", document_id=document.id,
        ))
    return incidents


def _place(text: str, mentions: list[Mention]) -> str | None:
    facilities = [m for m in mentions if m.label == Label.FACILITY]
    if facilities:
        return facilities[0].text
    for mention in mentions:
        if mention.label == Label.LOCATION and _PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            return mention.text
    return None


def _perpetrators(sentence: str, offset: int, hits: list[_Hit], mentions: list[Mention]) -> list[Party]:
    parties: dict[str, Party] = {}
    for agent in _AGENT.finditer(sentence):
        _add(parties, agent.group("agent"), offset + agent.start("agent"))
    for hit in hits:
        if sentence[hit.end:].lstrip().startswith("by "):
            continue
        subject = _SUBJECT.search(sentence[:hit.start])
        if subject and not _DEMONYM.search(subject.group("subject").split()[-1]):
            _add(parties, subject.group("subject"), offset + subject.start("subject"))
    for mention in mentions:
        if mention.label == Label.ORG and mention.text in parties:
            parties[mention.text].entity = mention.entity
    return list(parties.values())


def _add(parties: dict[str, Party], text: str, start: int) -> None:
    text = text.strip()
    parties.setdefault(text, Party(text=text, start=start, end=start + len(text)))


def _victims(sentence: str, start: int, end: int, found: Annotations) -> list[Party]:
    counted = [q for q in found.quantities if start <= q.start and q.end <= end
               and q.unit and q.unit.split()[-1].lower() in _PEOPLE_UNITS]
    if counted:
        return [Party(text=q.text, start=q.start, end=q.end, count=q.value if q.value is not None else q.high)
                for q in counted]
    described = _VICTIM.search(sentence)
    if described is None:
        return []
    return [Party(text=described.group(), start=start + described.start(), end=start + described.end())]


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
