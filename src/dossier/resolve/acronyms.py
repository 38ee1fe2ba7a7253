"""Short forms a document defines: "Korea Mining Development Trading Corporation (KOMID)",
"Final report of the Panel of Experts …, S/2019/171 [henceforth PoE 2019]".

Read from the mentions the extractors found and the few characters between them, so a
definition counts only where both the long name and the short form were recognised, with
one label: "China (CEDAW/C/CHN/CO/9)" defines nothing.
"""

from __future__ import annotations

import re

from dossier.model import Mention
from dossier.resolve import orgs

_HENCEFORTH = re.compile(r"[\[(]\s*(?:henceforth|hereinafter|hereafter|herein\s+after)\s*:?\s*(?:the\s+)?[“\"‘']?$", re.I)
_CLOSE = re.compile(r"[”\"’']?\s*[\])]")


def defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Short form → long name, for each "Long Name (SHORT)", "SHORT (Long Name)" or
    "Long Name … [henceforth Short]" in ``text``."""
    found: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.label != second.label or text[first.end : second.start].strip() != "(" or text[second.end : second.end + 1] != ")":
            continue
        if orgs.is_acronym(second.text) and not orgs.is_acronym(first.text):
            found.setdefault(second.text, first.text)
        elif orgs.is_acronym(first.text) and not orgs.is_acronym(second.text):
            found.setdefault(first.text, second.text)
    for short, long in _henceforth(text, ordered):
        found.setdefault(short.text, long.text)
    return found


def _henceforth(text: str, ordered: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A short form after "henceforth" names the nearest mention of its label before it
    on the same line: in a note, the document the note cites."""
    pairs = []
    for index, short in enumerate(ordered):
        line_start = text.rfind("\n", 0, short.start) + 1
        if not _HENCEFORTH.search(text, line_start, short.start) or not _CLOSE.match(text, short.end):
            continue
        earlier = [m for m in ordered[:index] if m.start >= line_start and m.label == short.label and m.end <= short.start]
        if earlier:
            pairs.append((short, earlier[-1]))
    return pairs
