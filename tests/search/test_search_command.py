"""`dossier search` and `dossier reindex` as a user runs them."""

import json

import pytest

from search_helpers import build_repository


@pytest.fixture(scope="module")
def repo_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "repo"
    build_repository(root).close()
    return root


def test_search_prints_hits_with_titles(cli, repo_dir):
    done = cli("search", "perimeter", repo=repo_dir)
    assert done.returncode == 0, done.stderr
    assert "1 match(es)" in done.stdout
    assert "Satellite Images Show Expansion of Camp 25" in done.stdout


def test_search_json_with_filters(cli, repo_dir):
    done = cli("search", "여성", "--kind", "report", "--from", "2018", "--to", "2018-12", "--json", repo=repo_dir)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["total"] >= 1
    assert {h["kind"] for h in record["hits"]} == {"report"}
    assert any("<mark>여성</mark>" in h["snippet"] for h in record["hits"])
    assert record["facets"]["kind"] == {"report": record["total"]}


@pytest.mark.parametrize("query", ['"unbalanced', "col:x", "camp AND"])
def test_a_malformed_query_is_one_line_on_stderr_and_exit_2(cli, repo_dir, query):
    done = cli("search", query, repo=repo_dir)
    assert done.returncode == 2
    assert done.stderr.startswith("error: query:") and done.stderr.count("\n") == 1
    assert done.stdout == ""


def test_reindex_rebuilds_the_same_results(cli, repo_dir):
    before = json.loads(cli("search", "China", "--json", repo=repo_dir).stdout)
    done = cli("reindex", repo=repo_dir)
    assert done.returncode == 0, done.stderr
    assert "indexed" in done.stdout
    after = json.loads(cli("search", "China", "--json", repo=repo_dir).stdout)
    assert after["total"] == before["total"]
    assert [h["snippet"] for h in after["hits"]] == [h["snippet"] for h in before["hits"]]


def test_search_json_says_the_facets_are_exact_on_a_small_repository(cli, repo_dir):
    for extra in ([], ["--exact-facets"]):
        done = cli("search", "camp", "--json", *extra, repo=repo_dir)
        assert done.returncode == 0, done.stderr
        record = json.loads(done.stdout)
        assert record["facets_approximate"] is False
        assert sum(record["facets"]["sensitivity"].values()) == record["total"]
