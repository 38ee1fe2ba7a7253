"""Mentions of people, organizations, places, facilities and legal documents.

Three sources of candidates, merged by preferring the longest span and then the most
confident: the gazetteer (known names in any spelling, matched on word tokens), rules
on the shape of unknown names and of document citations (``mentions_patterns``), and,
for Hangul, the gazetteer's Hangul forms (also spaced apart), Kiwi's proper nouns and
names before titles (``mentions_korean``). Within a document, an
acronym defined after a name ("… Trading Corporation (KOMID)") and the surname of a
person named in full ("Robert Collins" … "Collins") are then recognised wherever they
recur, with the same label and canonical name.

Names inside web addresses and inside the titles of articles cited in endnotes are
left out: they are someone else's words, not the document's (see the gold guidelines).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dossier.extract import _spans
from dossier.extract.base import Extractor
from dossier.extract.gazetteer import Gazetteer, GazetteerEntry
from dossier.extract.mentions_korean import has_hangul, joined_names, known_names, names_hangul_office, proper_nouns
from dossier.extract.mentions_patterns import (
    Candidate,
    acronym_definitions,
    book_titles,
    case_captions,
    chunks,
    cited_outlets,
    classify,
    cues,
    date_named,
    document_titles,
    executive_orders,
    lowercase_bodies,
    lowercase_facilities,
    lowercase_units,
    named_people,
    note_authors,
    number_first_facilities,
    numbered_resolutions,
    serial_names,
    short_forms,
    sanctions_regimes,
    sites,
    speakers,
    un_symbols,
    vessels,
)
from dossier.extract.mentions_tokens import Token, scan, tokenize
from dossier.model import Annotations, Document, Label, Mention

VERSION = "1.2"


def run(document: Document, found: Annotations) -> None:
    """Append the document's mentions to ``found.mentions``, in text order."""
    found.mentions.extend(find_mentions(document.text))


def find_mentions(text: str) -> list[Mention]:
    """The mentions of ``text``; each one's text is exactly ``text[start:end]``."""
    gazetteer = Gazetteer.load()
    tokens = tokenize(text)
    candidates = _gazetteer_candidates(text, tokens, gazetteer) + _pattern_candidates(text, tokens, gazetteer)
    candidates += _places_of_base(text, gazetteer)
    if has_hangul(text):
        candidates += known_names(text, gazetteer) + proper_nouns(text)
        candidates += joined_names(text, candidates)
    candidates = _with_editions(text, _without_place_of_base(text, _without_crossings(candidates)))
    candidates = _with_legal_forms(text, candidates)
    candidates += _protocols_to(text, candidates)
    chosen = _without_overlaps(_outside_quoted_titles(text, candidates))
    chosen = [c for c in chosen if not _names_office(text, c) and not names_hangul_office(text, c)]
    chosen = _with_recurring_names(text, tokens, chosen, gazetteer)
    return [_mention(text, candidate, gazetteer) for candidate in chosen]


def _gazetteer_candidates(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    found = []
    for hit in scan(text, tokens, gazetteer):
        entry = _treaty_entry(text, hit.start, hit.entries) or hit.entries[0]
        confidence = 0.9 if len(hit.entries) == 1 else 0.8
        found.append(Candidate(hit.start, hit.end, entry.label, confidence, entry.name, "gazetteer"))
    return found


# What a treaty, unlike the committee that monitors it, is done to: "ratified CEDAW",
# "a party to CAT", "obligations under CEDAW", "article 2 of CAT".
_TREATY_CONTEXT = re.compile(
    r"(?:ratif(?:y|ied|ying|ication of)|acce(?:ded|ssion) to|part(?:y|ies) to|signed|signatory to|under"
    r"|(?:article|articles|violations?|breach(?:es)?|provisions?|obligations|ratification) (?:\d+ )?(?:of|under)"
    r")(?: the)? $",
    re.I,
)


def _treaty_entry(text: str, start: int, entries: tuple[GazetteerEntry, ...]) -> GazetteerEntry | None:
    """Of a name the gazetteer gives both to a treaty and to a body ("CEDAW", "CAT"),
    the treaty when the words before it treat it as one; the body otherwise."""
    if len(entries) < 2 or not _TREATY_CONTEXT.search(text, max(0, start - 40), start):
        return None
    return next((entry for entry in entries if entry.kind == "law"), None)


def _pattern_candidates(text: str, tokens: list[Token], gazetteer: Gazetteer) -> list[Candidate]:
    runs = chunks(text, tokens)
    common = frozenset(token.text for token in tokens if token.text.islower())

    def known(name: str) -> bool:
        return gazetteer.lookup(name) is not None

    def canonical_of(name: str) -> str | None:
        entry = gazetteer.lookup(name, "law")
        return entry.name if entry else None

    def is_place(name: str) -> bool:
        return gazetteer.lookup(name, "place") is not None

    found: list[Candidate] = []
    for run in runs:
        found.extend(classify(text, tokens, run, common, known))
    found += speakers(text, tokens, runs) + named_people(text) + un_symbols(text) + short_forms(text) + sites(text)
    found += serial_names(text) + document_titles(text, canonical_of) + numbered_resolutions(text)
    found += lowercase_units(text, tokens) + lowercase_bodies(text) + date_named(text, tokens)
    found += case_captions(text) + sanctions_regimes(text) + number_first_facilities(text)
    found += executive_orders(text)
    found += lowercase_facilities(text, tokens, is_place) + vessels(text, is_place)
    return found + book_titles(text) + note_authors(text) + cited_outlets(text)


def _without_crossings(candidates: list[Candidate]) -> list[Candidate]:
    """A name found by its shape that starts inside a known name and runs past its end
    ("Commonwealth and Development Office and Immigration" across "Foreign, Commonwealth
    and Development Office") has its bounds wrong: the comma cut the chunk, not the name."""
    known = sorted((c.start, c.end) for c in candidates if c.rule.startswith("gazetteer"))
    if not known:
        return candidates
    starts = [start for start, _end in known]
    kept = []
    for candidate in candidates:
        at = bisect_left(starts, candidate.start) - 1
        crossed = at >= 0 and known[at][0] < candidate.start < known[at][1] < candidate.end
        if candidate.rule.startswith("gazetteer") or not crossed:
            kept.append(candidate)
    return kept


# How news says where a body sits or is registered: "Seoul-based", "Hong Kong-registered".
_SEAT = r"-(?:based|registered|flagged|headquartered|incorporated)"
_BASED = re.compile(rf"[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*)?{_SEAT}\s+")


def _without_place_of_base(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Seoul-based Transitional Justice Working Group" names the group; the place
    where it sits is a description, not part of its name."""
    trimmed = []
    for candidate in candidates:
        based = _BASED.match(text, candidate.start, candidate.end)
        if based and candidate.label == "ORG" and based.end() < candidate.end:
            candidate = Candidate(based.end(), candidate.end, candidate.label, candidate.confidence,
                                  candidate.canonical, candidate.rule)
        trimmed.append(candidate)
    return trimmed


_PLACE_BASED = re.compile(rf"(?<![\w-])([A-Z][\w’'.]*(?: [A-Z][\w’'.]*)?){_SEAT}\b")


def _places_of_base(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The known place in "London-based", which the tokens hide inside one word;
    "Web-based" names no place the gazetteer knows."""
    found = []
    for match in _PLACE_BASED.finditer(text):
        start, name = match.start(1), match.group(1)
        first = name.split()[0]
        if first != name and first in cues().stop_words:  # "The Seoul-based group"
            start, name = start + len(first) + 1, name[len(first) + 1 :]
        entry = gazetteer.lookup(name, "place")
        if entry:
            found.append(Candidate(start, match.end(1), "LOCATION", 0.8, entry.name, "place-of-base"))
    return found


# What identifies one edition of a document: the year of a numbered resolution
# ("S/RES/2397 (2017)", "Resolution 1874 (2009)"), the year and number of an ILO-style
# convention ("Forced Labour Convention, 1930 (No. 29)").
_YEAR_OF_NUMBERED = re.compile(r"\s*\((?:1[89]|20)\d\d\)")
_CONVENTION_NUMBER = re.compile(r"(?:,\s*(?:1[89]|20)\d\d)?\s*\(No\.\s*\d+\)")


def _with_editions(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A numbered document followed by its year in brackets, or a convention by its
    number, is named with them: "Resolution 2397" alone could be read as any year's.
    A named act keeps its bracketed year outside ("Human Rights Act (2004)")."""
    extended = []
    for candidate in candidates:
        edition = _edition(text, candidate) if candidate.label == "LAW" else None
        if edition:
            candidate = Candidate(candidate.start, edition.end(), candidate.label, candidate.confidence,
                                  candidate.canonical, candidate.rule)
        extended.append(candidate)
    return extended


# The legal form after a company's comma: "Dalian Sunny Shipping Co., Ltd.", "… Company, Limited".
_LEGAL_FORM_AFTER = re.compile(r", (?:Ltd\.|Ltd\b|Limited\b|Inc\.|Inc\b|LLC\b|PLC\b)")
_COMPANY_END = re.compile(r"(?:\bCo\.|\bCompany|\bCorp\.|\bCorporation)\Z")


def _with_legal_forms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A company's name runs on past the comma before its legal form ("Co., Ltd."),
    which ends the chunk of capitalised words its shape was found in."""
    extended = []
    for candidate in candidates:
        form = _LEGAL_FORM_AFTER.match(text, candidate.end) if candidate.label == "ORG" else None
        if form and _COMPANY_END.search(text, candidate.start, candidate.end):
            candidate = Candidate(candidate.start, form.end(), candidate.label, candidate.confidence,
                                  candidate.canonical, candidate.rule)
        extended.append(candidate)
    return extended


# A protocol or amendment named by the treaty it adds to: "Optional Protocol to the
# Convention on the Rights of the Child", "Second Optional Protocol to the ICCPR".
_ADDS_TO = re.compile(r"(?:Protocol|Protocols|Amendment|Amendments) to (?:the )?\Z")


def _protocols_to(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A protocol and the treaty it belongs to, written "… Protocol to the …", are one
    document's name, the flat longest one the guidelines ask for."""
    documents = [c for c in candidates if c.label == "LAW"]
    starts = {c.start: c for c in documents}
    joined = []
    for protocol in documents:
        link = re.match(r" to (?:the )?", text[protocol.end : protocol.end + 8])
        treaty = starts.get(protocol.end + link.end()) if link else None
        if treaty and _ADDS_TO.search(text, protocol.start, treaty.start):
            joined.append(Candidate(protocol.start, treaty.end, "LAW", protocol.confidence, rule="protocol-to"))
    return joined


def _edition(text: str, document: Candidate) -> re.Match[str] | None:
    if text[document.end - 1 : document.end].isdigit():
        year = _YEAR_OF_NUMBERED.match(text, document.end)
        if year:
            return year
    return _CONVENTION_NUMBER.match(text, document.end)


def _outside_quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    blocked = _spans.urls(text) + _spans.cited_titles(text)
    return [c for c in candidates if not any(s <= c.start < e for s, e in blocked)]


# An office named with its body: "UN Special Rapporteur", "UN Secretary-General".
_OFFICE = re.compile(r" (?:(?:Special|High|Deputy|Assistant|Under) )?([A-Z][\w-]+)")


def _names_office(text: str, candidate: Candidate) -> bool:
    """An acronym of a body right before one of its offices is part of the office's
    title, which names a post, not the body (the gold conventions leave "UN
    Secretary-General" out)."""
    if candidate.label != "ORG" or not text[candidate.start : candidate.end].isupper():
        return False
    office = _OFFICE.match(text, candidate.end)
    return office is not None and office.group(1) in cues().titles and office.group(1) not in cues().courtesy_titles


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest span where candidates overlap; among equals, the most confident."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.confidence, c.start))
    starts: list[int] = []  # the kept spans, sorted and disjoint
    taken: list[Candidate] = []
    for candidate in ranked:
        at = bisect_left(starts, candidate.start)
        clear_before = at == 0 or taken[at - 1].end <= candidate.start
        clear_after = at == len(taken) or candidate.end <= taken[at].start
        if clear_before and clear_after:
            starts.insert(at, candidate.start)
            taken.insert(at, candidate)
    return taken


def _with_recurring_names(
    text: str, tokens: list[Token], chosen: list[Candidate], gazetteer: Gazetteer
) -> list[Candidate]:
    """Add defined acronyms and surnames of people named in full, wherever they recur."""
    aliases: dict[str, Candidate] = {}
    for acronym, long_form in acronym_definitions(text, chosen):
        entry = gazetteer.lookup(long_form)
        acronym.canonical = entry.name if entry else f"{long_form} ({text[acronym.start:acronym.end]})"
        aliases[text[acronym.start : acronym.end]] = acronym
        for named in chosen:  # the long form is the same entity as its acronym
            if named.canonical is None and text[named.start : named.end] == long_form:
                named.canonical = acronym.canonical
    for person in (c for c in chosen if c.label == "PERSON"):
        surname = _surname(text[person.start : person.end])
        if surname and surname not in aliases:
            aliases[surname] = Candidate(0, 0, "PERSON", 0.7, person.canonical or text[person.start : person.end], "surname")
    for spelling, person in (_family_names(text, chosen) | _east_asian_family_names(text, chosen)).items():
        aliases.setdefault(spelling, person)
    common = frozenset(token.text for token in tokens if token.text.islower())
    extra = [
        Candidate(token.start, token.end, aliases[token.text].label, aliases[token.text].confidence, aliases[token.text].canonical, aliases[token.text].rule)
        for at, token in enumerate(tokens)
        if token.text in aliases and not _in_longer_name(text, tokens, at, aliases[token.text], common)
    ]
    return _without_overlaps(chosen + extra + _hangul_glosses(text, chosen) + _company_short_forms(text, chosen))


def _company_short_forms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A company named once in full ("Grand Harbour Maritime Ltd") recurs without its
    legal form ("Grand Harbour Maritime") and without its line of business ("Grand
    Harbour"); those short forms are the same organization wherever they recur."""
    c = cues()
    forms: dict[str, str] = {}
    for candidate in chosen:
        words = text[candidate.start : candidate.end].split()
        if candidate.label != "ORG" or len(words) < 3 or words[-1].rstrip(".") not in c.legal_forms:
            continue  # one word left ("Pyongyang" of "Pyongyang Trading Co") would be a place's name
        full = candidate.canonical or " ".join(words)
        forms.setdefault(" ".join(words[:-1]), full)
        if len(words) >= 4 and words[-2] in c.org_heads:
            forms.setdefault(" ".join(words[:-2]), full)
    found = []
    for form, full in forms.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            found.append(Candidate(match.start(), match.end(), "ORG", 0.85, full, "company-short-form"))
    return found


def _family_names(text: str, chosen: list[Candidate]) -> dict[str, Candidate]:
    """Every spelling of the family name of each person named in Korean order
    ("Choe Kwang-il" makes "Choe", "Choi", "Chwe"), when the document names only one
    person of that family. Leaders the gazetteer knows are left out: "Kim" alone in a
    text about Kim Jong Un and a refugee named Kim is the refugee, as writers use it."""
    from dossier.resolve.tables import surnames

    by_spelling, _by_hangul = surnames()
    people: dict[str, dict[str, Candidate]] = {}  # family group -> given name -> person
    for person in chosen:
        words = text[person.start : person.end].split()
        if person.label != "PERSON" or not person.rule.startswith("person:") or len(words) < 2:
            continue
        for group in by_spelling.get(words[0].lower(), ()):
            given = "".join(words[1:]).replace("-", "").lower()
            people.setdefault(group, {}).setdefault(given, person)
    spellings: dict[str, set[str]] = {}
    for spelling, groups in by_spelling.items():
        for group in groups:
            spellings.setdefault(group, set()).add(spelling)
    aliases: dict[str, Candidate] = {}
    for group, named in people.items():
        if len(named) != 1:
            continue
        person = next(iter(named.values()))
        canonical = person.canonical or text[person.start : person.end]
        for spelling in spellings[group]:
            if len(spelling) > 1 and spelling.isalpha():
                aliases[spelling.capitalize()] = Candidate(0, 0, "PERSON", 0.6, canonical, "family name")
    return aliases


def _east_asian_family_names(text: str, chosen: list[Candidate]) -> dict[str, Candidate]:
    """The family name of each person named in Chinese or Japanese shape ("Zhang Wei"
    makes "Zhang", "Matsuda Hiroshi" and "Hiroshi Matsuda" make "Matsuda"), which writers
    use alone for that person. Two people of one family share no canonical name."""
    c = cues()
    named: dict[str, list[Candidate]] = {}
    for person in chosen:
        if person.rule != "person:east-asian":
            continue
        first, last = text[person.start : person.end].split()[:2]
        family = first if first in c.chinese_surnames or first in c.japanese_surnames else last
        named.setdefault(family, []).append(person)
    aliases: dict[str, Candidate] = {}
    for family, people in named.items():
        names = {person.canonical or text[person.start : person.end] for person in people}
        canonical = names.pop() if len(names) == 1 else None
        for person in people:  # the full name and its family name are one entity
            person.canonical = person.canonical or canonical
        aliases[family] = Candidate(0, 0, "PERSON", 0.6, canonical, "family name")
    return aliases


def _in_longer_name(text: str, tokens: list[Token], at: int, alias: Candidate, common: frozenset[str]) -> bool:
    """A family name that goes on into a given name ("Kim Jong Un"), a name of a thing
    ("Kim regime") or is also a common word of this text ("An", "Song") is not the person."""
    if alias.rule != "family name":
        return False
    token = tokens[at]
    if token.text.lower() in common or token.text in cues().stop_words:
        return True
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is None or "\n" in text[token.end : following.start]:
        return False
    gap = text[token.end : following.start]
    return gap.strip(" -\u2010\u2011") == "" and (following.text[:1].isupper() or following.text in _FAMILY_THINGS)


_FAMILY_THINGS = frozenset("regime family dynasty era government clan leadership administration rule cult".split())
_HANGUL_GLOSS = re.compile(r"\s*[(（]\s*([\uac00-\ud7a3]{2,4})\s*[)）]")


def _hangul_glosses(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The Hangul written in brackets right after a romanized person name, "Han Mi-suk
    (한미숙)", is the same person's name."""
    found = []
    for person in chosen:
        gloss = _HANGUL_GLOSS.match(text, person.end) if person.label == "PERSON" else None
        if gloss:
            canonical = person.canonical or text[person.start : person.end]
            found.append(Candidate(gloss.start(1), gloss.end(1), "PERSON", 0.7, canonical, "hangul gloss"))
    return found


def _surname(name: str) -> str | None:
    """The last word of a Western-order full name, if it can stand alone as a surname.
    Korean family names ("Kim", "Lee") are too common to stand for one person."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1] in cues().surnames:
        return None
    if words[0] in cues().surnames or words[0].rstrip(".") in cues().courtesy_titles:
        return None
    return words[-1]


def _mention(text: str, candidate: Candidate, gazetteer: Gazetteer) -> Mention:
    surface = text[candidate.start : candidate.end]
    canonical = candidate.canonical
    if canonical is None:
        entry = gazetteer.lookup(surface, _KIND_OF_LABEL[candidate.label])
        canonical = entry.name if entry else None
    return Mention(
        text=surface,
        label=Label(candidate.label),
        start=candidate.start,
        end=candidate.end,
        extractor=EXTRACTOR.tag,
        confidence=candidate.confidence,
        canonical=canonical,
    )


_KIND_OF_LABEL = {"PERSON": "person", "ORG": "org", "LOCATION": "place", "FACILITY": "facility", "LAW": "law"}

EXTRACTOR = Extractor(name="mentions", version=VERSION, run=run)
