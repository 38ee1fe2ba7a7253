"""Small text helpers shared by the comparators: keys, words, possessives."""

from __future__ import annotations

import re
import unicodedata

_NOT_KEY = re.compile(r"[\W_]+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def plain(text: str) -> str:
    """Lower case, accents dropped, Hangul kept, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_KEY.sub(" ", unicodedata.normalize("NFC", stripped)).split())


def key(text: str) -> str:
    """``plain`` without spaces: "Kim Il-sung" and "KIM Ilsung" share "kimilsung"."""
    return plain(text).replace(" ", "")


def bare(name: str) -> str:
    """A name without surrounding space, a leading "the" or a trailing possessive."""
    name = " ".join(name.split())
    name = _LEADING_THE.sub("", name)
    return _POSSESSIVE.sub("", name).strip(" ,;:.")


def hyphen_words(token: str) -> list[str]:
    """The hyphen-separated parts of one token: "Il-sung" → ["Il", "sung"]."""
    return [part for part in re.split(r"[-‐‑–]", token) if part]
