"""Names the gazetteer does not know, found by their shape and the words around them.

A run of capitalised words ("chunk") is classified by its head word: "... Ministry",
"Ministry of ..." are organizations, "... Convention", "Resolution 1874" documents,
"... Province" places, "... Hospital", "Camp 12" facilities. People are found by a
title before the name ("Dr.", "Minister"), by a known given name, by the shape of a
romanized Korean name ("Ji Seong-ho", "Hye-soo Kim", "Kang Ok Soon"), by a Chinese or
Japanese family name with a given name of that language's shape ("Wang Yi", "Megumi
Yokota"), by a byline, or by a reporting verb next to the name ("Lee said", "said Jane
Doe,"). UN documents are also found by how they are cited: the title before its symbol,
a report named by its mandate, "resolution 2397". News and UN style also write some
names in lower case: "Jilin province", "the commission of inquiry". The cue words are data:
``data/gazetteer/cues/``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable
from pathlib import Path

import yaml

from dossier.extract.gazetteer import DATA_DIR
from dossier.extract.mentions_tokens import Token, tightly_joined

CUES_DIR = DATA_DIR / "cues"

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER = re.compile(r"^\d+$")
# One romanized Korean syllable: optional initial, vowel, optional final consonant.
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|ts|[gkndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|weo|ae|ya|eo|ye|yo|wa|oe|wo|we|wi|yu|eu|ui|oo|ee|ou|ah|a|e|i|o|u)"
    r"(?:ng|[kgntdlrmpbs](?![aeiouyw]))?"
)
_GIVEN_KOREAN = re.compile(rf"^(?i:{_SYLLABLE}[-‐‑]?{_SYLLABLE})$")
_HYPHENATED_GIVEN = re.compile(rf"^(?i:{_SYLLABLE}[-‐‑]{_SYLLABLE})$")
_UN_SYMBOL = re.compile(
    r"\b(?:A|S|E|CAT|CEDAW|CRC|CCPR|CERD|CESCR|CMW|CRPD|CED|HRI|E/CN\.4)"
    r"(?:/[A-Z0-9][A-Za-z0-9.\-]*)*/(?:[A-Z0-9.\-]*\d[A-Za-z0-9.\-]*)"
)
_SHORT_FORM = re.compile(r"\[\s*(?:henceforth|hereinafter|hereafter)\s+[“\"]?([^\]\n“”\"]{2,60}?)[”\"]?\s*\]", re.I)
_SITE = re.compile(r"(?<![/\w.@])[A-Z][A-Za-z]+(?:\.[A-Za-z]+)?\.(?:com|org|net|co\.kr|kr|jp)\b")
_CAP_WORDS = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
_SERIAL_NAME = re.compile(
    rf"\b(?i:(?:Sub)?Committee|Commission|Council|Caucus) (?i:on|for) {_CAP_WORDS}"
    rf"(?:, {_CAP_WORDS})+,? (?i:and) {_CAP_WORDS}"
)
_ACRONYM_DEFINITION = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,9})\s*\)")


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    confidence: float
    canonical: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Cues:
    org_heads: frozenset[str]
    facility_heads: frozenset[str]
    numbered_facilities: tuple[str, ...]
    law_heads: frozenset[str]
    location_heads: frozenset[str]
    location_suffixes: frozenset[str]
    titles: frozenset[str]
    courtesy_titles: frozenset[str]
    person_cues: frozenset[str]
    speech_verbs: frozenset[str]
    demonyms: frozenset[str]
    stop_words: frozenset[str]
    connectors: frozenset[str]
    given_names: frozenset[str]
    surnames: frozenset[str]
    document_openers: tuple[str, ...]
    resolution_bodies: tuple[str, ...]
    chinese_surnames: frozenset[str]
    japanese_surnames: frozenset[str]
    standalone_documents: frozenset[str]
    lowercase_location_heads: tuple[str, ...]
    envoy_heads: frozenset[str]
    legal_forms: frozenset[str]
    numbered_document_heads: frozenset[str]
    lowercase_facility_heads: tuple[str, ...]
    mined_materials: tuple[str, ...]
    possessive_name_words: frozenset[str]
    vessel_nouns: tuple[str, ...]
    holding_centres: frozenset[str]
    numbered_bodies: frozenset[str]
    vessel_prefixes: tuple[str, ...]
    hangul_vessel_nouns: tuple[str, ...]
    hangul_not_vessels: tuple[str, ...]


@cache
def cues(directory: Path = CUES_DIR) -> Cues:
    """The cue words, read once."""
    english = yaml.safe_load((directory / "english.yaml").read_text(encoding="utf-8"))
    korean = yaml.safe_load((directory / "korean.yaml").read_text(encoding="utf-8"))
    words = {key: frozenset(str(w).rstrip(".") for w in value) for key, value in english.items()}
    return Cues(
        org_heads=words["org_heads"],
        facility_heads=words["facility_heads"],
        numbered_facilities=tuple(english["numbered_facilities"]),
        law_heads=words["law_heads"],
        location_heads=words["location_heads"],
        location_suffixes=words["location_suffixes"],
        titles=words["titles"],
        courtesy_titles=words["courtesy_titles"],
        person_cues=words["person_cues"],
        speech_verbs=words["speech_verbs"],
        demonyms=frozenset(w.split()[-1] for w in words["demonyms"]),
        stop_words=words["stop_words"],
        connectors=words["connectors"],
        given_names=words["given_names"],
        surnames=frozenset(str(s) for s in korean["romanized_surnames"]),
        document_openers=tuple(english["document_openers"]),
        resolution_bodies=tuple(sorted(english["resolution_bodies"], key=len, reverse=True)),
        chinese_surnames=words["chinese_surnames"],
        japanese_surnames=words["japanese_surnames"],
        standalone_documents=words["standalone_documents"],
        lowercase_location_heads=tuple(english["lowercase_location_heads"]),
        envoy_heads=words["envoy_heads"],
        legal_forms=words["legal_forms"],
        numbered_document_heads=words["numbered_document_heads"],
        lowercase_facility_heads=tuple(english["lowercase_facility_heads"]),
        mined_materials=tuple(english["mined_materials"]),
        possessive_name_words=words["possessive_name_words"],
        vessel_nouns=tuple(english["vessel_nouns"]),
        holding_centres=words["holding_centres"],
        numbered_bodies=words["numbered_bodies"],
        vessel_prefixes=tuple(english["vessel_prefixes"]),
        hangul_vessel_nouns=tuple(korean["vessel_nouns"]),
        hangul_not_vessels=tuple(korean["not_vessel_endings"]),
    )


def chunks(text: str, tokens: list[Token]) -> list[list[int]]:
    """Runs of token indexes that may form one name: capitalised words, joined on one
    line, with lower-case connectors ("of", "for", "against") between them."""
    c = cues()
    runs: list[list[int]] = []
    run: list[int] = []
    for i, token in enumerate(tokens):
        linked = bool(run) and tightly_joined(text, tokens[run[-1]], token) and not _ends_company(tokens[run[-1]], token)
        if token.capitalised or (linked and (_joins(tokens, i) or _purpose(tokens, run, i) or _possessive_in_name(text, tokens, i))):
            if run and not linked:
                runs.append(run)
                run = []
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return [trimmed for trimmed in (_trim(tokens, r) for r in runs) if trimmed]


def _ends_company(last: Token, token: Token) -> bool:
    """A legal form with its dot ends a company's name, and often the sentence: "… Grand
    Harbour Maritime Ltd. The tanker …" ("Co. Ltd." goes on)."""
    forms = cues().legal_forms
    return last.text.endswith(".") and last.text.rstrip(".") in forms and token.text.rstrip(".") not in forms


def _joins(tokens: list[Token], i: int) -> bool:
    """A connector joins two parts of a name, but not a name and a date or a sentence
    word after it ("UN General Assembly on August 28th", "… Committee on Thursday")."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and _NUMBER.match(following.text) and i + 2 < len(tokens) and tokens[i + 2].text in _MONTH_WORDS:
        return False  # "Seoul on 9 June 2023 for the …"
    return tokens[i].text in cues().connectors and not (following and following.text in cues().stop_words)


_MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December".split()
)


def _purpose(tokens: list[Token], run: list[int], i: int) -> bool:
    """"to" with a capitalised verb after an organization's head word names its aim:
    "Committee to Protect Journalists", "Coalition to Stop Crimes against Humanity".
    After an envoy's head ("Permanent Mission of Sweden to the United Nations") it
    names the body the envoy is sent to."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].text != "to" or following is None:
        return False
    if tokens[run[0]].text in cues().envoy_heads and (following.text == "the" or following.capitalised):
        return True
    return tokens[run[-1]].text in cues().org_heads and following.text[:1].isupper()


def _possessive_in_name(text: str, tokens: list[Token], i: int) -> bool:
    """The "s" of "People's" between two capitalised words is inside one name ("Onsong
    County People's Hospital", "Democratic People's Republic of Korea"); only plural
    nouns that own an institution are read so, not a person's name ("Kim's Party")."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].text == "s"
        and tokens[i - 1].text in cues().possessive_name_words
        and text[tokens[i - 1].end : tokens[i].start] in ("'", "’")
        and following is not None
        and following.capitalised
        and tightly_joined(text, tokens[i], following)
    )


def _trim(tokens: list[Token], run: list[int]) -> list[int]:
    c = cues()
    while run and (tokens[run[-1]].text in c.connectors):
        run = run[:-1]
    while run and (tokens[run[0]].text in c.connectors):
        run = run[1:]
    return run


def classify(
    text: str, tokens: list[Token], run: list[int], common: frozenset[str], known: Callable[[str], bool]
) -> list[Candidate]:
    """Names of organizations, documents, places, facilities and people in one chunk.

    ``common`` holds the words the document also writes in lower case: a capitalised
    one opening a sentence ("Hearing of the Subcommittee") is not part of a name.
    ``known`` says whether a stretch of text is a gazetteer name, which "and" never joins.
    """
    found: list[Candidate] = []
    parts = _split_at_possessive(text, tokens, _strip_leading(text, tokens, run, common), known)
    for part in (piece for body in parts for piece in _split_at_and(text, tokens, body, known)):
        headed = _by_head(tokens, part)
        if headed:
            found.append(headed)
    found.extend(_people(text, tokens, run))
    return found


def _strip_leading(text: str, tokens: list[Token], run: list[int], common: frozenset[str]) -> list[int]:
    """The chunk without sentence openers, titles and article numbers ("However, the",
    "Dr.", "3 of the Torture Convention"); a year stays ("1951 Convention")."""
    c = cues()
    body = list(run)
    while body:
        first = tokens[body[0]]
        word = first.text.rstrip(".")
        opener = _opens_sentence(text, first.start) and first.text.lower() in common
        number = _NUMBER.match(word) and not (_YEAR.match(word) and not _before_connector(tokens, body))
        if not (word in c.stop_words or word in c.connectors or opener or number):
            break
        body = body[1:]
    return _trim(tokens, body)


def _before_connector(tokens: list[Token], body: list[int]) -> bool:
    """Whether the chunk's second word is a connector: a year is part of a name that it
    opens ("1951 Convention"), not of one it precedes ("in 2017 the Security Council")."""
    return len(body) > 1 and tokens[body[1]].text in cues().connectors


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" \u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _split_at_possessive(text: str, tokens: list[Token], body: list[int], known: Callable[[str], bool]) -> list[list[int]]:
    """A known name in the possessive owns the name after it, which is a name of its own:
    "United Nations’ Chemical Weapons Convention" ("Workers’ Party" stays one name)."""
    for k in range(1, len(body)):
        gap = text[tokens[body[k - 1]].end : tokens[body[k]].start]
        left, right = body[:k], body[k:]
        if gap.startswith(("’", "'")) and known(_span(text, tokens, left)) and _has_head(tokens, right):
            return [left, right]
    return [body]


def _split_at_and(text: str, tokens: list[Token], body: list[int], known: Callable[[str], bool]) -> list[list[int]]:
    """Split a chunk that joins two names.

    "and" separates two names when both sides have a head word ("UN Human Rights Council
    and General Assembly"; "Science and Technology" stays one), or a numbered one from a
    headed one ("Kyo-hwa-so No. 55 and No. 77 Kyohwaso"). "in" and "at" end a name
    whose last word is its head ("Tishreen Military Hospital in Damascus") or an
    institution's name before a known place ("Ministry of State Security in Sinuiju").
    "under" ends a name before another ("International Criminal Court under the Rome
    Statute"), and "on" a document's name before a headed one ("Report on Security
    Council Resolution 1874"). A single headless word before "for", "by" or "to" is not
    part of the name after it ("Prepared for the Transitional Justice Working Group").
    "of" after capitalised words with no head ("Bruce Bechtol of Angelo State
    University") joins a person or place to an institution, and a named place "of" a
    larger one is two places, while "Ministry of Unification" stays one name.
    """
    for k, index in enumerate(body):
        word = tokens[index].text
        left, right = _trim(tokens, body[:k]), _trim(tokens, body[k + 1 :])
        if not left or not right:
            continue
        if (
            (word == "and" and _has_head(tokens, left) and _has_head(tokens, right))
            or (word == "and" and (known(_span(text, tokens, left)) or known(_span(text, tokens, right))))
            or (word == "and" and _second_and(tokens, left) and _has_head(tokens, right))
            or (word == "and" and _head_last([tokens[i].text for i in left]) is not None and _has_head(tokens, right))
            or (word in ("in", "at") and _head_last([tokens[i].text for i in left]) and not _ends_known(text, tokens, left, right, known))
            or (word in ("in", "at") and _located(text, tokens, left, right, known))
            or (word in ("in", "at") and _known_halves(text, tokens, body, left, right, known))
            or (word == "under" and _has_head(tokens, right))
            or (word == "of" and _place_in_place(tokens, left, right))
            or (word == "on" and _head_last([tokens[i].text for i in left]) == "LAW" and _has_head(tokens, right))
            or (word == "of" and _bare_name(tokens, left) and _has_head(tokens, right) and not _law_subject(tokens, left, right))
            or (_leading_word(tokens, body, k) and _outside_word(tokens[body[0]].text) and _has_head(tokens, right))
        ):
            return [left, *_split_at_and(text, tokens, right, known)]
    return [body] if body else []


def _law_subject(tokens: list[Token], left: list[int], right: list[int]) -> bool:
    """Whether one word "of" a document's name is its subject ("Prevention of Trafficking
    Act", "Suppression of Terrorism Act"), unless it is a person's name; a right side that joins names with "and" is no single law's title."""
    c = cues()
    if len(left) != 1 or tokens[left[0]].text in c.surnames | c.given_names:
        return False
    words = [tokens[i].text for i in right]
    return "and" not in words and _head_last(words) == "LAW"


# A single word before one of these and a headed name is a verb or adjective of the
# sentence, not part of the name: "Prepared for the Transitional Justice Working Group".
_LEADING_PREPOSITIONS = frozenset({"for", "by", "to", "with", "at", "under", "upon"})


def _leading_word(tokens: list[Token], body: list[int], k: int) -> bool:
    """Whether the one word before the preposition at ``body[k]`` stands outside the name.
    After "the" it is a noun that opens the name instead ("the Justice for Victims of
    Corrupt Foreign Officials Act")."""
    if k != 1 or tokens[body[k]].text not in _LEADING_PREPOSITIONS:
        return False
    return body[0] == 0 or tokens[body[0] - 1].text.lower() != "the"


def _second_and(tokens: list[Token], left: list[int]) -> bool:
    """Whether the words before an "and" hold an "and" already: one name seldom joins
    three parts, so the second "and" joins two names ("Airbus Defence and Space and
    Maxar Technologies")."""
    return any(tokens[i].text == "and" for i in left)


def _outside_word(word: str) -> bool:
    """A word with no head, or a verb in -ing even if it spells one ("Building upon
    General Assembly resolution 72/188"), is a word of the sentence before a name."""
    return _head_label(word) is None or word.endswith("ing")


def _located(text: str, tokens: list[Token], left: list[int], right: list[int], known: Callable[[str], bool]) -> bool:
    """"in"/"at" and a known name after an institution say where it sits ("Ministry of
    State Security in Sinuiju", "Embassy of Sweden in Pyongyang"), unless the name has a
    subject ("on", "for", "to", …) that the place completes ("Committee for Human Rights in North
    Korea")."""
    if any(tokens[i].text in _SUBJECT_CONNECTORS for i in left) or not _has_head(tokens, left):
        return False
    return known(_span(text, tokens, right))


def _known_halves(
    text: str, tokens: list[Token], body: list[int], left: list[int], right: list[int], known: Callable[[str], bool]
) -> bool:
    """A known body "in" a known place is two names ("Office of the United Nations High
    Commissioner for Human Rights in Seoul"), unless the whole is known as one."""
    return known(_span(text, tokens, left)) and known(_span(text, tokens, right)) and not known(_span(text, tokens, body))


def _ends_known(text: str, tokens: list[Token], left: list[int], right: list[int], known: Callable[[str], bool]) -> bool:
    """Whether the words across "in"/"at" end a known name ("United Nations Office at
    Geneva"): cutting there would cut that name."""
    end = tokens[right[-1]].end
    return any(known(text[tokens[i].start : end]) for i in left[-4:])


# Connectors that open what a body works on or for, which a place may complete.
_SUBJECT_CONNECTORS = frozenset({"on", "for", "to", "against", "about"})


def _place_in_place(tokens: list[Token], left: list[int], right: list[int]) -> bool:
    """A named unit "of" a named larger one: "Yanbian Korean Autonomous Prefecture of
    Jilin Province" is two places. "Republic of Korea" and "City of London" have no name
    before their head, so they stay one."""
    words = [tokens[i].text for i in left]
    return len(words) >= 2 and _head_label(words[-1]) == "LOCATION" and _head_last([tokens[i].text for i in right]) == "LOCATION"


def _bare_name(tokens: list[Token], part: list[int]) -> bool:
    """Capitalised words without a head or connector: a person or place ("Bruce Bechtol"
    of a university), not the first words of a longer name ("Justice for Victims of …")."""
    return not _has_head(tokens, part) and all(tokens[i].capitalised for i in part)


def _span(text: str, tokens: list[Token], part: list[int]) -> str:
    return text[tokens[part[0]].start : tokens[part[-1]].end]


def _has_head(tokens: list[Token], part: list[int]) -> bool:
    return any(_head_label(tokens[i].text) for i in part)


def _by_head(tokens: list[Token], body: list[int]) -> Candidate | None:
    c = cues()
    words = [tokens[i].text for i in body]
    label = _head_first(words) or _head_last(words)
    if label is None:
        return None
    if label in ("ORG", "FACILITY", "LOCATION") and len(words) == 1 and not _suffixed_place(words[0]):
        return None  # "Ministry", "Camp", "Province" alone name nothing; "Taesuk-ri" does
    if all(w in c.demonyms or w in c.org_heads or w in c.law_heads for w in words) and words[-1] not in c.standalone_documents:
        return None  # "Korean Army", "Chinese Party": generic
    if label != "ORG":  # "South Korean Blue House": the adjective is not the name's
        while len(body) > 2 and tokens[body[0]].text in c.demonyms | {"North", "South"}:
            body = body[1:]
    start, end = tokens[body[0]].start, tokens[body[-1]].end
    return Candidate(start, end, label, 0.75, rule=f"head:{label}")


def _head_first(words: list[str]) -> str | None:
    """A head followed by a connector governs the whole name ("Ministry of ...")."""
    c = cues()
    for k, word in enumerate(words[:-1]):
        if (words[k + 1] in c.connectors or words[k + 1] == "to") and k + 2 < len(words):
            label = _head_label(word)
            if label:
                return label
    return None


def _head_last(words: list[str]) -> str | None:
    c = cues()
    last = words[-1]
    if _NUMBER.match(last) and len(words) >= 2:
        before = words[-2].rstrip(".")
        if _YEAR.match(last) and len(words) >= 3 and words[-2] == "of":
            return _head_label(words[-3])
        if before in c.law_heads or (before in ("No", "Number") and len(words) >= 3 and words[-3] in c.law_heads | c.numbered_document_heads):
            return "LAW"
        if before in ("No", "Number", "Camp") or any(cue.split()[-1] == before for cue in c.numbered_facilities):
            return "FACILITY"
        return "ORG" if before in c.numbered_bodies and len(words) == 2 and len(last) >= 2 else None
    if len(words) == 1:
        if last in c.standalone_documents:
            return "LAW"
        return "LOCATION" if _suffixed_place(last) else None
    if last in ("Center", "Centre") and words[-2] in c.holding_centres:
        return "FACILITY"  # "Hyesan Holding Centre": a place people are held, not a body
    return _head_label(last)


def _suffixed_place(word: str) -> bool:
    """A Korean place name written with its romanized unit: "Jongo-ri", "Musan-gun"."""
    parts = re.split(r"[-‐‑]", word)
    return len(parts) > 1 and parts[-1] in cues().location_suffixes and parts[0][:1].isupper()


def _head_label(word: str) -> str | None:
    c = cues()
    word = word.rstrip(".")  # "Ltd.", "Inc." keep their dot as tokens
    if word in c.org_heads:
        return "ORG"
    if word in c.law_heads:
        return "LAW"
    if word in c.facility_heads:
        return "FACILITY"
    if word in c.location_heads:
        return "LOCATION"
    return None


def _people(text: str, tokens: list[Token], run: list[int]) -> list[Candidate]:
    """Person names inside a chunk: after a title, a given name, or in Korean shape."""
    c = cues()
    found: list[Candidate] = []
    k = 0
    while k < len(run):
        person = _person_at(text, tokens, run, k)
        if person is None:
            k += 1
            continue
        candidate, used = person
        found.append(candidate)
        k += used
    return found


# Plural nouns a title word can precede without naming anyone: "Member States".
_COLLECTIVES = frozenset({"States", "Nations", "Parties", "Countries", "Governments", "Organizations", "Organisations"})


def _person_at(text: str, tokens: list[Token], run: list[int], k: int) -> tuple[Candidate, int] | None:
    c = cues()
    words = [tokens[i].text.rstrip(".") if tokens[i].text[:-1] != "." else tokens[i].text for i in run]
    word = words[k]
    rest = words[k + 1 : k + 4]
    if word in c.titles and rest and _name_word(rest[0]) and rest[0] not in _COLLECTIVES:
        length = _name_length(words[k + 1 :])
        if length:
            first, last = run[k + 1], run[k + length]
            if word in c.courtesy_titles and length == 1:
                first = run[k]
            return _person(tokens, first, last, 0.8, "title"), length + 1
    if k + 1 < len(words) and (word in _family_names() or words[k + 1] in c.japanese_surnames):
        if _chinese_name(words[k : k + 2]) or _japanese_name(words[k : k + 2]):
            return _person(tokens, run[k], run[k + 1], 0.75, "east-asian"), 2
        if _korean_name_spaced(words[k : k + 3]):
            return _person(tokens, run[k], run[k + 2], 0.8, "korean"), 3
    if _korean_name(words[k : k + 2]) or _korean_name_reversed(words[k : k + 2]):
        return _person(tokens, run[k], run[k + 1], 0.8, "korean"), 2
    if word in c.given_names and rest and _name_word(rest[0]):
        length = _name_length(words[k:])
        if length >= 2:
            return _person(tokens, run[k], run[k + length - 1], 0.75, "given"), length
    return None


def _name_length(words: list[str]) -> int:
    """How many of ``words`` form a name: up to three name words or initials."""
    length = 0
    for word in words[:4]:
        if not (_name_word(word) or re.fullmatch(r"[A-Z]\.", word)):
            break
        length += 1
    while length and re.fullmatch(r"[A-Z]\.", words[length - 1]):
        length -= 1
    return min(length, 3) if length else 0


def _name_word(word: str) -> bool:
    c = cues()
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return False
    if word in c.stop_words or word in c.connectors or word in c.demonyms:
        return False
    return _head_label(word) is None and word not in c.titles


def _korean_name(words: list[str]) -> bool:
    """Surname then a two-syllable given name: "Ji Seong-ho", "Kim Kwan-Jin", "Ryu Jin"
    is too short to tell from English and needs a title or a known surname pair."""
    if len(words) < 2 or words[0] not in cues().surnames:
        return False
    return bool(_HYPHENATED_GIVEN.match(words[1])) and words[1][:1].isupper()


@cache
def _family_names() -> frozenset[str]:
    """Korean, Chinese and Japanese family names: a name of East Asian shape opens with one."""
    c = cues()
    return c.surnames | c.chinese_surnames | c.japanese_surnames


_ONE_SYLLABLE = re.compile(rf"^(?i:{_SYLLABLE})$")
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)"
)
_PINYIN_GIVEN = re.compile(rf"^(?i:(?:{_PINYIN_SYLLABLE}){{1,2}})$")
_JAPANESE_GIVEN = re.compile(r"^(?i:(?:(?:ky|sh|ch|ts|ry|ny|hy|my|gy|by|j|[kgsztdnhbpmyrwf])?(?:[aeiou]|ou|uu)n?){2,5})$")


def _chinese_name(words: list[str]) -> bool:
    """A Chinese family name and a pinyin given name: "Wang Yi", "Liu Xiaobo"."""
    if len(words) < 2 or words[0] not in cues().chinese_surnames or words[0] in cues().stop_words:
        return False
    given = words[1]
    return given[:1].isupper() and given[1:].islower() and bool(_PINYIN_GIVEN.match(given))


def _japanese_name(words: list[str]) -> bool:
    """A Japanese family name with a given name of Japanese shape, in either order."""
    if len(words) < 2:
        return False
    c = cues()
    return any(
        surname in c.japanese_surnames and given not in c.stop_words and _japanese_given(given)
        for surname, given in ((words[0], words[1]), (words[1], words[0]))
    )


def _japanese_given(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and bool(_JAPANESE_GIVEN.match(word))


def _korean_name_spaced(words: list[str]) -> bool:
    """Surname and a given name written as two capitalised syllables: "Kang Ok Soon",
    "Ri Su Yong", the spacing of older records and DPRK sources."""
    if len(words) < 3 or words[0] not in cues().surnames:
        return False
    c = cues()
    return all(
        w[:1].isupper() and w[1:].islower() and _ONE_SYLLABLE.match(w) and w not in c.stop_words
        for w in words[1:3]
    )


def _korean_name_reversed(words: list[str]) -> bool:
    """Given name then surname, the Western order: "Hye-soo Kim", "Dohyun Kim"."""
    if len(words) < 2 or words[1] not in cues().surnames:
        return False
    given = words[0]
    if given in cues().surnames or given in cues().stop_words:
        return False
    return bool(_GIVEN_KOREAN.match(given)) and len(given) >= 5


def _person(tokens: list[Token], first: int, last: int, confidence: float, rule: str) -> Candidate:
    return Candidate(tokens[first].start, tokens[last].end, "PERSON", confidence, rule=f"person:{rule}")


def speakers(text: str, tokens: list[Token], runs: list[list[int]]) -> list[Candidate]:
    """Chunks of two or three name words next to a reporting verb ("Lee Min-ho said",
    "…," said Jane Doe, the director), after a byline cue ("By Jane Doe and Kim
    Min-ho", "Translator: Jane Doe"), or set off by commas after a title ("the
    Director, Jane Doe, said"). In a byline a known given name may precede a surname
    that is also a head word ("Edited by Mary Hall"): there it is a person."""
    c = cues()
    found = []
    for run in runs:
        before = tokens[run[0] - 1].text if run[0] > 0 else ""
        prefix = text[max(0, tokens[run[0]].start - 3) : tokens[run[0]].start]
        byline = before in c.person_cues and "\n" not in prefix and not _names_a_body(tokens, run)
        apposed = before.rstrip(".") in c.titles and prefix.endswith(", ")
        for part in _split_names(tokens, run) if byline else [run]:
            words = [tokens[i].text for i in part]
            if not 2 <= len(words) <= 3:
                continue
            head_surname = byline and words[0] in c.given_names and _surname_word(words[-1])
            if not (all(_name_word(w) for w in words) or head_surname):
                continue
            after = tokens[part[-1] + 1].text if part[-1] + 1 < len(tokens) else ""
            said_before = before in c.speech_verbs and text.startswith(",", tokens[part[-1]].end)
            set_off = apposed and text.startswith(",", tokens[part[-1]].end)
            if after in c.speech_verbs or byline or said_before or set_off:
                found.append(_person(tokens, part[0], part[-1], 0.8 if head_surname else 0.7, "context"))
    return found


def _names_a_body(tokens: list[Token], run: list[int]) -> bool:
    """Whether a run after "by" holds an organization's head word: then it lists
    bodies ("acquired by Airbus Defence and Space and Maxar Technologies"), not people."""
    return any(tokens[i].text in cues().org_heads for i in run)


def _surname_word(word: str) -> bool:
    """A capitalised word that can end a person's name even if it is a head word."""
    return word[:1].isupper() and word[1:].islower() and word not in cues().stop_words


def _split_names(tokens: list[Token], run: list[int]) -> list[list[int]]:
    """A byline's names, split at "and"."""
    parts: list[list[int]] = [[]]
    for i in run:
        if tokens[i].text == "and":
            parts.append([])
        else:
            parts[-1].append(i)
    return [part for part in parts if part]


_NAMED = re.compile(
    r"\b(?:man|woman|boy|girl|guard|sergeant|officer|interrogator|broker|farmer|friend|prisoner|inmate|"
    r"soldier|official|teacher|pastor|doctor|driver|agent|captain|lieutenant|worker|detainee|neighbou?r|"
    r"cousin|uncle|aunt|person|judge|smuggler|trader|merchant|husband|wife)\s+(?:named|called|surnamed)\s+"
    r"([A-Z][a-z’'-]+)\b(?![ -][A-Z])"
)


# A name told after the fact: "his name was Pak", "whose name is Ri".
_NAME_WAS = re.compile(r"\b(?:[Hh]is|[Hh]er|[Ww]hose|[Mm]y) (?:real |family |given )?name (?:was|is) ([A-Z][a-z’'-]+)\b(?![ -][A-Z])")


def named_people(text: str) -> list[Candidate]:
    """A single name given to a person word ("a guard named Pak", "a farmer called
    Wang") or told as someone's name ("his name was Pak")."""
    found = [Candidate(m.start(1), m.end(1), "PERSON", 0.7, rule="person:named") for m in _NAMED.finditer(text)]
    return found + [Candidate(m.start(1), m.end(1), "PERSON", 0.7, rule="person:named") for m in _NAME_WAS.finditer(text)]


def serial_names(text: str) -> list[Candidate]:
    """Committee names that list their subjects ("Subcommittee on Africa, Global Health,
    Global Human Rights, and International Organizations")."""
    return [Candidate(m.start(), m.end(), "ORG", 0.8, rule="serial") for m in _SERIAL_NAME.finditer(text)]


def un_symbols(text: str) -> list[Candidate]:
    """UN document symbols: "A/HRC/25/63", "CEDAW/C/PRK/CO/2-4", "A/C.3/72/L.40"."""
    found = []
    for match in _symbols(text):
        symbol = _symbol_text(match)
        found.append(Candidate(match.start(), match.start() + len(symbol), "LAW", 0.95, symbol, rule="un-symbol"))
    return found


@lru_cache(maxsize=4)
def _symbols(text: str) -> tuple[re.Match[str], ...]:
    """The UN symbols of a text, found once for the two rules that use them."""
    return tuple(_UN_SYMBOL.finditer(text))


def _symbol_text(match: re.Match[str]) -> str:
    return match.group().rstrip(".-")  # a full stop after the symbol is not part of it


# A citation line's parts: a note marker, then items separated by commas.
_NOTE_MARKER = re.compile(r"\s*\[\d+\]\s*")
# A mandate's subject as UN titles write it, ending at the country named:
# "… on the situation of human rights in the Democratic People’s Republic of Korea".
_MANDATE = (
    r" on (?:the )?(?:[Ss]ituation of )?[Hh]uman [Rr]ights in (?:the )?"
    r"[A-Z][\w’'-]*(?:(?: of| the)? [A-Z][\w’'-]*)*"
)


def document_titles(text: str, canonical_of: Callable[[str], str | None]) -> list[Candidate]:
    """Titles of UN and government documents, which run on in lower case where a name
    chunk stops: the title cited right before its symbol ("Report of the detailed
    findings of the commission of inquiry …, A/HRC/25/CRP.1"), and a report or
    resolution named by its mandate ("Report of the Secretary-General on the situation
    of human rights in the DPRK"). ``canonical_of`` gives a known name's canonical form."""
    found = [c for symbol in _symbols(text) for c in _title_before(text, symbol, canonical_of)]
    found += [Candidate(m.start(), m.end(), "LAW", 0.85, rule="mandate") for m in _mandate_titles().finditer(text)]
    return found


def _title_before(text: str, symbol: re.Match[str], canonical_of: Callable[[str], str | None]) -> list[Candidate]:
    """The item before ", SYMBOL" in a citation, when it opens like a document title,
    and the symbol, both named "Title (SYMBOL)" unless the title is a known name."""
    if text[symbol.start() - 2 : symbol.start()] != ", ":
        return []
    line_start = text.rfind("\n", 0, symbol.start()) + 1
    end = symbol.start() - 2
    comma = text.rfind(", ", line_start, end)
    start = comma + 2 if comma >= 0 else line_start
    marker = _NOTE_MARKER.match(text, start)
    start = marker.end() if marker else start
    title, code = text[start:end], _symbol_text(symbol)
    if not _opens_document(title, within=comma >= 0) or len(title) > 250:
        return []
    canonical = canonical_of(title) or canonical_of(code) or f"{title} ({code})"
    return [
        Candidate(start, end, "LAW", 0.85, canonical, rule="title-before-symbol"),
        Candidate(symbol.start(), symbol.start() + len(code), "LAW", 0.96, canonical, rule="un-symbol"),
    ]


def _opens_document(title: str, within: bool = False) -> bool:
    """Whether the title opens like a document's. Inside a citation, after a comma, UN
    style writes it in lower case ("…, concluding observations on the second periodic
    report of …, CEDAW/C/…")."""
    if not (title[:1].isupper() or within and title[:1].islower()):
        return False
    lowered = title.lower()
    return any(
        lowered.startswith(opener.lower()) and not title[len(opener) : len(opener) + 1].isalnum()
        for opener in cues().document_openers
    )


@cache
def _mandate_titles() -> re.Pattern[str]:
    openers = "|".join(re.escape(o) for o in sorted(cues().document_openers, key=len, reverse=True))
    return re.compile(rf"\b(?:{openers})(?: (?:of|by) the [^,.;:\n()“”\"]{{3,120}}?)?{_MANDATE}")


# "resolution 2397", "General Assembly resolution 78/218", "Commission on Human Rights
# resolution 2004/13": UN style writes the word in lower case, with the adopting body
# before it, and numbers a resolution within its session or year.
_NUMBERED_RESOLUTION = re.compile(r"\bresolution (?:\d{1,4}/)?\d{1,4}\b(?!/)")


def lowercase_units(text: str, tokens: list[Token]) -> list[Candidate]:
    """A place's name and an administrative unit in lower case: "Jilin province",
    "Wangqing county". The name is one or two capitalised words that are not sentence
    words or nationality adjectives ("Each province", "the Chinese province")."""
    c = cues()
    units = frozenset(c.lowercase_location_heads)
    found = []
    for k, token in enumerate(tokens[1:], start=1):
        if token.text not in units or not _tight_before(text, tokens, k):
            continue
        first = k - 1
        if first > 0 and _place_word(tokens[first - 1].text) and _tight_before(text, tokens, first):
            first -= 1
        words = [t.text for t in tokens[first:k]]
        if all(_place_word(w) for w in words):
            found.append(Candidate(tokens[first].start, token.end, "LOCATION", 0.8, rule="lowercase-unit"))
    return found


def _tight_before(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows the one before it after a single space or hyphen."""
    return text[tokens[k - 1].end : tokens[k].start] in (" ", "-")


def _place_word(word: str) -> bool:
    c = cues()
    return word[:1].isupper() and word[1:].islower() and word not in c.stop_words and word not in c.demonyms


def lowercase_facilities(text: str, tokens: list[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """A known place's name and a facility written in lower case: "Musan mine",
    "Chongori copper mine", "Hwasong hospital". After "a" or "an" the place only says
    where one of many stands ("a Pyongyang hospital")."""
    found = []
    starts = [token.start for token in tokens]
    for pattern in _lowercase_facilities():
        for match in pattern.finditer(text):
            k = _token_at(starts, match.start()) if text[match.start() - 1 : match.start()] in (" ", "-") else None
            if k is not None and k > 1 and tokens[k - 1].text in cues().mined_materials:
                k -= 1  # "Chongori copper mine"
            if k is None or k == 0 or not _tight_before(text, tokens, k) or not _place_word(tokens[k - 1].text):
                continue
            first = k - 1
            if first > 0 and _place_word(tokens[first - 1].text) and _tight_before(text, tokens, first) and is_place(
                text[tokens[first - 1].start : tokens[first].end]
            ):
                first -= 1
            article = tokens[first - 1].text.lower() if first > 0 else ""
            if article not in ("a", "an") and is_place(text[tokens[first].start : tokens[k - 1].end]):
                found.append(Candidate(tokens[first].start, match.end(), "FACILITY", 0.8, rule="lowercase-facility"))
    return found


def _token_at(starts: list[int], start: int) -> int | None:
    """The index of the token that begins at ``start``, given all tokens' starts."""
    at = bisect_left(starts, start)
    return at if at < len(starts) and starts[at] == start else None


@cache
def _lowercase_facilities() -> tuple[re.Pattern[str], ...]:
    """One literal pattern per facility word: a literal is found by a fast scan, where
    one alternation of them all would be tried at every character."""
    heads = sorted(cues().lowercase_facility_heads, key=len, reverse=True)
    return tuple(re.compile(rf"{re.escape(head)}\b") for head in heads)


# A US executive order by its number, in full or abbreviated: "Executive Order 13382",
# "E.O. 13810", "EO 13722".
_EXECUTIVE_ORDER = re.compile(r"(?<![\w.])(?:Executive Order|E\.O\.|EO) (?:No\. )?\d{4,5}\b")


def executive_orders(text: str) -> list[Candidate]:
    """US executive orders cited by number, which lists of sanctions abbreviate."""
    return [Candidate(m.start(), m.end(), "LAW", 0.85, rule="executive-order") for m in _EXECUTIVE_ORDER.finditer(text)]


def number_first_facilities(text: str) -> list[Candidate]:
    """A camp or prison named by its number before the word for it, as testimony often
    writes it: "No. 12 Kyohwaso", "No. 22 Kwan-li-so", "Number 15 Camp"."""
    return [Candidate(m.start(), m.end(), "FACILITY", 0.85, rule="number-first") for m in _number_first().finditer(text)]


@cache
def _number_first() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cues().numbered_facilities, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:No\.|Number) ?\d{{1,3}} (?:{words})\b")


# A ship's name: capitalised words, numbers after the first ("Yu Jong 2"), at most five.
_SHIP_NAME = r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|\d{1,4})){0,4}"
# How the text before a bare "ship" shows it is a noun, not the verb ("to ship Chinese coal").
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,2}$")


def vessels(text: str, is_place: Callable[[str], bool]) -> list[Candidate]:
    """Named ships, which the annotators count as facilities: after a prefix ("MV Wise
    Honest", kept in the span), after a noun for a ship ("the tanker Rich Glory"), before
    an IMO number ("Yu Jong 2 (IMO 8604917)"), and in Hangul after a word for a ship
    ("화물선 천마산호"). A name the gazetteer knows as a place is left to it after a
    noun: "the ship Pyongyang" is too rare to outweigh "a ship China seized"."""
    found = [Candidate(m.start(), m.end(1), "FACILITY", 0.9, rule="vessel") for m in _vessel_patterns()[0].finditer(text)]
    for match in _vessel_patterns()[1].finditer(text):
        noun = match.group(1)
        if noun == "ship" and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        found += _ship_named(match.group(2), match.start(2), is_place)
    for match in _vessel_patterns()[2].finditer(text):
        found += _ship_named(match.group(1), match.start(1), is_place=lambda _name: False)
    found += _hangul_vessels(text)
    return found


def _ship_named(name: str, start: int, is_place: Callable[[str], bool]) -> list[Candidate]:
    c = cues()
    words = name.split()
    while words and words[0] in c.stop_words:
        start += len(words[0]) + 1
        words = words[1:]
    name = " ".join(words)
    if not words or words[0] in c.demonyms or words[0] in ("North", "South") or is_place(name):
        return []
    return [Candidate(start, start + len(name), "FACILITY", 0.9, rule="vessel")]


def _hangul_vessels(text: str) -> list[Candidate]:
    c = cues()
    found = []
    for match in _vessel_patterns()[3].finditer(text):
        name = match.group(1)
        if not name.endswith(c.hangul_not_vessels):
            found.append(Candidate(match.start(1), match.end(1), "FACILITY", 0.9, rule="vessel"))
    return found


@cache
def _vessel_patterns() -> tuple[re.Pattern[str], ...]:
    """The ship patterns: after a prefix, after a noun, before an IMO number, in Hangul."""
    c = cues()
    prefixes = "|".join(re.escape(p) for p in sorted(c.vessel_prefixes, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(c.vessel_nouns, key=len, reverse=True))
    hangul = "|".join(re.escape(n) for n in sorted(c.hangul_vessel_nouns, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w/.])(?:{prefixes}) [“\"]?({_SHIP_NAME})"),
        re.compile(rf"\b({nouns}) (?:named |called )?[“\"]?({_SHIP_NAME})"),
        re.compile(rf"(?<![\w’'-])({_SHIP_NAME})[”\"]? ?\((?:IMO|imo)\b"),
        re.compile(rf"(?:{hangul}) ?[「‘“\"]?([가-힣][가-힣0-9]{{1,14}}호)(?![가-힣0-9]*(?:선|실|기|수|차))"),
    )


# A Korean name that honours a date: "February 8 Vinalon Complex", "April 25 House of Culture".
_DATE_NAMED = re.compile(
    r"(?=[JFMASOND])\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}(?= [A-Z])"
)


def date_named(text: str, tokens: list[Token]) -> list[Candidate]:
    """Facilities and bodies named after a date: the month and day open the name when a
    capitalised name with a head follows at once ("February 8 Vinalon Complex")."""
    found = []
    starts = [token.start for token in tokens]
    for match in _DATE_NAMED.finditer(text):
        k = _token_at(starts, match.end() + 1)
        if k is None:
            continue
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].capitalised and _tight_before(text, tokens, end + 1):
            end += 1
        label = _head_label(tokens[end].text)
        if label in ("FACILITY", "ORG") and not _YEAR.match(tokens[k].text):
            found.append(Candidate(match.start(), tokens[end].end, label, 0.8, rule="date-named"))
    return found


# UN bodies that UN style names in lower case: "the commission of inquiry on human rights
# in the Democratic People's Republic of Korea".
_LOWERCASE_BODY = re.compile(rf"\b(?:commission of inquiry|panel of experts)(?:{_MANDATE})?")


def lowercase_bodies(text: str) -> list[Candidate]:
    """UN commissions and panels written in lower case, with their mandate if stated."""
    return [Candidate(m.start(), m.end(), "ORG", 0.8, rule="lowercase-body") for m in _LOWERCASE_BODY.finditer(text)]


def numbered_resolutions(text: str) -> list[Candidate]:
    """Resolutions cited by number in lower case, with the body that adopted them when
    it is named right before ("Security Council resolution 2397")."""
    found = []
    for match in _NUMBERED_RESOLUTION.finditer(text):
        start = match.start()
        for body in cues().resolution_bodies:
            if text.endswith(body + " ", 0, start) and not text[start - len(body) - 2 : start - len(body) - 1].isalnum():
                start -= len(body) + 1
                break
        found.append(Candidate(start, match.end(), "LAW", 0.8, rule="resolution"))
    return found


# A book cited in a note, Chicago style: "Author, Title (City: Publisher, 2013)". Titles in
# quotation marks are articles, which are not annotated.
_CITED_BOOK = re.compile(
    r"(?:^|(?<=, )|(?<=\] ))([A-Z][^,()“”\"\n]{2,150}?) ?\(([A-Z][^():\n]{1,40}): [^()\n]{2,80}, (?:1[89]|20)\d\d\)",
    re.M,
)
_PLACE_OF_PUBLICATION = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*")
# A title introduced as one: "his book entitled The Last Days of …".
_ENTITLED = re.compile(
    r"\b(?:entitled|titled) ((?:The |A |An )?[A-Z][\w’'-]*(?:(?: (?:of|the|and|in|for|on|a|an|to|from|under|with))* [A-Z][\w’'-]*)*)"
)


# The author who opens an endnote: "[22]Mark Hibbs, “How …”".
_NOTE_AUTHOR = re.compile(r"^\[\d+\] ?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}),", re.M)


def note_authors(text: str) -> list[Candidate]:
    """Two or three name words that open an endnote before a comma are its author;
    outlets there ("Korea Times", "Daily NK") end in a head word or capitals."""
    found = []
    for match in _NOTE_AUTHOR.finditer(text):
        if all(_name_word(word) for word in match.group(1).split()):
            found.append(Candidate(match.start(1), match.end(1), "PERSON", 0.7, rule="person:note-author"))
    return found


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The outlet after an article's quoted title in a citation, before its date:
# "…,” Korea Herald, 3 May 2019", "…,” Yahoo.com, August 22, 2017".
_CITED_OUTLET = re.compile(
    r"[,.][”\"][ \u00a0]?((?:[A-Z][\w&’'-]*|[a-z]+\.(?:com|org|net|co\.kr|kr))(?:\.(?:com|org|net))?"
    r"(?: [A-Z][\w&’'-]*){0,4}?)"
    rf"(?=,? ?(?:(?:{_MONTHS}) ?\d|\d{{1,2}} (?:{_MONTHS})|(?:19|20)\d\d\b|URL))"
)


def cited_outlets(text: str) -> list[Candidate]:
    """Newspapers and sites named after a quoted article title and before its date."""
    return [Candidate(m.start(1), m.end(1), "ORG", 0.7, rule="outlet") for m in _CITED_OUTLET.finditer(text)]


def book_titles(text: str) -> list[Candidate]:
    """Books and reports cited with their publisher, or introduced as "entitled …"."""
    found = []
    for m in _CITED_BOOK.finditer(text):
        found.append(Candidate(m.start(1), m.end(1), "LAW", 0.75, rule="cited-book"))
        found += _places_of_publication(m)
    found += [Candidate(m.start(1), m.end(1), "LAW", 0.75, rule="entitled") for m in _ENTITLED.finditer(text)]
    return found + _authored_titles(text) + _cited_reports(text)


# A title in running text, as a reader tells it by its shape: capitalised words joined
# by the small words of titles ("The Aquariums of Pyongyang", "Escape from Camp 14").
_TITLE = r"(?:The |A |An )?[A-Z][\w’'-]*(?:(?:(?: (?:of|the|and|in|for|on|a|an|from|under|with|at))* |: )[A-Z0-9][\w’'-]*)+"
# After a person's possessive, a capitalised "The" mid-sentence opens a work's title
# ("Kang Chol-hwan's The Aquariums of Pyongyang"); before "by" and a person's name a
# title with a small word inside is a work too ("Escape from Camp 14 by Blaine Harden").
_POSSESSED_TITLE = re.compile(rf"[a-z][’']s (The [A-Z][\w’'-]*(?:(?: (?:of|the|and|in|for|on|a|an|from|under|with|at))* [A-Z0-9][\w’'-]*)+)")
# Searched in the stretch before each " by <Name Name>": the title ends where "by" begins.
_BY_PERSON = re.compile(r" by [A-Z][a-z]+ [A-Z][a-z]+")
_TITLE_BEFORE_BY = re.compile(rf"(?<=[a-z,] )({_TITLE})\Z")
_TITLE_REACH = 200
_TITLE_SMALL_WORD = re.compile(r" (?:of|the|and|in|for|on|a|an|from|under|with|at) ")


def _authored_titles(text: str) -> list[Candidate]:
    found = [Candidate(m.start(1), m.end(1), "LAW", 0.8, rule="possessed-title") for m in _POSSESSED_TITLE.finditer(text)]
    for by in _BY_PERSON.finditer(text):
        offset = max(0, by.start() - _TITLE_REACH)
        m = _TITLE_BEFORE_BY.search(text[offset : by.start()])
        if m is None:
            continue
        words = m.group(1).split()
        if _TITLE_SMALL_WORD.search(m.group(1)) and _head_label(words[0]) is None and words[0] not in cues().stop_words - {"The", "A", "An"}:
            found.append(Candidate(offset + m.start(1), offset + m.end(1), "LAW", 0.8, rule="title-by"))
    return found


# A report cited in a note with its place and date of publication and no publisher:
# "OHCHR, I Still Feel the Pain: … (Geneva, July 2020)", "…, Kwanliso No. 25: Imagery
# Update (Washington, D.C., 2023)".
_CITED_REPORT = re.compile(
    r"(?<=, )([A-Z][^,()“”\"\n]{2,150}?) \([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?:, [A-Z][\w.]*)?, "
    rf"(?:(?:{_MONTHS}) (?:\d{{1,2}}, )?)?(?:1[89]|20)\d\d\)"
)


def _cited_reports(text: str) -> list[Candidate]:
    found = []
    for m in _CITED_REPORT.finditer(text):
        words = m.group(1).split()
        if len(words) >= 2 and _head_label(words[-1]) not in ("ORG", "LOCATION"):
            found.append(Candidate(m.start(1), m.end(1), "LAW", 0.75, rule="cited-report"))
    return found


# A court case by its caption: "United States v. M/T Ocean Dawn 7", "Otto Warmbier v.
# Democratic People's Republic of Korea".
_PARTY = r"[A-Z][\w.’'&/-]*(?: (?:of|the)?\s?[A-Z0-9][\w.’'&/-]*)*"
_CASE_CAPTION = re.compile(rf"(?<![\w.])({_PARTY} v\. {_PARTY})")


def case_captions(text: str) -> list[Candidate]:
    """Court cases named by their parties: the case is a legal document (LAW)."""
    found: list[Candidate] = []
    if " v. " not in text:
        return found
    for m in _CASE_CAPTION.finditer(text):
        start = _after_stop_word(m.group(1), m.start(1))  # "In United States v. …"
        found.append(Candidate(start, m.end(1), "LAW", 0.8, rule="case"))
    return found


def _after_stop_word(name: str, start: int) -> int:
    """Where a capitalised run found by its shape really starts: after a sentence's
    opening stop word ("In", "The") that the run took in."""
    first = re.match(r"[\w’'-]+", name)
    return start + len(first.group()) + 1 if first and first.group() in cues().stop_words else start


# A sanctions programme by its name: "the Global Human Rights sanctions regime".
_SANCTIONS_REGIME = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*)+ sanctions regime)\b")


def sanctions_regimes(text: str) -> list[Candidate]:
    """Named sanctions regimes: two or more capitalised words before "sanctions regime"."""
    found: list[Candidate] = []
    if " sanctions regime" not in text:
        return found
    for m in _SANCTIONS_REGIME.finditer(text):
        start = _after_stop_word(m.group(1), m.start(1))
        if text[start:m.end(1)].count(" ") >= 3:
            found.append(Candidate(start, m.end(1), "LAW", 0.8, rule="sanctions-regime"))
    return found


def _places_of_publication(book: re.Match[str]) -> list[Candidate]:
    """The city (and state) before the publisher's colon: "(Dulles, Virginia: Potomac
    Books, 2013)" names two places."""
    return [
        Candidate(book.start(2) + m.start(), book.start(2) + m.end(), "LOCATION", 0.7, rule="publication-place")
        for m in _PLACE_OF_PUBLICATION.finditer(book.group(2))
    ]


def short_forms(text: str) -> list[Candidate]:
    """Short names a text defines for a document: "[henceforth COI report]"."""
    return [
        Candidate(m.start(1), m.end(1), "LAW", 0.85, rule="short-form")
        for m in _SHORT_FORM.finditer(text)
    ]


def sites(text: str) -> list[Candidate]:
    """Web sites named as a source ("Yonhap.com", "Flickr.com"): organizations."""
    return [Candidate(m.start(), m.end(), "ORG", 0.7, rule="site") for m in _SITE.finditer(text)]


def acronym_definitions(text: str, named: list[Candidate]) -> list[tuple[Candidate, str]]:
    """Acronyms defined in brackets after a name we found ("Korea Mining Development
    Trading Corporation (KOMID)"), each with the name it stands for."""
    ends = {candidate.end: candidate for candidate in named}
    found = []
    for match in _ACRONYM_DEFINITION.finditer(text):
        acronym = match.group(1)
        gap_start = match.start()
        long_form = ends.get(gap_start) or ends.get(gap_start - 1)
        if long_form is None or not _initials_fit(acronym, text[long_form.start : long_form.end]):
            continue
        found.append(
            (Candidate(match.start(1), match.end(1), long_form.label, 0.85, rule="acronym"), text[long_form.start : long_form.end])
        )
    return found


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether the acronym's letters appear, in order, among the name's word initials
    and capitals (KOMID: Korea Mining Development; HRNK does not fit Jacob Blaustein)."""
    capitals = [ch for ch in acronym if ch.isupper()]
    if not capitals or capitals[0] != name[:1].upper():
        return False
    letters = "".join(word[0].upper() for word in re.findall(r"[^\W_]+", name))
    letters += "".join(ch for ch in name if ch.isupper())
    position = 0
    for ch in capitals:
        position = letters.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True
