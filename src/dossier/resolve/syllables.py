"""Korean words, romanized in any system or written in Hangul, as sequences of syllables.

A romanized word is cut into syllables (initial consonant, vowel, final consonant) in
every way the spelling table of ``tables.spellings`` allows; each part keeps the set of
Hangul letters it may stand for. A Hangul word gives one reading with one letter per
part. Two words are the same name when some reading of each has as many syllables and
every pair of syllables can stand for the same letters. "Kim Ilsung", "Kim Il-sung",
"Kim Il Sung", "Kim Ilsŏng" and 김일성 all agree; "Jong-il" and "Jong-un" do not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from dossier.resolve import hangul
from dossier.resolve.tables import Spelling, spellings

MAX_READINGS = 48
IOTIZED = frozenset("ㅑㅒㅕㅖㅛㅠㅣ")
_BREVE_O = "ŏǒôõ"
_BREVE_U = "ŭǔûũ"
_APOSTROPHES = "’‘ʼʻ`´′'"
_ROMAN_WORD = re.compile(r"^[a-zŏŭ']+$")


@dataclass(frozen=True)
class Syllable:
    """One syllable as written, with the Hangul letters each of its parts may stand for."""

    text: str
    initial: frozenset[str]
    vowel: frozenset[str]
    final: frozenset[str]

    def agrees(self, other: Syllable) -> bool:
        """True when both spellings can stand for one Hangul syllable."""
        return bool(
            self.initial & other.initial and self.vowel & other.vowel and self.final & other.final
        )


Reading = tuple[Syllable, ...]


def fold(word: str) -> str:
    """Lower case with McCune-Reischauer's breves kept as ŏ/ŭ, other accents dropped.

    Look-alike marks that people type for the breve (ǒ, ô, ũ ...) become the breve, and
    every kind of apostrophe becomes "'", so one table serves all of them.
    """
    out = []
    for char in unicodedata.normalize("NFC", word.casefold()):
        if char in _BREVE_O:
            out.append("ŏ")
        elif char in _BREVE_U:
            out.append("ŭ")
        elif char in _APOSTROPHES:
            out.append("'")
        else:
            base = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[Reading, ...]:
    """Every way to read one word (no spaces or hyphens) as Korean syllables; () if none."""
    if hangul.is_hangul(word):
        return (_hangul_reading(word),)
    folded = fold(word).strip("'")
    if not folded or not _ROMAN_WORD.match(folded):
        return ()
    found = [reading for reading in _parse(folded, 0) if reading]
    return tuple(_first_syllable_law(reading) for reading in found[:MAX_READINGS])


def readings_of_words(words: list[str]) -> list[Reading]:
    """Readings of several words read one after the other; [] if any word is not Korean."""
    per_word = [readings(word) for word in words]
    if not per_word or not all(per_word):
        return []
    combined = []
    for parts in product(*per_word):
        combined.append(tuple(syllable for part in parts for syllable in part))
        if len(combined) >= MAX_READINGS:
            break
    return combined


def agreeing(first: list[Reading], second: list[Reading]) -> tuple[Reading, Reading] | None:
    """A pair of readings, one of each, that spell the same syllables; None if none do."""
    for left in first:
        for right in second:
            if len(left) == len(right) and all(a.agrees(b) for a, b in zip(left, right)):
                return left, right
    return None


def spoken(reading: Reading) -> str:
    """The syllables of a reading joined by spaces, for explanations: "kim il sung"."""
    return " ".join(syllable.text for syllable in reading)


def spoken_roman(pair: tuple[Reading, Reading]) -> str:
    """``spoken`` of the romanized one of two agreeing readings, when one is Hangul."""
    left, right = pair
    return spoken(right if left and hangul.is_syllable(left[0].text[0]) else left)


def _hangul_reading(word: str) -> Reading:
    syllables = []
    for char in word:
        if hangul.is_syllable(char):
            initial, vowel, final = hangul.letters_of(char)
            syllables.append(Syllable(char, frozenset(initial), frozenset(vowel), frozenset([final])))
    return _first_syllable_law(tuple(syllables))


def _first_syllable_law(reading: Reading) -> Reading:
    """Let a word-initial ㄹ agree with its South Korean reading (리 → 이, 로 → 노).

    North Korea writes Ri, Ryu, Rodong where the South writes Lee, Yu, Nodong: the
    initial ㄹ is dropped before i and y-vowels and becomes ㄴ before the others.
    """
    if not reading or "ㄹ" not in reading[0].initial:
        return reading
    first = reading[0]
    extra = "ㅇ" if first.vowel & IOTIZED else "ㄴ"
    widened = Syllable(first.text, first.initial | {extra}, first.vowel, first.final)
    return (widened, *reading[1:])


@lru_cache(maxsize=131072)
def _parse(word: str, start: int) -> tuple[Reading, ...]:
    """All readings of ``word[start:]``; () when the rest cannot be read as syllables."""
    if start == len(word):
        return ((),)
    if word[start] == "'":  # a separating apostrophe (MR "Han'guk")
        return _parse(word, start + 1)
    found: list[Reading] = []
    for syllable, end in _syllables_at(word, start):
        for rest in _parse(word, end):
            found.append((syllable, *rest))
            if len(found) >= MAX_READINGS:
                return tuple(found)
    return tuple(found)


def _syllables_at(word: str, start: int) -> list[tuple[Syllable, int]]:
    """Every syllable that can be read starting at ``start``, with where it ends."""
    table = spellings()
    found = []
    for initial in _prefixes(table["initial"], word, start):
        vowel_start = start + len(initial.text)
        for vowel in _prefixes(table["vowel"], word, vowel_start):
            final_start = vowel_start + len(vowel.text)
            for final in _prefixes(table["final"], word, final_start):
                end = final_start + len(final.text)
                text = word[start:end].replace("'", "")
                found.append((Syllable(text, initial.letters, vowel.letters, final.letters), end))
    return found


def _prefixes(options: list[Spelling], word: str, start: int) -> list[Spelling]:
    return [option for option in options if word.startswith(option.text, start)]


_SKELETON_PAIRS = (("tch", "C"), ("ch", "C"), ("rh", "L"), ("kh", "K"), ("th", "T"), ("ph", "P"), ("sh", "S"))
_SKELETON_LETTERS = str.maketrans(
    {**dict.fromkeys("gk", "K"), **dict.fromkeys("dt", "T"), **dict.fromkeys("bp", "P"), **dict.fromkeys("jc", "C"),
     "s": "S", "h": "H", "n": "N", "m": "M", **dict.fromkeys("rl", "L"), **dict.fromkeys("aeiouywŏŭ'", "")}
)
_INITIAL_CLASS = {**dict.fromkeys("ㄱㄲㅋ", "K"), **dict.fromkeys("ㄷㄸㅌ", "T"), **dict.fromkeys("ㅂㅃㅍ", "P"),
                  **dict.fromkeys("ㅈㅉㅊ", "C"), **dict.fromkeys("ㅅㅆ", "S"), "ㅎ": "H", "ㄴ": "N", "ㄹ": "L",
                  "ㅁ": "M", "ㅇ": ""}
_FINAL_CLASS = {"ㄱ": "K", "ㄴ": "N", "ㄷ": "T", "ㄹ": "L", "ㅁ": "M", "ㅂ": "P", "ㅇ": "NK", "": ""}


def skeleton(words: list[str]) -> str:
    """The consonants of a name, in classes every spelling of it shares: a blocking key.

    Vowels and aspiration marks are where romanizations differ most, so they are left
    out; "Hamhung", "Hamhŭng", "Hamheung" and 함흥 all give "HMHNK". A leading ㄹ/ㄴ is
    dropped too (Ri, Lee and Yi; Rodong and Nodong).
    """
    out = []
    for word in words:
        if hangul.is_hangul(word):
            for char in word:
                initial, _, final = hangul.letters_of(char)
                out.append(_INITIAL_CLASS[initial] + _FINAL_CLASS[final])
        else:
            folded = fold(word)
            for pair, letter in _SKELETON_PAIRS:
                folded = folded.replace(pair, letter)  # upper case: untouched by the table below
            out.append(folded.translate(_SKELETON_LETTERS).upper())
    collapsed = re.sub(r"(.)\1+", r"\1", "".join(out))
    return collapsed[1:] if collapsed[:1] in ("L", "N") else collapsed
