"""Replacing protected persons' names with their pseudonyms.

Every witness's true name and aliases are matched case-insensitively, ignoring
diacritics (Ŏ/O), apostrophes (Ch'ŏl/Chol) and the spaces or hyphens between the parts
of a name (Kim Chol-su, Kim Chol Su, Kimcholsu). Latin names must stand as whole words;
Hangul names match wherever they occur, because Korean attaches particles to a name
(김철수가, 김철수는) and is often written without spaces. Over-redaction of an
innocent word is the accepted cost: a missed name can cost a life.

The matcher needs the names in clear, so it needs the repository key. Without a key and
with witnesses on record, redaction cannot be done and ``KeyMissing`` is raised: a write
path (indexing, deriving, exporting) must stop rather than store or show a name. The
matcher is cached per engine and rebuilt when the witness list changes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from dossier.access import witnesses
from dossier.access.keys import require_key
from dossier.access.policy import Principal, sees_protected
from dossier.store import witnesses as rows

_APOSTROPHES = "'’‘ʼʻ`´"
_SEPARATORS = "-‐‑‒–—―_"


class _Folder(dict):
    """str.translate table folding each character to one: lower case, no diacritics.

    Folding one character to exactly one keeps offsets of the folded text equal to the
    original's, so a match found in the folded text is replaced in the original.
    """

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


def _fold_char(char: str) -> str:
    if "\uac00" <= char <= "\ud7a3":  # Hangul syllables: NFD would split them into jamo
        return char
    if char in _APOSTROPHES:
        return "'"
    if char in _SEPARATORS or char.isspace():
        return " "
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


_FOLD = _Folder()


def fold(text: str) -> str:
    """The comparable form of ``text``, the same length as ``text``."""
    return text.translate(_FOLD)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _name_pattern(name: str) -> str | None:
    parts = [p.replace("'", "") for p in fold(name).split()]
    parts = [p for p in parts if p]
    if not parts:
        return None
    body = "[ ']*".join("'?".join(re.escape(c) for c in part) for part in parts)
    left = "(?<![0-9a-z])" if _latin(parts[0][0]) else ""
    right = "(?![0-9a-z])" if _latin(parts[-1][-1]) else ""
    return f"{left}{body}{right}"


def _name_key(text: str) -> str:
    return "".join(c for c in fold(text) if c not in " '")


@dataclass(frozen=True)
class Matcher:
    """One compiled pattern for all protected names, and the pseudonym of each name."""

    pattern: re.Pattern[str] | None
    pseudonyms: dict[str, str]  # name key -> pseudonym

    @classmethod
    def build(cls, people: list[tuple[str, list[str]]]) -> Matcher:
        pseudonyms: dict[str, str] = {}
        patterns: dict[str, str] = {}
        for pseudonym, names in people:
            for name in names:
                pattern = _name_pattern(name)
                if pattern:
                    pseudonyms.setdefault(_name_key(name), pseudonym)
                    patterns[pattern] = name
        if not patterns:
            return cls(None, pseudonyms)
        # Longest first, so "Kim Chol-su" wins over an alias "Kim". The lookahead on the
        # names' first letters lets the engine skip most positions at once (40x faster).
        ordered = sorted(patterns, key=lambda p: len(_name_key(patterns[p])), reverse=True)
        firsts = "".join(sorted({re.escape(_name_key(name)[0]) for name in patterns.values()}))
        return cls(re.compile(f"(?=[{firsts}])(?:{'|'.join(ordered)})"), pseudonyms)

    def redact(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        out, last = [], 0
        for found in self.pattern.finditer(fold(text)):
            out.append(text[last:found.start()])
            out.append(self.pseudonyms.get(_name_key(found.group()), "[protected]"))
            last = found.end()
        out.append(text[last:])
        return "".join(out)

    def finds(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(fold(text)) is not None


_EMPTY = Matcher(None, {})
_cache: weakref.WeakKeyDictionary[Engine, tuple[str, Matcher]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def matcher(conn: Connection) -> Matcher:
    """The matcher for the current witness list; raises KeyMissing if it needs a key it lacks."""
    revision = rows.revision(conn)
    with _lock:
        cached = _cache.get(conn.engine)
    if cached is not None and cached[0] == revision:
        return cached[1]
    if not rows.exists(conn):
        built = _EMPTY
    else:
        key = require_key(conn, "redaction of protected names")
        built = Matcher.build(witnesses.protected_names(conn, key))
    with _lock:
        _cache[conn.engine] = (revision, built)
    return built


def redact_protected(conn: Connection, text: str) -> str:
    """``text`` with every protected person's name and alias replaced by their pseudonym."""
    return matcher(conn).redact(text)


def contains_protected(conn: Connection, text: str) -> bool:
    """Whether ``text`` names a protected person (to find documents to re-index)."""
    return matcher(conn).finds(text)


def redact_for(principal: Principal, conn: Connection, text: str) -> str:
    """``text`` as ``principal`` may see it: as written for investigators and admins, else redacted."""
    if sees_protected(principal):
        return text
    return redact_protected(conn, text)


def forget(engine: Engine) -> None:
    """Drop the cached matcher of ``engine`` (on close, or after a key change)."""
    with _lock:
        _cache.pop(engine, None)


Redact = Callable[[str], str]


def redact_fields(record: dict, redact: Redact, fields: tuple[str, ...]) -> dict:
    """``record`` with its free-text ``fields`` redacted (nested parties included)."""
    out = dict(record)
    for name in fields:
        value = out.get(name)
        if isinstance(value, str):
            out[name] = redact(value)
        elif isinstance(value, list):
            out[name] = [_redact_value(v, redact) for v in value]
    return out


def _redact_value(value: Any, redact: Redact) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        return {**value, "text": redact(value["text"])}
    return value
