"""Amounts with what they count: "2,500-5,000 tons", "between 11 and 15 officers".

A quantity is a number (digits or words, with a scale word) or a range, the counted
noun phrase after it and the hedge before it. Following the gold conventions, the span
is the number plus its counted noun phrase; hedges ("up to", "over", "almost") stay
outside the span and become the qualifier, while "between" stays inside. The unit is
the counted noun without its modifiers ("North Korean personnel" counts "personnel").

Not quantities: years and other dates, note markers, identifiers ("Office 99", "Camp
12", "Resolution 1874", "p. 35"), ordinals ("105th"), "one" used as a determiner, set
phrases ("the two Koreas") and numbers inside web addresses or cited article titles.
Vague amounts ("tens of thousands") are kept with qualifier ``vague`` and rough bounds,
so claims can still be compared, and can be filtered out by that qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.extract import _spans
from dossier.extract._numbers import DIGITS, OPENING_WORDS, SCALE, WORD_AMOUNT, value_of
from dossier.extract._prefilter import WordStarts, finditer_at, fold
from dossier.extract.base import Extractor
from dossier.extract.quantities_korean import korean_quantities
from dossier.extract.sentences import sentence_at, sentences
from dossier.model import Annotations, Document, Precision, Quantity

NAME = "quantities"
VERSION = "1.0"

_NUMBER = rf"(?:(?:{DIGITS})(?:{SCALE})?|\b(?i:{WORD_AMOUNT})\b)"
_AMOUNT = re.compile(
    rf"(?P<between>(?i:between)\s+)?(?P<currency>\$|US\$)?(?P<n1>{_NUMBER})"
    rf"(?:\s*(?P<joint>-|–|\bto\b|\bor\b|\band\b)\s*\$?(?P<n2>{_NUMBER}))?"
    rf"(?P<suffix>\s?%|\s(?i:percent|per cent)\b|-year-old\b|\s(?:years?|months?) old\b|-[a-z]+(?![\w-]))?"
)
_VAGUE = re.compile(
    r"\b(?P<scale>(?i:tens|hundreds) of (?:thousands|millions)|(?i:thousands|millions|hundreds|dozens)(?= of ))"
)
_VAGUE_BOUNDS = {
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "tens of millions": (10_000_000, 99_999_999), "hundreds of millions": (100_000_000, 999_999_999),
    "thousands": (1_000, 9_999), "millions": (1_000_000, 9_999_999), "hundreds": (100, 999),
    "dozens": (24, 99),
}
_IDENTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:resolution|order|no\.?|nos\.?|number|page|pages|p\.|pp\.|para\.?|paras\.?|vol\.?|"
    r"article|art\.|camp|office|unit|room|code|act|law|decree|chapter|section|protocol|annex|"
    r"item|table|figure|fig\.|bureau|division|brigade|corps|route|highway|kwall?iso|kwan-li-so|kyohwaso|kyo-hwa-so)\s*)$|[\[/#\w.,-]$"
)
_HEDGES = [
    ("at_most", r"up to|as many as|at most|no more than|a maximum of"),
    ("at_least", r"at least|a minimum of|no fewer than|no less than"),
    ("more_than", r"over|more than|upwards of|in excess of|above|exceeding"),
    ("less_than", r"fewer than|less than|under|below"),
    ("approx", r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated"),
]
_HEDGE = [(name, re.compile(rf"(?i:\b(?:{words}))\s+$")) for name, words in _HEDGES]
_BARE_BEFORE = re.compile(r"(?i:\b(?:only|a total of|total of))\s+$")
_SET_PHRASE_BEFORE = re.compile(r"\bthe\s+$")
_ANAPHORIC_BEFORE = re.compile(r"\b(?i:the|these|those|all)\s+$")
_BARE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had|have|managed|remain|remained|live|lived|fled"
    # an elided count of people as the subject of what they told: "Of the 47 interviewees, 31 said"
    r"|said|say|told|tell|reported|report|described|describe|testified|recalled|recounted|saw|witnessed|died)\b"
)
# A count in a trend, its noun given once: "fell from 2,706 in 2011 to 67 in 2022".
_TREND_BEFORE = re.compile(r"(?i:\b(?:from|to))\s+$")
_TREND_AFTER = re.compile(r"\s+in\s+(?:1[89]|20)\d\d\b")
# An age told as "a boy of about eight", "a woman aged 60".
_AGE = re.compile(
    rf"\b(?i:boy|girl|child|son|daughter|man|woman|baby|infant|teenager)\s+(?:of|aged)\s+"
    rf"(?:(?i:about|around|only|just|nearly|almost)\s+)?(?P<n>{_NUMBER})\b(?![-\w]|\s+(?:years?|months?|weeks?|days?|or|to|and)\b)"
)
_OF_PRONOUN = re.compile(r"\s+of\s+(?P<pronoun>whom|them)\b")
# An age told as "aged nine and 12".
_AGED = re.compile(rf"\baged\s+(?P<n>{_NUMBER})(?:\s+(?:and|or)\s+(?P<n2>{_NUMBER}))?\b(?!\s+(?:years?|months?)\b)")
# "one year" is a duration, though "one" is otherwise a determiner ("one report").
_ONE_DURATION = re.compile(r"\b(?i:one)\s+(?P<unit>year|month|week|decade)\b(?!\s+(?:later|ago|earlier|after|before)\b|-)")
_OF_TOTAL = re.compile(rf"\s+(?:out of|of)\s+(?:a total of\s+)?(?P<total>{DIGITS}|\b(?i:{WORD_AMOUNT})\b)(?!\s*%)")
_FREQUENCY = re.compile(r"\s+(?:a|per|each|every)\s+(?P<period>day|week|month|year)\b")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our)(?=\s+[a-z])")
_PER = re.compile(r"\s+per\s+(?P<what>[a-z]+)\b")
# "twice a day": the multiplicative words with a period
_TIMES_A = re.compile(r"\b(?P<word>(?i:once|twice|thrice))\s+(?:a|per|each|every)\s+(?P<period>day|week|month|year)\b")
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
# An age in apposition to a name: "said Matsuda Hiroshi, 71, whose sister ...".
_AGE_AFTER_NAME = re.compile(
    r"\b(?!(?:In|On|At|By|For|From|The|To|As|Of|With|Since|Until|After|Before|During|And|But)\s)"
    r"[A-Z][a-z’'-]+\s[A-Z][a-z’'-]+,\s(?P<n>\d{1,3})(?=,|\s+(?:who|whose)\b)"
)
_PEOPLE_LIST = re.compile(r"\s+men,\s+women,?\s+and\s+children\b")
_FAMILY = re.compile(rf"\b(?i:family|household) of (?P<n>{_NUMBER})\b")
_WORD = re.compile(r"[ \u00a0]+(?P<word>[A-Za-z][A-Za-z’'-]*)")

_STOP_WORDS = frozenset(
    """a an the this that these those its their his her our my your of in on at to for from with by
    and or but nor than as into onto inside outside across over under between among during before after
    since until per each every who whom whose which where when while whether if is are was were be been
    being am has have had do does did will would can could should may might must shall not no now then
    also only just still even all both either neither so such too very more most less least here there
    ago later earlier alone apiece altogether respectively it they he she we you i them
    said told reported described testified recalled recounted saw witnessed died
    say tell report describe testify recall recount see witness""".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people men women children personnel police staff cattle persons folk youth clergy".split()
)
_MODIFIERS = frozenset(
    """significant potential operational oppressed additional other new former young innocent separate
    major different various distinct known reported estimated registered main total small large big key
    notorious further remaining current recent individual approximately entire whole several numerous""".split()
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_SPECIAL_UNITS = {"dollars": "USD", "dollar": "USD", "percent": "percent"}
# Currencies whose names do not take a plural "s": "15,000 yuan", "30 million won".
_CURRENCY_AFTER = re.compile(r"[ \u00a0]+(?P<word>yuan|RMB|won|yen|euros?)\b")
_CURRENCY_CODES = {"yuan": "CNY", "rmb": "CNY", "won": "KRW", "yen": "JPY", "euro": "EUR", "euros": "EUR"}
# Korean words for places of detention are the same in the plural: "nine kyohwaso".
_INVARIANT_PLURALS = frozenset("kyohwaso kwanliso jipkyulso kuryujang".split())
_AND_A_HALF = re.compile(rf"(?P<n>{_NUMBER}) and a half(?= (?:years|months|weeks|days|hours)\b)")
_PEOPLE = frozenset(
    """people persons men women children girls boys refugees escapees defectors prisoners detainees
    inmates victims individuals personnel officers soldiers troops workers families migrants
    returnees asylum seekers""".split()
)
_TIME_UNITS = frozenset("days weeks months years decades centuries times hours minutes".split())
_GROUPS = frozenset("women men children girls boys".split())


# Where an amount can open: the patterns are tried only there (``finditer_at``), not at
# each position of the text; the matches are the same. An amount opening at the start of
# a run of digits takes the run whole, so no other opens inside it, save where the last
# match ended ("1,2345"), which is tried anyway; "and a half" may open at any digit.
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_CURRENCY_SIGN = re.compile(r"US\$|\$")
_WORDS = WordStarts({
    "number": (*OPENING_WORDS, "between"),
    "family": ("family", "household"),
    "age": ("boy", "girl", "child", "son", "daughter", "man", "woman", "baby", "infant", "teenager"),
    "aged": ("aged",),
    "one": ("one",),
    "times": ("once", "twice", "thrice"),
    "vague": ("tens", "hundreds", "thousands", "millions", "dozens"),
})


@dataclass
class _NounPhrase:
    unit: str | None
    end: int


def find_quantities(text: str, taken: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, skipping the spans in ``taken`` (dates, for instance)."""
    blocked = list(taken or []) + list(_spans.urls(text)) + list(_spans.cited_titles(text))
    found: list[Quantity] = []
    words = _WORDS.find(fold(text))
    for match in finditer_at(_FAMILY, text, words["family"]):
        found.append(Quantity(text=match.group(), start=match.start(), end=match.end(),
                              value=value_of(match["n"]), unit="family members", qualifier="exact",
                              extractor=f"{NAME}@{VERSION}"))
    for match in finditer_at(_AGE, text, words["age"]):
        quantity = Quantity(text=match["n"], start=match.start("n"), end=match.end("n"), value=value_of(match["n"]),
                            unit="years (age)", qualifier=_hedge(text, match.start("n")), extractor=f"{NAME}@{VERSION}")
        if quantity.value is not None and not _overlaps(quantity, blocked):
            found.append(quantity)
    for match in _AGE_AFTER_NAME.finditer(text):
        if 0 < int(match["n"]) <= 110:
            found.append(Quantity(text=match["n"], start=match.start("n"), end=match.end("n"), value=float(match["n"]),
                                  unit="years (age)", qualifier="exact", extractor=f"{NAME}@{VERSION}"))
    for match in finditer_at(_ONE_DURATION, text, words["one"]):
        found.append(Quantity(text=match.group(), start=match.start(), end=match.end(), value=1.0,
                              unit=f"{match['unit']}s", qualifier="exact", extractor=f"{NAME}@{VERSION}"))
    for quantity in _ages_told(text, words["aged"]):
        if not _overlaps(quantity, blocked) and not _overlaps(quantity, _spans_of(found)):
            found.append(quantity)
    for match in finditer_at(_TIMES_A, text, words["times"]):
        found.append(Quantity(text=match.group(), start=match.start(), end=match.end(), value=_TIMES[match["word"].lower()],
                              unit=f"times per {match['period']}", qualifier="exact", extractor=f"{NAME}@{VERSION}"))
    for match in _and_a_half_matches(text, words["number"]):
        quantity = _and_a_half(text, match)
        if quantity and not _overlaps(quantity, blocked):
            found.append(quantity)
    for match in finditer_at(_AMOUNT, text, _amount_starts(text, words["number"])):
        quantity = _quantity(text, match)
        if quantity is None and match["n2"]:  # not a range ("in 2015 to 90 in 2021"): its second number alone
            quantity = _quantity(text, _AMOUNT.match(text, match.start("n2")))  # type: ignore[arg-type]
        if quantity and not _overlaps(quantity, blocked) and not _overlaps(quantity, _spans_of(found)):
            found.append(quantity)
    for match in finditer_at(_VAGUE, text, words["vague"]):
        quantity = _vague(text, match)
        if not _overlaps(quantity, blocked) and not _overlaps(quantity, _spans_of(found)):
            found.append(quantity)
    for quantity in korean_quantities(text):
        if not _overlaps(quantity, blocked) and not _overlaps(quantity, _spans_of(found)):
            found.append(quantity)
    found.sort(key=lambda q: q.start)
    _fill_elided_units(text, found)
    return found


def _amount_starts(text: str, number_words: list[int]) -> list[int]:
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    return sorted(digits + number_words + [m.start() for m in _CURRENCY_SIGN.finditer(text)])


def _and_a_half_matches(text: str, number_words: list[int]) -> list[re.Match[str]]:
    if " and a half " not in text:
        return []
    starts = sorted(number_words + [m.start() for m in _DIGIT.finditer(text)])
    return list(finditer_at(_AND_A_HALF, text, starts))


def _ages_told(text: str, starts: list[int]) -> list[Quantity]:
    """"aged nine and 12": each number is an age."""
    ages: list[Quantity] = []
    for match in finditer_at(_AGED, text, starts):
        for group in ("n", "n2"):
            if match[group] and value_of(match[group]) is not None:
                ages.append(Quantity(text=match[group], start=match.start(group), end=match.end(group),
                                     value=value_of(match[group]), unit="years (age)", qualifier="exact",
                                     extractor=f"{NAME}@{VERSION}"))
    return ages


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    if _IDENTIFIER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    if text[match.end():match.end() + 1].isalnum() or text[match.end():match.end() + 1] in "/(":
        return None
    first = match["n1"]
    if first.lower() in ("one", "a") and not match["n2"]:
        return None
    if match["joint"] in ("and",) and not match["between"]:
        return None
    if match["joint"] == "or" and not (match["suffix"] or _counted_noun(text, match.end()).unit):
        return None
    low, high = value_of(first), value_of(match["n2"]) if match["n2"] else None
    if low is None or (match["n2"] and (high is None or high < low)):
        return None
    end, unit = _unit_and_end(text, match)
    qualifier = "range" if high is not None else _hedge(text, match.start())
    if unit is None and not _bare_allowed(text, match, end):
        return None
    if unit and " " not in unit and unit[0].isupper() and _SET_PHRASE_BEFORE.search(text, 0, match.start()):
        return None  # "the two Koreas"
    if unit is None and _OF_PRONOUN.match(text, end) and _OF_PRONOUN.match(text, end)["pronoun"] == "whom":
        end = _OF_PRONOUN.match(text, end).end()
    quantity = Quantity(text=text[match.start():end], start=match.start(), end=end, unit=unit,
                        qualifier=qualifier, extractor=f"{NAME}@{VERSION}")
    _set_values(quantity, low, high, text, end)
    return quantity


def _and_a_half(text: str, match: re.Match[str]) -> Quantity | None:
    """"two and a half years": the number plus one half, counting what follows."""
    whole = value_of(match["n"])
    phrase = _counted_noun(text, match.end())
    if whole is None or phrase.unit is None:
        return None
    return Quantity(text=text[match.start():phrase.end], start=match.start(), end=phrase.end, value=whole + 0.5,
                    unit=phrase.unit, qualifier=_hedge(text, match.start()), extractor=f"{NAME}@{VERSION}")


def _unit_and_end(text: str, match: re.Match[str]) -> tuple[int, str | None]:
    suffix = (match["suffix"] or "").strip().lower()
    if match["currency"]:
        dollars = re.match(r"\s+dollars?\b", text[match.end():])
        return match.end() + (dollars.end() if dollars else 0), "USD"
    if suffix in ("%", "percent", "per cent"):
        return match.end(), "percent"
    if suffix.endswith("old"):
        return match.end(), "years (age)"
    if suffix.startswith("-"):
        return match.end(), _plural(suffix[1:])
    if _PEOPLE_LIST.match(text, match.end()):
        return _PEOPLE_LIST.match(text, match.end()).end(), "people"
    currency = _CURRENCY_AFTER.match(text, match.end())
    if currency:
        return currency.end(), _CURRENCY_CODES[currency["word"].lower()]
    partitive = _PARTITIVE.match(text, match.end())
    if partitive:  # "19 of the interviewees": the span takes what it is a part of
        counted = _counted_noun(text, partitive.end())
        if counted.unit:
            return counted.end, counted.unit
    phrase = _counted_noun(text, match.end())
    rate = _PER.match(text, phrase.end) if phrase.unit else None
    if rate:  # "40 persons per block"
        return rate.end(), f"{phrase.unit} per {rate['what']}"
    if phrase.unit in _SPECIAL_UNITS:
        return phrase.end, _SPECIAL_UNITS[phrase.unit]
    frequency = _FREQUENCY.match(text, phrase.end) if phrase.unit else None
    if frequency:  # a rate: "twelve hours a day", "500,000 barrels a year"
        return frequency.end(), f"{phrase.unit} per {frequency['period']}"
    return phrase.end, phrase.unit


def _counted_noun(text: str, position: int) -> _NounPhrase:
    """The noun phrase after a number up to its plural head: "military bases", "personnel"."""
    words: list[re.Match[str]] = []
    cursor = position
    while len(words) < 5:
        word = _WORD.match(text, cursor)
        if word is None or word["word"].lower() in _STOP_WORDS:
            break
        words.append(word)
        cursor = word.end()
        if _is_plural_noun(word["word"]):
            following = _WORD.match(text, word.end())
            if word["word"] in _GROUPS and following and following["word"] in _PEOPLE:
                words.append(following)  # "2,000 women prisoners" counts women prisoners
            return _NounPhrase(unit=_unit_from([w["word"] for w in words]), end=words[-1].end())
    return _NounPhrase(unit=None, end=position)


def _is_plural_noun(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS or lower in _INVARIANT_PLURALS:
        return True
    if word.isupper() or lower.endswith(_NOT_PLURAL_ENDINGS):
        return False
    return lower.endswith("s") and len(lower) > 2


def _unit_from(words: list[str]) -> str:
    head = words[-1]
    kept = []
    for index, word in enumerate(words[:-1]):
        if _is_modifier(word) and not (word in ("North", "South") and words[index + 1] == head and head[0].isupper()):
            continue
        kept.append(word)
    return " ".join([*kept, head])


def _is_modifier(word: str) -> bool:
    lower = word.lower()
    if lower in _MODIFIERS or lower.endswith(("ly", "ed")) or word.isupper():
        return True
    return word[0].isupper()  # country adjectives and names: "North Korean", "HRNK"


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


def _hedge(text: str, start: int) -> str:
    before = text[max(0, start - 20):start]
    for name, pattern in _HEDGE:
        if pattern.search(before):
            return name
    return "exact"


def _bare_allowed(text: str, match: re.Match[str], end: int) -> bool:
    number = match["n1"]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        return True
    if _OF_PRONOUN.match(text, end):  # "eight of whom"; digits only after a comma: "87 persons, 64 of them women"
        return not number[0].isdigit() or text[max(0, match.start() - 2):match.start()] == ", "
    if _ANAPHORIC_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return False  # "the two said": anaphoric, no count
    return bool(
        _BARE_BEFORE.search(text, max(0, match.start() - 16), match.start())
        or _BARE_AFTER.match(text, end)
        or (_TREND_BEFORE.search(text, max(0, match.start() - 6), match.start()) and _TREND_AFTER.match(text, end))
    )


def _set_values(quantity: Quantity, low: float | None, high: float | None, text: str, end: int) -> None:
    if high is not None:
        quantity.low, quantity.high = low, high
        return
    quantity.value = low
    if quantity.qualifier in ("at_most", "less_than"):
        quantity.high = low
    elif quantity.qualifier in ("at_least", "more_than"):
        quantity.low = low
    total = _OF_TOTAL.match(text, end)
    if total and quantity.unit != "percent":
        quantity.of_total = value_of(total["total"])
        quantity.qualifier = "part_of"


def _vague(text: str, match: re.Match[str]) -> Quantity:
    scale = match["scale"].lower()
    low, high = _VAGUE_BOUNDS[scale]
    end = match.end()
    unit = None
    rest = re.match(r"\s+of", text[end:])
    if rest:
        phrase = _counted_noun(text, end + rest.end())
        if phrase.unit:
            end, unit = phrase.end, phrase.unit
    return Quantity(text=text[match.start():end], start=match.start(), end=end, low=low, high=high,
                    unit=unit, qualifier="vague", extractor=f"{NAME}@{VERSION}")


def _fill_elided_units(text: str, found: list[Quantity]) -> None:
    """A bare number ("31,000", "eight of whom") counts what the last counted amount did."""
    spans = sentences(text)
    for index, quantity in enumerate(found):
        if quantity.unit is not None or quantity.qualifier == "vague":
            continue
        here = sentence_at(spans, quantity.start)
        nearby = [q for q in found[:index] if here and _within_previous_sentence(spans, here, q.start)]
        counted = [q.unit for q in nearby if q.unit and q.unit not in _TIME_UNITS and q.unit not in ("percent", "USD")]
        people = [unit for unit in counted if _counts_people(unit)]
        if people or counted:
            quantity.unit = (people or counted)[-1]


def _counts_people(unit: str) -> bool:
    head = unit.split()[-1]
    return head in _PEOPLE or head[0].isupper()


def _within_previous_sentence(spans: list[tuple[int, int]], here: tuple[int, int], offset: int) -> bool:
    position = spans.index(here)
    start = spans[position - 1][0] if position > 0 else here[0]
    return offset >= start


def _overlaps(quantity: Quantity, spans: list[tuple[int, int]]) -> bool:
    return any(start < quantity.end and quantity.start < end for start, end in spans)


def _spans_of(found: list[Quantity]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in found]


def run(document: Document, found: Annotations) -> None:
    """Add the quantities of ``document`` to ``found``, skipping what the dates took."""
    dates = [(d.start, d.end) for d in found.dates
             if d.start is not None and d.end is not None and d.precision != Precision.UNRESOLVED]
    found.quantities.extend(find_quantities(document.text, dates))


EXTRACTOR = Extractor(name=NAME, version=VERSION, run=run)
