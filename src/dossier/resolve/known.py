"""What the gazetteer knows: the shared list of people, organizations, places, facilities.

The gazetteer (``dossier.extract.gazetteer``) is owned by extraction; resolution asks it
two questions: which entry a spelling names, and what attributes an entry carries.
Answers are cached, since the resolver asks about the same spellings many times.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.extract.gazetteer import Gazetteer, GazetteerEntry

KINDS = ("person", "org", "place", "facility", "law")


@lru_cache(maxsize=65536)
def entry(name: str, kind: str | None = None) -> GazetteerEntry | None:
    """The gazetteer entry ``name`` spells (of ``kind`` if given), or None."""
    if kind not in (None, *KINDS):
        return None
    return Gazetteer.load().lookup(name, kind)


def same_entry(first: str, second: str, kind: str | None) -> tuple[GazetteerEntry | None, GazetteerEntry | None]:
    """The entries both names spell, looked up with ``kind`` when it is known."""
    return entry(first, kind), entry(second, kind)
