"""The same search on PostgreSQL: tsvector under GIN, Hangul grams, tags, facets, redaction."""

import uuid

import pytest
from sqlalchemy import create_engine, text

from dossier.search import SearchQuery, search
from dossier.search.indexer import rebuild
from search_helpers import build_repository, document_id

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_repo(tmp_path_factory):
    name = f"dossier_search_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"))
    except Exception as exc:  # no server: these tests are about the server
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 is not reachable ({type(exc).__name__})")
    repo = build_repository(tmp_path_factory.mktemp("pg") / "repo", f"{SERVER}/{name}")
    yield repo
    repo.close()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def hits(repo, query, **options):
    return {h.document_id for h in search(repo.store, SearchQuery(query, **options)).hits if h.source == "passage"}


def test_words_phrases_and_booleans(pg_repo):
    testimony, news = document_id(pg_repo, "Testimony"), document_id(pg_repo, "Satellite")
    assert hits(pg_repo, "repatriate") == {testimony, news}
    assert hits(pg_repo, '"political prison camp"') == {testimony, news}
    assert hits(pg_repo, "camp -satellite") == {testimony}
    assert hits(pg_repo, "interrog*") == {testimony}


def test_korean_two_syllable_words_with_particles(pg_repo):
    report = document_id(pg_repo, "탈북")
    for word in ("북한", "여성", "송환", "강제송환"):
        assert report in hits(pg_repo, word), word
    assert hits(pg_repo, "송환북한") == set()


def test_spellings_filters_and_facets(pg_repo):
    testimony, report = document_id(pg_repo, "Testimony"), document_id(pg_repo, "탈북")
    assert {testimony, report} <= hits(pg_repo, "Hamhŭng")
    assert hits(pg_repo, "women kind:testimony date:2015") == {testimony}
    assert hits(pg_repo, "Tumen", sensitivities=["public", "restricted"]) == set()
    results = search(pg_repo.store, SearchQuery("detainees", limit=1))
    assert results.total == sum(results.facets["sensitivity"].values())
    assert results.facets["author"] == {"Roberta Cohen": 2}
    assert "<mark>detainees</mark>" in results.hits[0].snippet


def test_rebuild_gives_the_same_answers(pg_repo):
    before = search(pg_repo.store, SearchQuery("China"))
    assert rebuild(pg_repo.store) > 0
    after = search(pg_repo.store, SearchQuery("China"))
    assert after.total == before.total and [h.snippet for h in after.hits] == [h.snippet for h in before.hits]
