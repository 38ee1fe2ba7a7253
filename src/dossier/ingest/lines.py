"""Lines of a text with their offsets, and the tests the other modules apply to them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.ingest.names import looks_like_person

PROSE_WORDS = 20  # a line this long is running text, not a heading, byline or credit

_CREDIT = re.compile(
    r"^(?:(?:written\s+|reported\s+)?by|interview(?:ed)?\s+by|interview\s+with|edited\s+by|translated\s+by|"
    r"compiled\s+by|(?:(?:written|prepared|opening|oral)\s+)?(?:statement|testimony|remarks)\s+(?:of|by))"
    r"\s+(?P<who>[A-Z][^,(]*)",
    re.I,
)
_STATEMENT = re.compile(r"^(?:(?:written|prepared|opening|oral)\s+)?(?:statement|testimony|remarks)\s", re.I)
_KOREAN_CREDIT = re.compile(r"^(?:증언자|작성자|글쓴이|발언자|면담자|인터뷰어|번역|옮긴이)\s*[:：]\s*\S")
# The upper-case, quoted hearing title that heads congressional statements.
_QUOTED_HEADING = re.compile(r"""^["“][^a-z]*[A-Z]{3}[^a-z]*["”]$""")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # before the newline
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    lines = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        lines.append(Line(position, stop, text[position:stop]))
        if newline == -1:
            break
        position = newline + 1
    return lines


def is_credit(line: str) -> bool:
    """A byline, credit or hearing header: what follows a publication's title.

    The credited name must look like one, so that a sentence such as "By 2015, the
    camp had doubled" is not taken for a byline.
    """
    stripped = line.strip()
    if _QUOTED_HEADING.match(stripped) or _KOREAN_CREDIT.match(stripped):
        return True
    credit = _CREDIT.match(stripped)
    if credit is None:
        return False
    who = credit.group("who")
    if looks_like_person(re.split(r"\s+and\s+|\s*[*†]", who)[0]):
        return True
    # An organisation may make a statement: "Statement by Human Rights Watch".
    return who[0].isupper() and bool(_STATEMENT.match(stripped))


def is_prose(line: str) -> bool:
    """Running text: a long line that is not a credit."""
    return len(line.split()) >= PROSE_WORDS and not is_credit(line)
