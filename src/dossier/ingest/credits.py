"""Who wrote, edited, translated or gave a publication: from its title and credit lines.

Credits are read from the title ("... Interview with Ji Seong-ho after ...",
"... Statement by Greg Scarlatoiu, ...") and from lines that start with a credit
("By ...", "Edited by ...", "Translated by ...", "Interview by ...", "STATEMENT OF ...").
A name marked with an asterisk (or dagger) is a pseudonym when the line the mark
points to says so ("*Pseudonym for the safety of the author").
"""

from __future__ import annotations

import re

from dossier.ingest.lines import Line
from dossier.ingest.names import looks_like_person
from dossier.model import Author

_LINE_CREDITS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:written\s+)?by\s+(?P<names>.+)$", re.I), "author"),
    (re.compile(r"^(?:edited|compiled)\s+by\s+(?P<names>.+)$", re.I), "editor"),
    (re.compile(r"^translated\s+by\s+(?P<names>.+)$", re.I), "translator"),
    (re.compile(r"^interview(?:ed)?\s+by\s+(?P<names>.+)$", re.I), "interviewer"),
    (re.compile(r"^interview\s+with\s+(?P<names>.+)$", re.I), "interviewee"),
    (re.compile(r"^(?:(?:written|prepared|opening|oral)\s+)?(?:statement|testimony|remarks)\s+(?:of|by)\s+(?P<names>.+)$", re.I), "author"),
    (re.compile(r"^(?:증언자|작성자|글쓴이|발언자)\s*[:：]\s*(?P<names>.+)$"), "author"),
    (re.compile(r"^(?:면담자|인터뷰어|질문자)\s*[:：]\s*(?P<names>.+)$"), "interviewer"),
    (re.compile(r"^(?:번역|옮긴이|번역자)\s*[:：]\s*(?P<names>.+)$"), "translator"),
]
_TITLE_CREDITS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\binterview\s+with\s+(?P<names>.+)$", re.I), "interviewee"),
    (re.compile(r"\b(?:statement|testimony|remarks)\s+(?:of|by)\s+(?P<names>.+)$", re.I), "author"),
    (re.compile(r"\bby\s+(?P<names>[A-Z].+)$"), "author"),
]
_PSEUDONYM_NOTE = re.compile(r"pseudonym|가명|not (?:his|her|their|the author[’']s) real name|names? (?:has|have) been changed", re.I)
_INLINE_PSEUDONYM = re.compile(r"\(\s*(?:a\s+)?pseudonym\s*\)|,\s*a\s+pseudonym", re.I)
_MARK = "*†‡"
# Witnesses are often known only by a code ("W-0042"); it names them as well as a name.
_WITNESS_CODE = re.compile(r"^[A-Z]{1,3}-?\d{2,6}$")
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Rev|Hon|Justice|Judge|Ambassador|Congressman|"
                       r"Congresswoman|Senator|Chairman|Chairwoman)\.?\s+")


def credited_authors(title: str | None, lines: list[Line], text: str) -> list[Author]:
    """Everyone credited, title credits first, then credit lines in reading order.

    ``lines`` are the publication's lines outside its notes; ``text`` is used to find
    the usual spelling of a name that a header writes in capitals.
    """
    authors: list[Author] = []
    if title:
        for pattern, role in _TITLE_CREDITS:
            found = pattern.search(title)
            if found:
                _add(authors, _names(found.group("names"), leading_only=True), role, lines, text)
                break
    for line in lines:
        stripped = line.text.strip()
        for pattern, role in _LINE_CREDITS:
            found = pattern.match(stripped)
            if found and len(stripped) < 400:
                _add(authors, _names(found.group("names")), role, lines, text)
                break
    return authors


def _names(credit: str, *, leading_only: bool = False) -> list[tuple[str, str]]:
    """(name, mark) pairs from "A, B, and C, Some Affiliation"; stops at the affiliation.

    In a title, the name is the capitalised words right after the cue ("Ji Seong-ho
    after SOTU Appearance ..." gives "Ji Seong-ho").
    """
    names = []
    for piece in re.split(r"\s*[,:]\s*|\s+and\s+|\s*&\s*|\s+[-–—]\s+|\s*\(", credit.strip()):
        piece = re.sub(r"^and\s+", "", piece.strip())
        mark = ""
        inline = _INLINE_PSEUDONYM.search(piece)
        if inline:
            piece, mark = piece[: inline.start()].strip(), "pseudonym"
        while piece and piece[-1] in _MARK:
            mark, piece = mark or piece[-1], piece[:-1].rstrip()
        if leading_only:
            piece = _leading_capitalised(piece)
        piece = _COURTESY.sub("", piece)
        if not (looks_like_person(piece) or _WITNESS_CODE.match(piece)):
            break
        names.append((piece, mark))
    return names


def _leading_capitalised(text: str) -> str:
    words = []
    for word in text.split():
        if not word[0].isupper():
            break
        words.append(word)
    while len(words) > 2 and (words[-1].isupper() or not looks_like_person(" ".join(words))):
        words.pop()
    return " ".join(words)


def _add(authors: list[Author], names: list[tuple[str, str]], role: str, lines: list[Line], text: str) -> None:
    for name, mark in names:
        name = _usual_spelling(name, text)
        if any(a.name.casefold() == name.casefold() and a.role == role for a in authors):
            continue
        pseudonym = mark == "pseudonym" or (bool(mark) and _mark_says_pseudonym(mark, lines))
        authors.append(Author(name=name, role=role, pseudonym=pseudonym))


def _mark_says_pseudonym(mark: str, lines: list[Line]) -> bool:
    return any(line.text.strip().startswith(mark) and _PSEUDONYM_NOTE.search(line.text) for line in lines)


def _usual_spelling(name: str, text: str) -> str:
    """A name a header writes in capitals, as the text writes it elsewhere."""
    if not name.isupper():
        return name
    found = re.search(r"\b" + re.escape(name) + r"\b", text, re.I)
    while found and found.group(0).isupper():
        found = re.compile(r"\b" + re.escape(name) + r"\b", re.I).search(text, found.end())
    return found.group(0) if found else name.title()
