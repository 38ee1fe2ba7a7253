"""Numbers written in digits or in English words, and their values.

Shared by the date and quantity extractors: "6,452", "1.5 million", "eighty",
"twenty-five", "eight hundred", "one thousand".
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_SCALE_WORDS = "|".join(_SCALES)

# One word number below a hundred: "seven", "eighty", "twenty-five".
WORD_NUMBER = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
# A word number with scales: "eight hundred", "one thousand", "two hundred and fifty".
WORD_AMOUNT = (
    rf"(?:{WORD_NUMBER}|a|one)(?:[- ](?:{_SCALE_WORDS})(?:(?: and)? {WORD_NUMBER})?)+"
    rf"|{WORD_NUMBER}"
)
# The words a number in words opens with: "a" only before a scale word ("a hundred").
OPENING_WORDS = (*_UNITS, *_TENS, *(f"a{sep}{scale}" for sep in " -" for scale in _SCALES))
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = rf"(?:\s+|-)(?:{_SCALE_WORDS})\b"


def value_of(text: str) -> float | None:
    """The value of a number in digits or words, with an optional scale word."""
    words = text.lower().replace(",", "").replace("-", " ").split()
    if not words:
        return None
    try:
        return _scaled(float(words[0]), words[1:])
    except ValueError:
        return _word_value(words)


def _scaled(number: float, rest: list[str]) -> float | None:
    for word in rest:
        if word not in _SCALES:
            return None
        number *= _SCALES[word]
    return number


def _word_value(words: list[str]) -> float | None:
    total = 0
    current = 0
    for word in words:
        if word == "and":
            continue
        if word in ("a", "one") and current == 0:
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)
