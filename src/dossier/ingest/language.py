"""Which language a text is in, for the two this repository mostly holds."""

from __future__ import annotations


def detect_language(text: str) -> str | None:
    """"ko" when Hangul letters outnumber Latin ones, "en" otherwise; None without letters.

    Mixed English-Korean texts (English with Hangul titles in its notes) are "en": the
    language a reader needs to follow the text.
    """
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if not hangul and not latin:
        return None
    return "ko" if hangul > latin else "en"
