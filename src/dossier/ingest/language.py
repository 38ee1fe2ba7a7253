"""Which language a text is in, for the two this repository mostly holds."""

from __future__ import annotations

import re

_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile("[A-Za-z]")


def detect_language(text: str) -> str | None:
    """"ko" when Hangul letters outnumber Latin ones, "en" otherwise; None without letters.

    Mixed English-Korean texts (English with Hangul titles in its notes) are "en": the
    language a reader needs to follow the text. Counted with regexes: this runs on every
    ingested document, and a per-character Python loop was a tenth of ingest time.
    """
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    if not hangul and not latin:
        return None
    return "ko" if hangul > latin else "en"
