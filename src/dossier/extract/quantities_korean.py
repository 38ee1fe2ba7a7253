"""Amounts in Korean: a number and the counter word after it ("11명", "14시간", "서너 구").

Korean counts with a counter (명 people, 시간 hours, 구 bodies, 곳 places...) written
right after the number, or after a space when the number is a native word ("두 끼").
As in English, hedges stay outside the span and become the qualifier: "약 30명" is
"30명", about; "14시간 이상" is "14시간", at least. "30여 명" (thirty-odd) keeps its
"여" and is approximate. A lone "한" ("한 명", one) is a determiner, as "one" is in
English, and "수십 명" (dozens) is vague, so neither is counted; but "한 차례" (one time, as
"once" in a frequency) is. Metric units written
onto a number ("10㎏", "10kg") are read here too, since the English rules need a space.
Days count only as "5일간" or "5일 동안": a bare "5일" is the fifth of the month.

People and things are counted with their noun written just before the number, with no
particle between ("북한이탈주민 23명", "면접 대상자 23명", "옥수수 200~300그램"), as "23
escapees" is in English; a particle-marked noun, a verb form or a hedge stays out ("여성은
15명", "탈북한 ... 23명" keeps its noun only, "약 4,800건"). Hours "하루 12시간" are a rate
("hours a day"), and "19세에서 54세" is one range.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from dossier.extract._prefilter import WordStarts, finditer_at
from dossier.model import Quantity

# counter -> unit, the unit in the English words the rest of Dossier uses
_COUNTERS = {
    "명": "people", "사람": "people", "가구": "households", "가족": "families", "구": "bodies",
    "곳": "places", "개소": "places", "끼": "meals", "시간": "hours", "분": "minutes", "일간": "days",
    "일 동안": "days",
    "주일": "weeks", "주": "weeks", "개월": "months", "달": "months", "년": "years", "해": "years",
    "번": "times", "차례": "times", "살": "years (age)", "세": "years (age)", "톤": "tons",
    "건": "cases", "매": "sheets", "부": "copies", "개": "items", "그램": "grams", "퍼센트": "percent",
    "달러": "USD", "위안": "CNY", "원": "KRW", "엔": "JPY", "㎏": "kg", "kg": "kg", "킬로그램": "kg",
    "㎞": "km", "km": "km", "킬로미터": "km",
}
_SCALES = {"천": 1_000, "만": 10_000, "억": 100_000_000}
_NATIVE = {
    "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    "열": 10, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
}
_NATIVE_RANGES = {"한두": (1, 2), "두세": (2, 3), "두서너": (2, 4), "서너": (3, 4), "너덧": (4, 5), "네댓": (4, 5),
                  "대여섯": (5, 6), "예닐곱": (6, 7)}
# Native numbers count people, bodies, meals, places and times, not hours on a clock.
_NATIVE_COUNTERS = ("명", "사람", "구", "곳", "끼", "가구", "가족", "번", "차례", "달", "해", "살", "시간")
_HANGUL = "\uac00-\ud7a3"
# What may follow a counter: no Hangul ("3명."), or a particle or suffix ("7명이", "3년간").
_AFTER = (
    rf"(?=[^{_HANGUL}A-Za-z]|$|(?:씩|간|가량|정도|쯤|남짓|이상|이하|미만|넘게|넘는|동안|이|가|을|를|은|는|의|에|도|만|과|와|으로|로|까지|부터|께|뿐|였|이었|인|이다))"
)
_DIGIT_COUNTERS = "|".join(sorted(_COUNTERS, key=len, reverse=True))
_DIGIT_AMOUNT = re.compile(
    rf"(?<![\d.,\w])(?<!\d[만억]\s)(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<scale>[천만억])?"
    rf"(?:\s?[~\-–]\s?(?P<n2>\d+(?:\.\d+)?)(?P<scale2>[천만억])?)?"
    rf"(?P<yeo>여)?\s?(?P<counter>{_DIGIT_COUNTERS})(?!째|의\s?\d){_AFTER}"
)
_NATIVE_WORDS = "|".join(sorted([*_NATIVE_RANGES, *_NATIVE], key=len, reverse=True))
_NATIVE_AMOUNT = re.compile(
    rf"(?<![{_HANGUL}])(?P<word>{_NATIVE_WORDS})\s?(?P<counter>{'|'.join(_NATIVE_COUNTERS)})(?!째){_AFTER}"
)
_DECADE_OF_AGE = re.compile(rf"(?<![\d.,])(?P<n>[1-9]0)대(?=\s?(?:여성|남성|여자|남자|남녀|탈북민|초반|중반|후반|노인|주민|의|에|이|가|인|로)|[)\],])")
# "한 차례" (once) and "한 달" (one month) count, though "한" is otherwise a determiner.
_ONE = re.compile(rf"(?=한)(?<![{_HANGUL}])한\s?(?P<counter>차례|달){_AFTER}")
_FROM_TO = re.compile(
    rf"(?=\d)(?<![\d.,\w])(?P<n>\d+)(?P<counter>{_DIGIT_COUNTERS})에서\s?(?P<n2>\d+)(?P=counter)(?!째){_AFTER}"
)
_PER_DAY = re.compile(rf"(?<![{_HANGUL}])하루\s?$")
_NOUNS = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "korean_counted_nouns.yaml").read_text("utf-8"))
_NOUN_COUNTERS = frozenset(_NOUNS["noun_counters"])
_NOT_NOUNS = frozenset(_NOUNS["not_nouns"])
_NOUNS_DESPITE_ENDING = frozenset(_NOUNS["nouns_despite_ending"])
_NOT_NOUN_ENDING = re.compile(f"(?:{'|'.join(_NOUNS['not_noun_endings'])})$")
_WORD_BEFORE = re.compile(rf"(?P<word>[{_HANGUL}]+) $")
_WORD_EDGE = frozenset(" \t\n([\"'“‘「『<")
_HEDGE_BEFORE = [("approx", re.compile(r"(?:약|대략|무려\s?약?)\s$")), ("at_most", re.compile(r"최대\s$")),
                 ("at_least", re.compile(r"최소\s$|적어도\s$"))]
_HEDGE_AFTER = [("at_least", re.compile(r"\s?이상")), ("more_than", re.compile(r"\s?(?:넘게|넘는|이 넘)")),
                ("less_than", re.compile(r"\s?미만")), ("at_most", re.compile(r"\s?이하")),
                ("approx", re.compile(r"\s?(?:가량|정도|쯤|남짓)"))]
_EXTRACTOR = "quantities@1.0"
# Where an amount can open: the patterns are tried only there (``finditer_at``), not at
# each position of the text, with the same matches. Digits open one only at the start of
# a run (no digit may come before), native numbers with their word (Hangul has no case,
# so the words are looked for in the text as it is), an age decade with its first digit.
_DIGIT_RUN = re.compile(r"\d+")
_NATIVE_STARTS = WordStarts({"native": [*_NATIVE_RANGES, *_NATIVE]})
_DECADE_START = re.compile(r"[1-9](?=0대)")


def korean_quantities(text: str) -> list[Quantity]:
    """Counted amounts in Korean, and metric units written onto digits, in text order."""
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    natives = _NATIVE_STARTS.find(text)["native"]
    counted = [(_from_to(match), match["counter"]) for match in finditer_at(_FROM_TO, text, digits)]
    counted += [(_digit_amount(text, match), match["counter"]) for match in finditer_at(_DIGIT_AMOUNT, text, digits)]
    counted += [(_native_amount(text, match), match["counter"]) for match in finditer_at(_NATIVE_AMOUNT, text, natives)]
    counted += [(_made(match, _COUNTERS[match["counter"]], 1, None, _hedge(text, match.start(), match.end())),
                 match["counter"]) for match in _ONE.finditer(text)]
    found = [_with_noun(text, _per_day(text, q), counter) for q, counter in counted if q is not None]
    decades = [m.start() for m in _DECADE_START.finditer(text)]
    found += [_age_decade(match) for match in finditer_at(_DECADE_OF_AGE, text, decades)]
    return _longest_first(found)


def _longest_first(found: list[Quantity]) -> list[Quantity]:
    """In text order, dropping what lies inside a longer span: "12시간에서 14시간" holds "14시간"."""
    kept: list[Quantity] = []
    for quantity in sorted(found, key=lambda q: (q.start, q.start - q.end)):
        if not kept or quantity.start >= kept[-1].end:
            kept.append(quantity)
    return kept


def _from_to(match: re.Match[str]) -> Quantity | None:
    """"19세에서 54세", "12시간에서 14시간": a range written with its counter twice."""
    low, high = float(match["n"]), float(match["n2"])
    return _made(match, _COUNTERS[match["counter"]], low, high, "range") if low < high else None


def _per_day(text: str, quantity: Quantity) -> Quantity:
    """"하루 12시간": hours a day, "하루" being part of the amount as "a day" is in English."""
    if quantity.unit in ("hours", "minutes"):
        day = _PER_DAY.search(text, max(0, quantity.start - 3), quantity.start)
        if day:
            _extend(text, quantity, day.start())
            quantity.unit = f"{quantity.unit} a day"
    return quantity


def _with_noun(text: str, quantity: Quantity, counter: str) -> Quantity:
    """The counted noun, of one or two words, written just before the number of people or things."""
    if counter not in _NOUN_COUNTERS:
        return quantity
    for _ in range(2):
        word = _WORD_BEFORE.search(text, max(0, quantity.start - 20), quantity.start)
        if word is None or not _is_noun(word["word"]) or (word.start() > 0 and text[word.start() - 1] not in _WORD_EDGE):
            break
        _extend(text, quantity, word.start())
    return quantity


def _is_noun(word: str) -> bool:
    if word in _NOUNS_DESPITE_ENDING:
        return True
    return word not in _NOT_NOUNS and not _NOT_NOUN_ENDING.search(word)


def _extend(text: str, quantity: Quantity, start: int) -> None:
    quantity.start = start
    quantity.text = text[start:quantity.end]


def _digit_amount(text: str, match: re.Match[str]) -> Quantity | None:
    low = float(match["n"].replace(",", "")) * _SCALES.get(match["scale"], 1)
    high = float(match["n2"]) * _SCALES.get(match["scale2"] or match["scale"], 1) if match["n2"] else None
    if high is not None and high < low:
        return None
    qualifier = "approx" if match["yeo"] else _hedge(text, match.start(), match.end())
    return _made(match, _COUNTERS[match["counter"]], low, high, qualifier)


def _native_amount(text: str, match: re.Match[str]) -> Quantity | None:
    word = match["word"]
    if word in _NATIVE_RANGES:
        low, high = _NATIVE_RANGES[word]
        return _made(match, _COUNTERS[match["counter"]], low, high, "range")
    return _made(match, _COUNTERS[match["counter"]], _NATIVE[word], None, _hedge(text, match.start(), match.end()))


def _age_decade(match: re.Match[str]) -> Quantity:
    """"50대 여성": a woman in her fifties, 50 to 59 years old."""
    decade = float(match["n"])
    return _made(match, "years (age)", decade, decade + 9, "range")


def _made(match: re.Match[str], unit: str, low: float, high: float | None, qualifier: str) -> Quantity:
    quantity = Quantity(text=match.group(), start=match.start(), end=match.end(), unit=unit,
                        qualifier="range" if high is not None else qualifier, extractor=_EXTRACTOR)
    if high is not None:
        quantity.low, quantity.high = low, high
        return quantity
    quantity.value = low
    if qualifier in ("at_most", "less_than"):
        quantity.high = low
    elif qualifier in ("at_least", "more_than"):
        quantity.low = low
    return quantity


def _hedge(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 6):start]
    for name, pattern in _HEDGE_BEFORE:
        if pattern.search(before):
            return name
    for name, pattern in _HEDGE_AFTER:
        if pattern.match(text, end):
            return name
    return "exact"
