"""Names in Hangul text.

Korean writes particles onto names ("국가보위성에서", "김정은은"), so known names are
matched as prefixes of Hangul words (and of what follows a known name inside a
compound), longest first, against the gazetteer's Hangul forms. Names the gazetteer
lacks come from the morphological analyser kiwipiepy: its proper nouns (NNP), joined
with the nouns glued to them, are labelled by their last syllables (…도, …군 places;
…부, …위원회 organizations; …교화소 facilities; …법, …협약 documents) or, for a
family name plus one or two syllables, as people. Without Kiwi's help, a surname-shaped
word before a title ("송지현 조사분석팀장") is a person unless Kiwi knows it as a common
noun, titles in corner brackets (「…」) are documents, and "제12호 교화소" is a facility.
Kiwi is loaded on the first Hangul text, so English-only work never pays for it.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from dossier.extract.gazetteer import Gazetteer, name_key
from dossier.extract.mentions_patterns import CUES_DIR, Candidate

_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# The stretch of a line from its first to its last Hangul word, with a little context.
_HANGUL_LINE = re.compile(r"[\uac00-\ud7a3](?:[^\n]*[\uac00-\ud7a3])?[^\n\uac00-\ud7a3]{0,12}")
_NOUN_TAGS = ("NNP", "NNG", "XSN", "SN", "SL")
_COURTESY = re.compile(r"(?<![\uac00-\ud7a3])[김이박최정강조윤장임한오서신권황안송류홍] ?(?:씨|선생)(?=[은는이가을를의에도와과께]|\s|$)")
_PERSON_FOLLOWERS = ("씨", "선생", "님", "동지", "위원장", "원수", "총비서", "대표", "의원", "교수", "기자", "출입기자", "특파원")


def has_hangul(text: str) -> bool:
    """Whether the text has any Hangul syllable: only then is Korean analysis run."""
    return _HANGUL_WORD.search(text) is not None


def known_names(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Gazetteer names at the start of Hangul words, particles left outside the span."""
    keys = _hangul_keys(gazetteer)
    longest = max((len(key) for key in keys), default=0)
    found: list[Candidate] = []
    for word in _HANGUL_WORD.finditer(text):
        position = word.start()
        while position < word.end():
            size = _longest_key(text, position, word.end(), keys, longest)
            if not size:
                break
            entry = gazetteer.candidates(text[position : position + size])[0]
            found.append(Candidate(position, position + size, entry.label, 0.9, entry.name, "gazetteer:hangul"))
            position += size
    return _spaced(text, found, gazetteer, keys) + _written_with_spaces(text, gazetteer)


def _written_with_spaces(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Names the gazetteer spells with a space whose first word is no name of its own
    ("보편적 정례인권검토"): the word-by-word scan above cannot start them."""
    pattern = _spaced_forms(gazetteer)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        entry = gazetteer.candidates(name_key(match.group()))[0]
        found.append(Candidate(match.start(), match.end(), entry.label, 0.9, entry.name, "gazetteer:hangul"))
    return found


@cache
def _spaced_forms(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    forms = sorted({form for entry in gazetteer.entries() for form in entry.hangul if " " in form}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\uac00-\ud7a3])(?:" + "|".join(re.escape(form) for form in forms) + ")")


def _spaced(text: str, found: list[Candidate], gazetteer: Gazetteer, keys: frozenset[str]) -> list[Candidate]:
    """Korean spacing of compound names varies ("유엔 인권이사회", "조선로동당 중앙위원회"):
    a known name, one space and the start of the next word that together spell a known
    name are that name."""
    joined = []
    for left in found:
        word = _HANGUL_WORD.match(text, left.end + 1) if text[left.end : left.end + 1] == " " else None
        if word is None:
            continue
        head = text[left.start : left.end]
        for size in range(len(word.group()), 0, -1):
            key = name_key(head + word.group()[:size])
            if key in keys:
                entry = gazetteer.candidates(key)[0]
                joined.append(Candidate(left.start, word.start() + size, entry.label, 0.9, entry.name, "gazetteer:hangul"))
                break
    return found + joined


# The next two Hangul words after a body's name, the second optional.
_NEXT_WORDS = re.compile(r" ([\uac00-\ud7a3]+)(?: ([\uac00-\ud7a3]+))?")
_PARTICLES = frozenset({"", "은", "는", "이", "가", "을", "를", "의", "에", "에게", "과", "와", "도", "으로", "로", "께서"})


def names_hangul_office(text: str, candidate: Candidate) -> bool:
    """A body's name right before one of its offices is part of the office's title
    ("유엔 북한인권 특별보고관은", "유엔 사무총장"): it names a post, not the body, as
    "UN Special Rapporteur" does in English."""
    if candidate.label != "ORG" or not has_hangul(text[candidate.start : candidate.end]):
        return False
    following = _NEXT_WORDS.match(text, candidate.end)
    if following is None:
        return False
    return any(_is_office(word) for word in following.groups() if word)


def _is_office(word: str) -> bool:
    return any(word.startswith(title) and word[len(title) :] in _PARTICLES for title in _office_titles())


@cache
def _office_titles() -> tuple[str, ...]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return tuple(korean["office_titles"])


def proper_nouns(text: str) -> list[Candidate]:
    """Kiwi's proper nouns with the nouns glued to them, labelled by their endings.

    Only lines with Hangul go through Kiwi: English lines would cost time and give
    nothing the English rules do not.
    """
    endings = _endings()
    found: list[Candidate] = []
    for line in _HANGUL_LINE.finditer(text):
        for start, end, form, proper, context in _noun_groups(line.group()):
            label = _person_shape(form, context, proper)
            if proper:
                label = _label_by_ending(form, endings) or label
            if label == "ORG" and form.endswith(_role_nouns()):
                label = None  # 계호원, 보위원: people at a post, not the body
            if label:
                found.append(Candidate(line.start() + start, line.start() + end, label, 0.6, rule="kiwi"))
    found += _courtesy_names(text) + _titled_people(text) + _bracketed_titles(text) + _numbered_facilities(text)
    found += _numbered_resolutions(text)
    return found


# Korean sets the titles of books, reports and laws in corner brackets: 「…」, 『…』.
_CORNER_TITLE = re.compile(r"[「『]([^」』\n]{2,60})[」』]")


def _bracketed_titles(text: str) -> list[Candidate]:
    """Titles in corner brackets ("보고서 「전거리의 겨울」"): named documents."""
    if "「" not in text and "『" not in text:
        return []
    return [Candidate(m.start(1), m.end(1), "LAW", 0.75, rule="corner-title") for m in _CORNER_TITLE.finditer(text)]


# A resolution by its number, with the body that adopted it if named: "결의 2397호",
# "안보리 결의안 제2321호", "유엔 안전보장이사회 결의 1718호".
_NUMBERED_RESOLUTION = re.compile(
    r"(?:(?:유엔 ?)?(?:안보리|안전보장이사회|총회|인권이사회) ?)?결의(?:안)? ?(?:제 ?)?\d{1,4}(?:/\d{1,4})?호"
)


def _numbered_resolutions(text: str) -> list[Candidate]:
    """Resolutions cited by number in Korean: documents, with their body in the span as
    in "Security Council resolution 2397"."""
    if "결의" not in text:
        return []
    return [Candidate(m.start(), m.end(), "LAW", 0.85, rule="numbered-resolution") for m in _NUMBERED_RESOLUTION.finditer(text)]


def _numbered_facilities(text: str) -> list[Candidate]:
    """A detention facility by its number ("제12호 교화소", "16호 관리소", "제11교화소")."""
    if "호" not in text and "제" not in text:
        return []
    return [Candidate(m.start(), m.end(), "FACILITY", 0.8, rule="numbered-facility") for m in _numbered().finditer(text)]


@cache
def _numbered() -> re.Pattern[str]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    kinds = "|".join(sorted(korean["numbered_facilities"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:제\s?\d{{1,3}}\s?호?|\d{{1,3}}\s?호)\s?(?:{kinds})(?![\uac00-\ud7a3]{{2}})")


# A Hangul word of two to four syllables, an optional bracketed note ("(가명·48)"), then
# the next word, read ahead so that it may itself be a name.
_BEFORE_NEXT_WORD = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,4})(?=(?:\s?\([^)\n]{1,20}\))?\s([\uac00-\ud7a3]{1,9}))")


def _titled_people(text: str) -> list[Candidate]:
    """A family name and one or two syllables written before a title or office ("송지현
    조사분석팀장은", "김민지 기자"), when the word is not a common noun the analyser knows
    ("한국인 기자" is a Korean reporter)."""
    found = []
    for match in _BEFORE_NEXT_WORD.finditer(text):
        name, following = match.group(1), match.group(2)
        if _family_length(name) and _is_title(following) and not _common_noun(name) and not _counted(text, match.start(1)):
            found.append(Candidate(match.start(1), match.end(1), "PERSON", 0.65, rule="titled"))
    return found


def _counted(text: str, start: int) -> bool:
    """Whether a number stands right before the word, which makes its first syllable a
    counter ("두 명의 연구원": two researchers), not a family name."""
    before = text[max(0, start - 4) : start].rstrip(" ")
    return before[-1:].isdigit() or any(before.endswith(n) and not _hangul_before(before, n) for n in _numerals())


def _hangul_before(before: str, numeral: str) -> bool:
    """Whether the numeral is the end of a longer word ("조사한"), not a word of its own."""
    at = len(before) - len(numeral)
    return at > 0 and _HANGUL_WORD.match(before[at - 1]) is not None


@cache
def _numerals() -> tuple[str, ...]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return tuple(korean["numerals"])


def joined_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """Korean names a name before them places: a unit after the body it belongs to
    ("통일부 북한인권기록센터") and a numbered camp after its place ("증산 제11교화소"), one
    space apart, are one name of the second kind."""
    by_end = {c.end: c for c in found if c.label in ("ORG", "LOCATION")}
    joined = []
    for second in found:
        first = by_end.get(second.start - 1)
        if first is None or text[first.end] != " " or not _HANGUL_WORD.fullmatch(text[first.start : first.end]):
            continue
        unit = first.label == "ORG" and second.label == "ORG" and _HANGUL_WORD.fullmatch(text[second.start : second.end])
        camp = first.label == "LOCATION" and second.rule == "numbered-facility"
        if unit or camp:
            joined.append(Candidate(first.start, second.end, second.label, 0.7, rule="joined"))
    return joined


def _family_length(word: str) -> int:
    """The length of the family name the word opens, when one or two syllables follow it."""
    for size in (2, 1):
        if word[:size] in _surnames() and 1 <= len(word) - size <= 2:
            return size
    return 0


def _is_title(word: str) -> bool:
    """Whether the word is a title, perhaps after a word of its own ("조사분석팀장") and
    before a particle ("기자는")."""
    for title in _person_titles():
        at = word.find(title)
        if at >= 0 and len(word) - at - len(title) <= 2:
            return True
    return False


@cache
def _person_titles() -> tuple[str, ...]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return tuple(korean["person_titles"])


@cache
def _common_noun(word: str) -> bool:
    """Whether Kiwi reads the word alone as nouns of its dictionary. Unknown words (most
    given names) get a score far below that of known ones."""
    tokens = _kiwi().tokenize(word)
    return all(t.tag in ("NNG", "NNB", "XSN", "NP") for t in tokens) and sum(t.score for t in tokens) > _UNKNOWN_WORD_SCORE


_UNKNOWN_WORD_SCORE = -17.0


def _courtesy_names(text: str) -> list[Candidate]:
    """A family name with "씨" or "선생" ("이 씨는"): the Korean "Mr. Lee"."""
    return [Candidate(m.start(), m.end(), "PERSON", 0.6, rule="courtesy") for m in _COURTESY.finditer(text)]


def _noun_groups(text: str) -> list[tuple[int, int, str, bool, tuple[str, str]]]:
    """(start, end, text, holds a proper noun, (morpheme before, morpheme after)) of
    each run of nouns glued together."""
    tokens = _kiwi().tokenize(text)
    groups = []
    k = 0
    while k < len(tokens):
        if tokens[k].tag not in _NOUN_TAGS:
            k += 1
            continue
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].tag in _NOUN_TAGS and tokens[j + 1].start == tokens[j].start + tokens[j].len:
            j += 1
        start, end = tokens[k].start, tokens[j].start + tokens[j].len
        before = tokens[k - 1].form if k else ""
        after = tokens[j + 1].form if j + 1 < len(tokens) else ""
        if _HANGUL_WORD.fullmatch(text[start:end]):
            proper = any(tokens[n].tag == "NNP" for n in range(k, j + 1))
            groups.append((start, end, text[start:end], proper, (before, after)))
        k = j + 1
    return groups


def _label_by_ending(form: str, endings: list[tuple[str, str]]) -> str | None:
    for ending, label in endings:
        if form.endswith(ending) and len(form) > len(ending):
            return label
    return None


def _person_shape(form: str, context: tuple[str, str], proper: bool) -> str | None:
    """A family name and a one- or two-syllable given name ("지성호", "김철") next to a
    title or honorific ("기자 박서연", "이영철 씨"); three syllables need no context
    when Kiwi calls them a proper noun."""
    surnames = _surnames()
    if not 2 <= len(form) <= 4:
        return None
    family = next((s for s in sorted(surnames, key=len, reverse=True) if form.startswith(s)), None)
    if family is None or not 1 <= len(form) - len(family) <= 2:
        return None
    titled = context[0] in _PERSON_FOLLOWERS or context[1] in _PERSON_FOLLOWERS
    if titled and not proper and _common_noun(form):
        return None  # "한국인 기자": a Korean reporter
    return "PERSON" if titled or (proper and len(form) == 3) else None


def _longest_key(text: str, position: int, end: int, keys: frozenset[str], longest: int) -> int:
    for size in range(min(longest, end - position), 1, -1):
        if text[position : position + size] in keys:
            return size
    return 0


@cache
def _hangul_keys(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(
        name_key(form) for entry in gazetteer.entries() for form in entry.hangul if len(form) >= 2
    )


@cache
def _endings() -> list[tuple[str, str]]:
    """(ending, label), longest endings first so "위원회" wins over "회"."""
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    pairs = [(ending, label) for label, words in korean["hangul_endings"].items() for ending in words]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def _role_nouns() -> tuple[str, ...]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return tuple(korean["hangul_role_nouns"])


@cache
def _surnames() -> frozenset[str]:
    korean = yaml.safe_load((CUES_DIR / "korean.yaml").read_text(encoding="utf-8"))
    return frozenset(korean["hangul_surnames"])


@cache
def _kiwi():  # type: ignore[no-untyped-def]
    from kiwipiepy import Kiwi

    return Kiwi()
