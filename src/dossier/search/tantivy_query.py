"""The plan's match tree as a tantivy query, built from query objects, never from a query string.

Words are analysed by the analyzer that indexed ``text`` (so "repatriated" looks for the
stem "repatri"); the start of a prefix search is folded and lower-cased but not stemmed,
and becomes a regular expression over the term dictionary, escaped. Grams and tags are
exact terms. Tags and date bounds narrow the matches without scoring: the rank comes
from the words and grams alone, as on the SQL side.
"""

from __future__ import annotations

import re

import tantivy

from dossier.search.tantivy_index import date_bounds, words_analyzer
from dossier.store.search_index import All, Any_, DateBounds, Match, Phrase

_STEMMED = words_analyzer()
_UNSTEMMED = words_analyzer(stem=False)
_NOT_PLAIN = re.compile(r"[^\w]", re.UNICODE)


def compile_query(schema: tantivy.Schema, match: Match, dates: DateBounds | None) -> tantivy.Query:
    """The whole query: the match tree narrowed by the date bounds."""
    narrowing = _dates(schema, dates)
    query = _node(schema, match)
    if not narrowing:
        return query
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query), *((tantivy.Occur.Must, n) for n in narrowing)])


def _node(schema: tantivy.Schema, match: Match) -> tantivy.Query:
    if isinstance(match, Phrase):
        return _phrase(schema, match)
    if isinstance(match, All):
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, _node(schema, p)) for p in match.parts])
    if isinstance(match, Any_):
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, _node(schema, p)) for p in match.parts])
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, _node(schema, match.keep)), (tantivy.Occur.MustNot, _node(schema, match.drop))]
    )


def _phrase(schema: tantivy.Schema, phrase: Phrase) -> tantivy.Query:
    if phrase.column == "tags":
        return tantivy.Query.const_score_query(tantivy.Query.term_query(schema, "tags", phrase.tokens[0]), 0.0)
    terms = _terms(phrase)
    if not terms:
        return tantivy.Query.empty_query()  # only words the index drops (over 255 bytes)
    if phrase.prefix:
        patterns = [_escaped(t) for t in terms[:-1]] + [_escaped(terms[-1]) + ".*"]
        if len(patterns) == 1:
            return tantivy.Query.regex_query(schema, phrase.column, patterns[0])
        return tantivy.Query.regex_phrase_query(schema, phrase.column, patterns)
    if len(terms) == 1:
        return tantivy.Query.term_query(schema, phrase.column, terms[0])
    return tantivy.Query.phrase_query(schema, phrase.column, terms)


def _terms(phrase: Phrase) -> list[str]:
    """The indexed terms of a phrase's tokens; the last one unstemmed when it is a prefix."""
    if phrase.column == "ko":
        return list(phrase.tokens)
    terms = [term for token in phrase.tokens[:-1] for term in _STEMMED.analyze(token)]
    last = (_UNSTEMMED if phrase.prefix else _STEMMED).analyze(phrase.tokens[-1])
    return terms + last


def _escaped(term: str) -> str:
    return _NOT_PLAIN.sub(lambda found: "\\" + found.group(), term)


def _dates(schema: tantivy.Schema, dates: DateBounds | None) -> list[tantivy.Query]:
    """A passage is kept when its date may fall in the range: it overlaps the bounds."""
    found = []
    start = date_bounds(dates.start) if dates else None
    end = date_bounds(dates.end) if dates else None
    if start:
        found.append(_range(schema, "date_hi", lower=start[0]))
    if end:
        found.append(_range(schema, "date_lo", upper=end[1]))
    return found


def _range(schema: tantivy.Schema, field: str, lower: int | None = None, upper: int | None = None) -> tantivy.Query:
    bounded = tantivy.Query.range_query(schema, field, tantivy.FieldType.Integer, lower_bound=lower, upper_bound=upper)
    return tantivy.Query.const_score_query(bounded, 0.0)
