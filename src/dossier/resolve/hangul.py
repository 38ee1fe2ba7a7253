"""Hangul syllables taken apart into their letters.

A Hangul syllable block encodes its initial consonant, vowel and final consonant
arithmetically (Unicode's composition formula), so no table is needed to decompose it.
Finals are reduced to the seven sounds a final can have, which is what romanizations
write: 옷, 옻 and 옫 all end in a "t".
"""

from __future__ import annotations

FIRST, LAST = 0xAC00, 0xD7A3
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
FINAL_SOUND = {
    **dict.fromkeys("ㄱㄲㄳㄺㅋ", "ㄱ"),
    **dict.fromkeys("ㄴㄵㄶ", "ㄴ"),
    **dict.fromkeys("ㄷㅅㅆㅈㅊㅌㅎ", "ㄷ"),
    **dict.fromkeys("ㄹㄼㄽㄾㅀ", "ㄹ"),
    **dict.fromkeys("ㅁㄻ", "ㅁ"),
    **dict.fromkeys("ㅂㅍㅄㄿ", "ㅂ"),
    "ㅇ": "ㅇ",
    "": "",
}


def is_syllable(char: str) -> bool:
    """True for a precomposed Hangul syllable block (가 ... 힣)."""
    return FIRST <= ord(char) <= LAST


def is_hangul(text: str) -> bool:
    """True when every non-space character of ``text`` is a Hangul syllable."""
    letters = [char for char in text if not char.isspace()]
    return bool(letters) and all(is_syllable(char) for char in letters)


def letters_of(char: str) -> tuple[str, str, str]:
    """(initial, vowel, final sound) of one syllable block; the final may be ""."""
    index = ord(char) - FIRST
    initial, rest = divmod(index, 21 * 28)
    vowel, final = divmod(rest, 28)
    return INITIALS[initial], VOWELS[vowel], FINAL_SOUND[FINALS[final]]
