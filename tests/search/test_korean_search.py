"""Hangul as syllable bigrams: the index side and the query side must meet."""

from dossier.search.korean import index_tokens, query_tokens


def test_each_run_becomes_its_bigrams_and_its_last_syllable():
    assert index_tokens("북한에서 탈출한 A 여") == "북한 한에 에서 서 탈출 출한 한 여"


def test_a_query_word_is_a_substring_of_any_eojeol():
    indexed = index_tokens("북한에서").split()
    grams, prefix = query_tokens(["북한"])
    assert grams == ["북한"] and not prefix and set(grams) <= set(indexed)
    assert query_tokens(["북한에서"]) == (["북한", "한에", "에서"], False)


def test_one_syllable_is_a_prefix_and_earlier_runs_must_end_where_written():
    assert query_tokens(["낙"]) == (["낙"], True)
    assert query_tokens(["강제", "낙태"]) == (["강제", "제", "낙태"], False)
