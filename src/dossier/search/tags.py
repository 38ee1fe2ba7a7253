"""Filter values as index tokens: one token per (field, value), written the same on both sides.

A filter becomes a word the full-text engine already knows how to intersect with the
query's words, so ``kind:testimony`` costs a posting-list merge, not a row check per
match. Tokens are a letter pair and digits only ("zk4821…", "ze12", "zy2013"): no
tokenizer splits, stems or lower-cases them, and none can be typed by accident.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

KIND = "k"
YEAR = "y"
SENSITIVITY = "s"
AUTHOR = "a"  # the whole name
AUTHOR_WORD = "w"  # one word of it
ENTITY = "e"
INCIDENT_TYPE = "t"
PLACE = "p"

_NOT_KEY = re.compile(r"[\W_]+")


def tag(field: str, value: str | int) -> str:
    """The token of ``value`` in ``field``; numbers stay readable, text is hashed to digits."""
    if isinstance(value, int):
        return f"z{field}{value}"
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=7).digest()
    return f"z{field}{int.from_bytes(digest, 'big')}"


def name_key(name: str) -> str:
    """A name compared without case, diacritics, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_KEY.sub("", unicodedata.normalize("NFC", stripped))


def author_tags(name: str) -> list[str]:
    """Tags of an author: the whole name, and each word of it (``author:Cohen``)."""
    words = [name_key(word) for word in re.split(r"[\s\-]+", name)]
    return [tag(AUTHOR, name_key(name)), *(tag(AUTHOR_WORD, w) for w in words if w)]
