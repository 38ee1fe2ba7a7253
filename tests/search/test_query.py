"""The query language: what parses into what, and every malformed query refused with a reason."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.errors import QueryError
from dossier.search.query import And, Field, Not, Or, Term, parse, parse_date_range

FUZZ_EXAMPLES = 3000


def test_words_phrases_and_implicit_and():
    assert parse('camp "forced repatriation"') == And((Term("camp"), Term("forced repatriation", phrase=True)))


def test_not_binds_tighter_than_and_and_and_tighter_than_or():
    assert parse("a b OR c -d") == Or((And((Term("a"), Term("b"))), And((Term("c"), Not(Term("d"))))))
    assert parse("a AND NOT (b OR c)") == And((Term("a"), Not(Or((Term("b"), Term("c"))))))


def test_prefix_fields_and_hyphenated_words():
    assert parse("repatri*") == Term("repatri", prefix=True)
    assert parse('author:"Roberta Cohen" kind:testimony') == And(
        (Field("author", "Roberta Cohen", 1), Field("kind", "testimony", 24))
    )
    assert parse("Kim Jong-un") == And((Term("Kim"), Term("Jong-un")))


def test_date_ranges():
    assert parse_date_range("2013..2017", "t").start == "2013"
    assert parse_date_range("..2017-05", "t").start is None
    assert parse_date_range("2014", "t").end == "2014"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"unclosed', "unbalanced quote at column 1"),
        ("(a b", "unbalanced parenthesis at column 1"),
        ("a b)", "column 4"),
        ("a AND", "AND at column 3 has nothing after it"),
        ("OR a", "unexpected operator OR at column 1"),
        ("", None),
        ("x" * 1001, "too long"),
        ("a\x00b", "control character U+0000 at column 2"),
        ('"a" NEAR("b" "c", 10)', "NEAR"),
        ("col:x", "unknown field 'col' at column 1"),
        ("kind:poem", "unknown kind 'poem'"),
        ("entity:kim", "by its number"),
        ("date:2013..20x7", "not a date"),
        ("date:2017..2013", "ends before it starts"),
        ("a*b", "may only end a word"),
        ("()", "empty parentheses"),
        ('""', "no words"),
    ],
)
def test_malformed_queries_say_what_and_where(text, says):
    if says is None:
        assert parse(text) is None  # blank: the caller's filters decide, or the search refuses it
        return
    with pytest.raises(QueryError) as raised:
        parse(text)
    assert says in str(raised.value)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text(alphabet='ab"()*-: ANDORNOT北한kind', max_size=40))
def test_any_text_parses_or_raises_a_query_error(text):
    try:
        parse(text)
    except QueryError as error:
        assert "\n" not in str(error)
