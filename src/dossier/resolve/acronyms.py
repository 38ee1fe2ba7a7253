"""Short forms a document defines: "Korea Mining Development Trading Corporation (KOMID)".

Read from the mentions the extractors found and the few characters between them, so a
definition counts only where both the long name and the short form were recognised.
"""

from __future__ import annotations

from dossier.model import Mention
from dossier.resolve import orgs


def defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Short form → long name, for each "Long Name (SHORT)" or "SHORT (Long Name)" in ``text``."""
    found: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for first, second in zip(ordered, ordered[1:]):
        if text[first.end : second.start].strip() != "(" or text[second.end : second.end + 1] != ")":
            continue
        if orgs.is_acronym(second.text) and not orgs.is_acronym(first.text):
            found.setdefault(second.text, first.text)
        elif orgs.is_acronym(first.text) and not orgs.is_acronym(second.text):
            found.setdefault(first.text, second.text)
    return found
