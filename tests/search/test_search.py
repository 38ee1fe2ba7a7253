"""Searching a real repository: words, phrases, Korean, entities, filters, facets, snippets."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.errors import QueryError
from dossier.search import SearchQuery, search
from search_helpers import build_repository, document_id


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    opened = build_repository(tmp_path_factory.mktemp("search") / "repo")
    yield opened
    opened.close()


def find(repo, text, **options):
    return search(repo.store, SearchQuery(text, **options))


def doc_ids(results):
    return {h.document_id for h in results.hits if h.source == "passage"}


def test_a_word_finds_its_passage_and_marks_it(repo):
    results = find(repo, "perimeter")
    assert results.total == 1
    hit = results.hits[0]
    assert hit.document_id == document_id(repo, "Satellite")
    assert "<mark>perimeter</mark>" in hit.snippet
    text = repo.document(hit.document_id).text
    assert "perimeter" in text[hit.passage_start : hit.passage_end]


def test_english_words_match_other_forms_of_the_same_stem(repo):
    results = find(repo, "repatriate")
    assert doc_ids(results) == {document_id(repo, "Testimony"), document_id(repo, "Satellite")}
    assert any("<mark>Repatriated</mark>" in h.snippet for h in results.hits)


def test_a_quoted_phrase_needs_its_words_together(repo):
    assert doc_ids(find(repo, '"political prison camp"')) == {document_id(repo, "Testimony"), document_id(repo, "Satellite")}
    assert find(repo, '"camp political"').total == 0


def test_boolean_operators_prefixes_and_groups(repo):
    testimony, news = document_id(repo, "Testimony"), document_id(repo, "Satellite")
    assert doc_ids(find(repo, "satellite OR abortions")) == {testimony, news}
    assert doc_ids(find(repo, "camp -satellite")) == {testimony}
    assert doc_ids(find(repo, "camp NOT satellite")) == {testimony}
    assert doc_ids(find(repo, "(towers OR kneel) AND fence")) == {news}
    assert doc_ids(find(repo, "interrog*")) == {testimony}


@pytest.mark.parametrize("word", ["북한", "여성", "송환", "낙태", "함흥"])
def test_a_two_syllable_korean_word_is_found_with_particles_attached(repo, word):
    results = find(repo, word)
    report = document_id(repo, "탈북")
    assert report in doc_ids(results)
    hit = next(h for h in results.hits if h.document_id == report)
    assert f"<mark>{word}</mark>" in hit.snippet


def test_korean_words_longer_than_two_syllables_and_phrases(repo):
    report = document_id(repo, "탈북")
    assert doc_ids(find(repo, "강제송환")) == {report}
    assert doc_ids(find(repo, '"강제 낙태"')) == {report}
    assert find(repo, "송환북한").total == 0  # both words occur, never in this order


def test_a_single_syllable_finds_words_that_contain_it(repo):
    assert document_id(repo, "탈북") in doc_ids(find(repo, "낙"))


def test_a_spelling_of_a_place_finds_the_others(repo):
    testimony, report = document_id(repo, "Testimony"), document_id(repo, "탈북")
    for spelling in ("Hamhung", "Hamhŭng", "Hamheung", "함흥"):
        found = doc_ids(find(repo, spelling))
        assert {testimony, report} <= found, spelling
    hit = next(h for h in find(repo, "함흥").hits if h.document_id == testimony)
    assert "<mark>Ham" in hit.snippet


def test_entities_are_found_by_their_aliases_as_entity_hits(repo):
    results = find(repo, "Hamheung")
    entity_hits = [h for h in results.hits if h.source == "entity"]
    assert entity_hits and entity_hits[0].entity_id is not None
    assert find(repo, f"entity:{entity_hits[0].entity_id}").total >= 3


def test_filters_inline_and_as_options_agree(repo):
    testimony = document_id(repo, "Testimony")
    assert doc_ids(find(repo, "women kind:testimony")) == {testimony}
    assert doc_ids(find(repo, "women", kind=["testimony"])) == {testimony}
    assert doc_ids(find(repo, 'author:"Roberta Cohen"')) == {testimony}
    assert doc_ids(find(repo, "women", author="Cohen")) == {testimony}
    assert doc_ids(find(repo, "type:vt_forced_abortion")) >= {testimony}
    assert testimony in doc_ids(find(repo, "place:Hamhung"))


def test_date_ranges_keep_documents_dated_inside_them(repo):
    testimony, report, news = (document_id(repo, t) for t in ("Testimony", "탈북", "Satellite"))
    assert doc_ids(find(repo, "repatriated date:2015..2019")) == {testimony}
    assert doc_ids(find(repo, "China", date_from="2018", date_to="2023")) == {report, news}
    assert doc_ids(find(repo, "repatriated date:2015-03")) == {testimony}  # 2015-03-12 lies in March
    assert doc_ids(find(repo, "repatriated date:2015-04..")) == {news}
    assert doc_ids(find(repo, "China", date_from="2019-01-01")) == {news}
    assert doc_ids(find(repo, "China date:..2014")) == set()


def test_facets_count_every_match_not_just_the_page(repo):
    results = find(repo, "detainees", limit=1)
    assert len(results.hits) == 1
    assert results.total == sum(results.facets["sensitivity"].values())
    assert results.facets["kind"].get("testimony") == 2
    assert results.facets["author"] == {"Roberta Cohen": 2}
    assert "2015" in results.facets["year"]
    assert any(key.endswith(":Hamhung") for key in results.facets["place"])


def test_paging_and_date_sort(repo):
    first, second = find(repo, "China", limit=1), find(repo, "China", limit=1, offset=1)
    assert first.hits[0] != second.hits[0]
    dated = [h.date for h in find(repo, "China", sort="date").hits if h.date]
    assert dated == sorted(dated, reverse=True)


def test_a_reader_never_sees_documents_above_their_level(repo):
    everyone = find(repo, "Tumen")
    assert document_id(repo, "Field note") in doc_ids(everyone)
    restricted = find(repo, "Tumen", sensitivities=["public", "restricted"])
    assert document_id(repo, "Field note") not in doc_ids(restricted)
    assert "confidential" not in restricted.facets["sensitivity"]
    assert find(repo, "Tumen", sensitivities=[]).total == 0


def test_snippets_escape_the_text_and_add_only_marks(repo):
    hit = find(repo, "smuggled").hits[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hit.snippet
    assert hit.snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_results_serialise_to_the_json_shape(repo):
    record = find(repo, "perimeter").to_dict()
    assert set(record) == {"total", "hits", "facets", "facets_approximate", "query", "took_ms"}
    assert set(record["hits"][0]) >= {"document_id", "title", "kind", "date", "passage_start", "passage_end", "snippet", "score", "source"}


@pytest.mark.parametrize("text", ['"a" NEAR("b" "c", 10)', "text:x", "(camp", "camp)", "camp AND", "-camp", "", "x" * 1001])
def test_malformed_queries_are_refused_with_a_query_error(repo, text):
    with pytest.raises(QueryError):
        find(repo, text)


SEARCH_FUZZ_EXAMPLES = 300


@settings(max_examples=SEARCH_FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(alphabet='abc북한 "()*-:^{}+.,NEARORANDNOTkind2013', max_size=30) | st.text(max_size=30))
def test_no_query_text_reaches_the_engine_unparsed(repo, text):
    try:
        results = find(repo, text)
    except QueryError:
        return
    assert results.total >= 0
