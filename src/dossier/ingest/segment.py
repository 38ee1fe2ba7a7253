"""Where each publication of a compilation starts and ends.

A publication starts at its title line: a short line after a blank line, followed
(after at most two blank lines) by a byline, a credit or a hearing header ("By ...",
"Interview by ...", "Statement of ...", a quoted upper-case hearing title). A new title
is only looked for once the current publication has running text, so the header block
of a statement (committee, subcommittee, "STATEMENT OF ...") stays in one piece.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.ingest.lines import Line, is_credit, is_prose, split_lines

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
_NOTE_LINE = re.compile(r"^\s*\[\d+\]")


@dataclass(frozen=True)
class Part:
    """One publication: its title line (if one was found) and its body's span."""

    title: str | None
    body_start: int
    body_end: int


def split_publications(text: str) -> list[Part]:
    """The publications in ``text``; a text without titled parts is one untitled part."""
    lines = split_lines(text)
    titles = _title_lines(lines)
    if not titles:
        return [_trimmed(text, None, 0, len(text))] if text.strip() else []
    parts = []
    if _has_prose(lines, 0, titles[0]):
        parts.append(_trimmed(text, None, 0, lines[titles[0]].start))
    for number, index in enumerate(titles):
        end = lines[titles[number + 1]].start if number + 1 < len(titles) else len(text)
        title = lines[index]
        parts.append(_trimmed(text, _title_text(title.text), title.end, end))
    return parts


def _title_lines(lines: list[Line]) -> list[int]:
    titles: list[int] = []
    prose_since_title = True
    for index, line in enumerate(lines):
        if line.blank:
            continue
        if prose_since_title and _is_title(lines, index):
            titles.append(index)
            prose_since_title = False
        elif is_prose(line.text):
            prose_since_title = True
    return titles


def _is_title(lines: list[Line], index: int) -> bool:
    if index > 0 and not lines[index - 1].blank:
        return False
    if not title_like(lines[index].text):
        return False
    following = _next_nonblank(lines, index)
    return following is not None and following - index <= 3 and is_credit(lines[following].text)


def _title_text(line: str) -> str:
    """The title as written, without a Markdown heading's ``#`` marks."""
    return line.strip().lstrip("#").strip()


def title_like(line: str) -> bool:
    stripped = _title_text(line)
    if not 3 <= len(stripped) <= MAX_TITLE_CHARS or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    if _NOTE_LINE.match(stripped) or is_credit(stripped) or stripped.endswith((".", ",", ";", ":")):
        return False
    first = stripped[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'" or "\uac00" <= first <= "\ud7a3"


def _next_nonblank(lines: list[Line], index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if not lines[following].blank:
            return following
    return None


def _has_prose(lines: list[Line], start: int, stop: int) -> bool:
    return any(is_prose(line.text) for line in lines[start:stop])


def _trimmed(text: str, title: str | None, start: int, end: int) -> Part:
    """The span without the blank space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Part(title, start, end)
