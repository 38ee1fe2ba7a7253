"""Facets of a very broad match: counted on a fixed sample and scaled up, and saying so.

The thresholds are lowered for a repository small enough to build in a test; the code
path is the one a million-passage repository takes.
"""

import pytest

from dossier.model import Sensitivity
from dossier.repository import IngestOptions, Repository
from dossier.search import SearchQuery, search, searcher

YEARS = {2011: 6, 2014: 3, 2017: 1}  # documents per year, so the year facet has a known shape
PARAGRAPHS = 40


def _document(n: int, year: int) -> str:
    paragraphs = [
        f"Paragraph {p} of statement {n}: the witness described the holding centre and the guards who ran it."
        for p in range(PARAGRAPHS)
    ]
    return f"Statement number {n} on the holding centre\n\n{year}-05-0{1 + n % 9}\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    opened = Repository.init(tmp_path_factory.mktemp("facets") / "repo", actor="tester")
    n = 0
    for year, documents in YEARS.items():
        for _ in range(documents * 4):
            level = Sensitivity.PUBLIC if n % 4 == 0 else Sensitivity.RESTRICTED
            result = opened.ingest_bytes(_document(n, year).encode(), f"statement-{n}.txt", IngestOptions(sensitivity=level, extract=False))
            assert result.status == "ingested", result.error
            n += 1
    yield opened
    opened.close()


@pytest.fixture
def low_thresholds(monkeypatch):
    monkeypatch.setattr(searcher, "EXACT_FACETS_UP_TO", 100)
    monkeypatch.setattr(searcher, "SAMPLE_SIZE", 160)


def test_a_broad_match_gets_estimated_facets_close_to_the_exact_ones(repo, low_thresholds):
    estimated = search(repo.store, SearchQuery("guards"))
    exact = search(repo.store, SearchQuery("guards", exact_facets=True))
    assert estimated.facets_approximate and not exact.facets_approximate
    assert estimated.total == exact.total > 400  # the total is counted exactly either way
    assert sum(exact.facets["year"].values()) == exact.total
    for year in ("2011", "2014"):
        assert estimated.facets["year"][year] == pytest.approx(exact.facets["year"][year], rel=0.35)
    assert max(estimated.facets["year"], key=estimated.facets["year"].get) == "2011"
    assert estimated.facets["sensitivity"]["restricted"] > estimated.facets["sensitivity"]["public"]


def test_a_narrow_match_keeps_exact_facets(repo, low_thresholds):
    results = search(repo.store, SearchQuery("guards date:2017"))
    assert results.total <= 100
    assert not results.facets_approximate
    assert results.facets["year"] == {"2017": results.total}


def test_the_same_query_gets_the_same_estimate(repo, low_thresholds):
    """The sample is fixed buckets, not a random draw: a page reload shows the same numbers."""
    first = search(repo.store, SearchQuery("witness"))
    again = search(repo.store, SearchQuery("witness"))
    assert first.facets_approximate and first.facets == again.facets


def test_json_says_whether_counts_are_estimates(repo, low_thresholds):
    record = search(repo.store, SearchQuery("guards")).to_dict()
    assert record["facets_approximate"] is True
    assert search(repo.store, SearchQuery("guards", exact_facets=True)).to_dict()["facets_approximate"] is False
