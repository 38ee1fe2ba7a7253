"""The search query language: a lexer and a recursive-descent parser into a small tree.

Grammar (NOT binds tighter than AND, AND tighter than OR; AND may be left out)::

    query   := or EOF
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*
    unary   := ("NOT" | "-") unary | primary
    primary := "(" or ")" | PHRASE | WORD ["*"] | FIELD ":" (WORD | PHRASE)

Fields are ``kind``, ``date`` (YYYY[-MM[-DD]] or a range ``A..B``, either end open),
``author``, ``entity`` (an id), ``type`` (incident type) and ``place``. Every error is a
``QueryError`` naming what is wrong and the column (1-based) where it is. The tree holds
user text only as values: the search engine's own syntax is never built from it
directly (see ``dossier.search.plan``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dossier.errors import QueryError
from dossier.model import DocumentKind

MAX_LENGTH = 1000
FIELDS = ("kind", "date", "author", "entity", "type", "place")
_ALLOWED_CONTROLS = "\t\n\r"
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HAS_WORD = re.compile(r"[^\W_]")


# --- the tree ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word (``prefix`` when written ``word*``) or a quoted phrase."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Field:
    """An inline filter such as ``kind:testimony`` or ``date:2013..2017``."""

    name: str
    value: str
    column: int


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Term | Field | And | Or | Not


@dataclass(frozen=True)
class DateRange:
    """Inclusive bounds as written (YYYY, YYYY-MM or YYYY-MM-DD); None is open."""

    start: str | None
    end: str | None


def parse(text: str) -> Node | None:
    """The tree of ``text``; None when it holds filters of the caller only (blank)."""
    _check_characters(text)
    tokens = _lex(text)
    if not tokens:
        return None
    return _Parser(tokens, text).parse()


def parse_date_range(value: str, where: str) -> DateRange:
    """``2013``, ``2013-05..2017``, ``..2017`` or ``2013..``; bounds are checked."""
    start, sep, end = value.partition("..")
    if not sep:
        end = start
    for bound in (start, end):
        if bound and not _DATE.match(bound):
            raise QueryError(f"{where}: {bound!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    if not start and not end:
        raise QueryError(f"{where}: a date range needs at least one end, e.g. 2013..2017")
    if start and end and start > end + "~":
        raise QueryError(f"{where}: the range {value!r} ends before it starts")
    return DateRange(start or None, end or None)


# --- lexing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # LPAREN RPAREN PHRASE WORD FIELD AND OR NOT MINUS
    value: str
    column: int
    prefix: bool = False
    field: str = ""


def _check_characters(text: str) -> None:
    if len(text) > MAX_LENGTH:
        raise QueryError(f"query: too long ({len(text)} characters; the limit is {MAX_LENGTH})")
    for index, char in enumerate(text):
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in ("Cc", "Cs"):
            raise QueryError(f"query: control character U+{ord(char):04X} at column {index + 1}")


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append(_Token("LPAREN" if char == "(" else "RPAREN", char, i + 1))
            i += 1
        elif char == '"':
            phrase, after = _read_phrase(text, i)
            tokens.append(_Token("PHRASE", phrase, i + 1))
            i = after
        elif char == "-" and i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in ")":
            tokens.append(_Token("MINUS", "-", i + 1))
            i += 1
        else:
            token, i = _read_word(text, i)
            if token is not None:
                tokens.append(token)
    return tokens


def _read_phrase(text: str, i: int) -> tuple[str, int]:
    """The text between a quote at ``i`` and its closing quote; returns the index after."""
    close = text.find('"', i + 1)
    if close < 0:
        raise QueryError(f"query: unbalanced quote at column {i + 1}: close the phrase with \"")
    return text[i + 1 : close], close + 1


def _read_word(text: str, i: int) -> tuple[_Token | None, int]:
    start = i
    while i < len(text) and not text[i].isspace() and text[i] not in '()"':
        i += 1
    word = text[start:i]
    column = start + 1
    name, colon, value = word.partition(":")
    if colon and _FIELD_NAME.match(name):
        return _read_field(text, name, value, column, i)
    if word in ("AND", "OR", "NOT"):
        return _Token(word, word, column), i
    if word.startswith("NEAR") and (word == "NEAR" or word.startswith("NEAR/")) and text[i : i + 1] == "(":
        raise QueryError(f"query: NEAR(...) at column {column} is not supported; use a quoted phrase")
    if i < len(text) and text[i] == "(":
        raise QueryError(f"query: {word!r} at column {column} is directly followed by '('; put a space between them")
    prefix = word.endswith("*")
    body = word.rstrip("*") if prefix else word
    if "*" in body or word.count("*") > 1:
        raise QueryError(f"query: '*' at column {column + word.index('*')} may only end a word (prefix search)")
    if not _HAS_WORD.search(body):
        if prefix:
            raise QueryError(f"query: '*' at column {column} needs a word before it")
        return None, i  # punctuation on its own ("&", "—") carries nothing to search for
    return _Token("WORD", body, column, prefix=prefix), i


def _read_field(text: str, name: str, value: str, column: int, i: int) -> tuple[_Token, int]:
    if name not in FIELDS:
        raise QueryError(
            f"query: unknown field {name!r} at column {column} (fields: {', '.join(FIELDS)});"
            " put the text in quotes to search for it"
        )
    if not value and text[i : i + 1] == '"':
        value, i = _read_phrase(text, i)
    if not value.strip():
        raise QueryError(f"query: field {name}: at column {column} has no value")
    return _Token("FIELD", value, column, field=name), i


# --- parsing -----------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[_Token], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.pos = 0

    def parse(self) -> Node:
        node = self._or()
        if self.pos < len(self.tokens):
            token = self.tokens[self.pos]
            raise QueryError(f"query: unexpected {_describe(token)} at column {token.column}")
        return node

    def _peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _or(self) -> Node:
        children = [self._and()]
        while (token := self._peek()) is not None and token.kind == "OR":
            self.pos += 1
            children.append(self._and(after=token))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def _and(self, after: _Token | None = None) -> Node:
        children = [self._unary(after)]
        while (token := self._peek()) is not None and token.kind not in ("OR", "RPAREN"):
            if token.kind == "AND":
                self.pos += 1
                children.append(self._unary(after=token))
            else:
                children.append(self._unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def _unary(self, after: _Token | None = None) -> Node:
        token = self._peek()
        if token is not None and token.kind in ("NOT", "MINUS"):
            self.pos += 1
            return Not(self._unary(after=token))
        return self._primary(after)

    def _primary(self, after: _Token | None) -> Node:
        token = self._peek()
        if token is None:
            if after is not None:
                raise QueryError(f"query: {after.value} at column {after.column} has nothing after it")
            raise QueryError("query: unexpected end of the query")
        self.pos += 1
        if token.kind == "LPAREN":
            return self._group(token)
        if token.kind == "PHRASE":
            return self._phrase(token)
        if token.kind == "WORD":
            return Term(token.value, prefix=token.prefix)
        if token.kind == "FIELD":
            return _field(token)
        if after is not None:
            raise QueryError(f"query: {after.value} at column {after.column} is followed by {_describe(token)}")
        raise QueryError(f"query: unexpected {_describe(token)} at column {token.column}")

    def _group(self, opening: _Token) -> Node:
        if (token := self._peek()) is not None and token.kind == "RPAREN":
            raise QueryError(f"query: empty parentheses at column {opening.column}")
        node = self._or()
        closing = self._peek()
        if closing is None or closing.kind != "RPAREN":
            raise QueryError(f"query: unbalanced parenthesis at column {opening.column}: close it with )")
        self.pos += 1
        return node

    def _phrase(self, token: _Token) -> Node:
        if not _HAS_WORD.search(token.value):
            raise QueryError(f"query: the phrase at column {token.column} has no words in it")
        return Term(" ".join(token.value.split()), phrase=True)


def _field(token: _Token) -> Field:
    where = f"query: {token.field}: at column {token.column}"
    value = token.value.strip()
    if token.field == "kind" and value not in {k.value for k in DocumentKind}:
        kinds = ", ".join(k.value for k in DocumentKind)
        raise QueryError(f"{where}: unknown kind {value!r} (one of {kinds})")
    if token.field == "entity" and not value.isdigit():
        raise QueryError(f"{where}: an entity is given by its number, e.g. entity:12")
    if token.field == "date":
        parse_date_range(value, where)
    return Field(token.field, value, token.column)


def _describe(token: _Token) -> str:
    if token.kind == "RPAREN":
        return "')' without a matching '('"
    if token.kind in ("AND", "OR", "NOT"):
        return f"operator {token.kind}"
    if token.kind == "MINUS":
        return "'-'"
    return repr(token.value)
