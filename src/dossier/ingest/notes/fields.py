"""The parts of one note: web addresses, UN document symbols, authors, title, date, pages.

Notes are written by hand in many styles, so each field is found by its own shape
rather than by position: a URL by its scheme, a UN symbol by its series prefix, a
title by its quotation marks (or, for books and UN documents, as the piece after the
author), a page by "p."/"pp."/"para."/"paras.".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dossier.ingest.dates import find_dates
from dossier.ingest.names import looks_like_person

# "http//" is kept: typos in an original are evidence too, and still lead to the site.
_URL = re.compile(r"(?:https?:?//|www\.)[^\s<>\"“”‘’]+", re.I)
_URL_TRAILING = ".,;:!?)]}'’”"
_GLUED_PROSE = re.compile(r"\.(?=[A-Z][a-z]+\b[^/]*$)")  # "...html.See also" → "...html"
_URL_CONTINUES = re.compile(r"[/\-_=?&%#~]$")  # not ".": that usually ends the sentence
_URL_TAIL = re.compile(r"^[\w/\-_=?&.%#~+:,;]+")
_UN_SERIES = r"(?:A|S|E|ST|CAT|CCPR|CEDAW|CERD|CRC|CRPD|CMW|CED|HRI|UNEP|TD|DP|ICCPR|E/CN\.\d+)"
_UN_SYMBOL = re.compile(rf"(?<![\w/]){_UN_SERIES}(?:/[A-Za-z0-9][A-Za-z0-9.\-()]*){{2,}}")
_PAGES = re.compile(r"\b(?:pp?|paras?|pars?)\.\s*\d+[a-z]?(?:\s*\([a-z0-9ivx]+\))?"
                    r"(?:\s*(?:,|-|–|and)\s*\d+[a-z]?(?:\s*\([a-z0-9ivx]+\))?)*", re.I)
_SEE = re.compile(r"^(?:see\s+also|see|cf\.|and)\s+", re.I)
_SOURCE_BREAK = re.compile(r";\s*|(?<=\.)\s*(?=See\b)|\s+(?=see also\b)")
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]")
_CONNECTORS = {"of", "the", "for", "and", "on", "against", "de", "in", "to", "des", "du", "others", "et", "al."}
_TITLE_EDGES = " ,.;:\u00a0"


@dataclass
class Fields:
    urls: list[str] = field(default_factory=list)
    un_symbols: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    pages: str | None = None


def parse_fields(text: str) -> Fields:
    """Every field the note's text gives."""
    sources = cited_sources(text)
    main = next((source for source in sources if _is_citation(source)), sources[0] if sources else "")
    return Fields(
        urls=find_urls(text),
        un_symbols=find_un_symbols(text),
        authors=_unique(author for source in sources for author in _authors(source)),
        title=_title(main),
        date=_date(main),
        pages=(found.group(0).strip() if (found := _PAGES.search(text)) else None),
    )


def cited_sources(text: str) -> list[str]:
    """The works a note cites, split at "; " and "See also", without "See"/"and" in front."""
    pieces = (_SEE.sub("", piece.strip()) for piece in _SOURCE_BREAK.split(text))
    return [piece for piece in pieces if piece]


def find_urls(text: str) -> list[str]:
    """Web addresses, rejoined where a line break cut one, without trailing punctuation."""
    urls = []
    for match in _URL.finditer(text):
        url = _GLUED_PROSE.split(match.group(0), maxsplit=1)[0]
        if _URL_CONTINUES.search(url) and match.end() == len(url) + match.start():
            url += _continuation(text, match.end())
        url = _without_trailing_punctuation(url)
        if url not in urls:
            urls.append(url)
    return urls


def _without_trailing_punctuation(url: str) -> str:
    """Drop what ends the sentence, keeping a ")" that closes a "(" of the address."""
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_un_symbols(text: str) -> list[str]:
    """UN document symbols such as A/HRC/25/63, CEDAW/C/PRK/CO/2-4 or S/2017/742."""
    symbols = []
    for match in _UN_SYMBOL.finditer(text):
        symbol = match.group(0).rstrip(".,;)")
        if any(ch.isdigit() for ch in symbol) and symbol not in symbols:
            symbols.append(symbol)
    return symbols


def _continuation(text: str, end: int) -> str:
    """The rest of a URL broken after ``end`` by a line break or a stray space."""
    gap = re.match(r"[ \t]*\n?[ \t]*", text[end:])
    rest = _URL_TAIL.match(text[end + (gap.end() if gap else 0):])
    if not gap or not gap.group(0) or not rest or not re.search(r"[/._\-=?&]", rest.group(0)):
        return ""
    if re.match(r"(?:https?:|www\.)", rest.group(0), re.I):
        return ""  # the next address, not the rest of this one
    return rest.group(0)


def _is_citation(source: str) -> bool:
    return bool("“" in source or "”" in source or _QUOTED.search(source) or _URL.search(source)
                or _UN_SYMBOL.search(source) or _authors(source))


def _authors(source: str) -> list[str]:
    head = re.split(r",|“|\"", source, maxsplit=1)[0]
    names = [re.sub(r"\s+and\s+others$|\s+et\s+al\.?$", "", part.strip()) for part in re.split(r"\s+and\s+|\s*&\s*", head)]
    people = [name for name in names if looks_like_person(name)]
    return people if len(people) == len([n for n in names if n and n != "others"]) else []


def _title(source: str) -> str | None:
    quoted = _preferred_quote(source)
    if quoted:
        return quoted
    opening, closing = source.find("“"), source.find("”")
    if closing != -1 and opening == -1:
        # The opening quote is missing in the original: the title runs from the author's comma.
        return source[:closing].rstrip(_TITLE_EDGES).split(",", 1)[-1].strip(_TITLE_EDGES) or None
    if opening != -1 and closing == -1:
        # The closing quote is missing: the title runs to the next comma.
        return source[opening + 1:].split(",", 1)[0].strip(_TITLE_EDGES) or None
    return _unquoted_title(source)


def _preferred_quote(source: str) -> str | None:
    """Of several quotations, the one that reads like a cited title ("Title,” Outlet)."""
    quotes = list(_QUOTED.finditer(source))
    ranked = sorted(quotes, key=lambda m: (not m.group(1).rstrip().endswith(","),
                                           not source[m.end():m.end() + 1] in ",.;)", m.start()))
    return ranked[0].group(1).strip(_TITLE_EDGES) if ranked else None


def _unquoted_title(source: str) -> str | None:
    """Books and UN documents: the piece after the author, up to the publisher's bracket."""
    pieces = [piece.strip() for piece in source.split(",")]
    if len(pieces) < 2 or not _author_like(pieces[0]):
        return None
    title = pieces[1].split("(")[0].strip(_TITLE_EDGES)
    if not title or find_un_symbols(title) or _PAGES.match(title) or any(d.text == title for d in find_dates(title)):
        return None
    return title


def _author_like(piece: str) -> bool:
    """A person or an institution: short, every word capitalised but the small ones."""
    words = piece.split()
    return 0 < len(words) <= 10 and all(word[0].isupper() or word in _CONNECTORS for word in words)


def _date(source: str) -> str | None:
    plain = _URL.sub(" ", source)
    outside_quotes = _QUOTED.sub(lambda m: " " * len(m.group(0)), plain)
    for candidate in (outside_quotes, plain):
        dates = [d for d in find_dates(candidate) if d.value]
        if dates:
            return dates[-1].value
    return None


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
