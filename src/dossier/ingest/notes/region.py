"""Where a publication's notes are: a run of lines opening with ``[1]``, ``[2]``, ...

The notes block is the last run of line-initial markers that starts at 1 and counts up
by one; each note runs to the next marker line (URLs and continuations on later lines,
even after a blank line, stay in their note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_MARKER = re.compile(r"(?m)^[ \t]*(\[(\d{1,3})\])")


@dataclass(frozen=True)
class RawNote:
    marker: str
    number: int
    start: int  # of the note's text, after the marker
    end: int


def find_notes(text: str) -> tuple[int, list[RawNote]]:
    """Where the notes block starts (``len(text)`` if none) and its notes."""
    markers = list(_LINE_MARKER.finditer(text))
    run = _last_counting_run(markers)
    if not run:
        return len(text), []
    notes = []
    for index, match in enumerate(run):
        start = match.end()
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
        end = run[index + 1].start() if index + 1 < len(run) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        notes.append(RawNote(match.group(1), int(match.group(2)), start, end))
    return run[0].start(), notes


def _last_counting_run(markers: list[re.Match[str]]) -> list[re.Match[str]]:
    starts = [index for index, match in enumerate(markers) if match.group(2) == "1"]
    if not starts:
        return []
    run = [markers[starts[-1]]]
    for match in markers[starts[-1] + 1:]:
        if int(match.group(2)) == int(run[-1].group(2)) + 1:
            run.append(match)
    return run
