"""The embedded tantivy index: in step with commits, across processes, crashes and a held lock."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import tantivy

from dossier.access import keys
from dossier.repository import IngestOptions, Repository
from dossier.search import SearchQuery, search
from dossier.search.indexer import index_documents
from dossier.search.tantivy_index import FORMAT_FILE, open_index, stored_row
from dossier.store import search_index
from search_helpers import build_repository, document_id

PLATYPUS = """Report on the Platypus Street detention site

2020-02-02

Detainees at the Platypus Street site described pneumonoultramicroscopicsilicovolcanoconiosisward conditions.
"""

KILLED_CHILD = """
import os, signal, sys
from pathlib import Path
from dossier.repository import IngestOptions, Repository
from dossier.search import indexer

indexer.flush = lambda store: os.kill(os.getpid(), signal.SIGKILL)  # dies after the DB commit
repo = Repository.open(Path(sys.argv[1]), actor="tester")
repo.ingest_bytes(sys.argv[2].encode("utf-8"), "killed.txt", IngestOptions())
"""


@pytest.fixture
def repo(tmp_path):
    opened = build_repository(tmp_path / "repo")
    yield opened
    opened.close()


def indexed_rows(repo):
    searcher = open_index(repo.root / "search-index").searcher()
    return [stored_row(searcher, address) for _, address in searcher.search(tantivy.Query.all_query(), 10_000).hits]


def pending(repo):
    with repo.store.reading() as conn:
        return search_index.pending(conn)


def ingest(repo, text, name):
    result = repo.ingest_bytes(text.encode("utf-8"), name, IngestOptions())
    assert result.status == "ingested", result.error


def test_an_ingest_is_indexed_when_it_commits_and_a_rollback_leaves_nothing(repo):
    assert {row.document_id for row in indexed_rows(repo)} >= {document_id(repo, "Testimony"), document_id(repo, "탈북")}
    assert pending(repo) == []
    with pytest.raises(RuntimeError), repo.store.transaction() as conn:
        index_documents(conn, [document_id(repo, "Testimony")])
        raise RuntimeError("the ingest fails after indexing")
    assert pending(repo) == []


def test_words_longer_than_forty_bytes_are_found(repo):
    ingest(repo, PLATYPUS, "platypus.txt")
    found = search(repo.store, SearchQuery("pneumonoultramicroscopicsilicovolcanoconiosisward"))
    assert found.total == 1 and "<mark>pneumonoultramicroscopicsilicovolcanoconiosisward</mark>" in found.hits[0].snippet


def test_a_process_killed_between_the_two_commits_loses_nothing(repo):
    repo.close()
    child = subprocess.run([sys.executable, "-c", KILLED_CHILD, str(repo.root), PLATYPUS], capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    reopened = Repository.open(repo.root, actor="tester")
    try:
        assert len(pending(reopened)) == 1
        assert search(reopened.store, SearchQuery("Platypus")).total >= 1
        assert pending(reopened) == []
    finally:
        reopened.close()


def test_an_ingest_waits_for_a_writer_that_holds_the_index(repo):
    held = tantivy.Index.open(str(repo.root / "search-index")).writer(heap_size=15_000_000, num_threads=1)
    worker = threading.Thread(target=ingest, args=(repo, PLATYPUS, "platypus.txt"))
    worker.start()
    time.sleep(1.0)
    assert worker.is_alive() and len(pending(repo)) == 1  # committed, waiting for the index
    held.wait_merging_threads()  # gives the lock back
    worker.join(timeout=60)
    assert not worker.is_alive() and pending(repo) == []
    assert {row.title for row in indexed_rows(repo)} >= {"Report on the Platypus Street detention site"}


def test_a_search_sees_what_another_process_committed(repo, cli, tmp_path):
    assert search(repo.store, SearchQuery("Platypus")).total == 0
    (tmp_path / "platypus.txt").write_text(PLATYPUS, encoding="utf-8")
    done = cli("ingest", str(tmp_path / "platypus.txt"), repo=repo.root)
    assert done.returncode == 0, done.stderr
    assert search(repo.store, SearchQuery("Platypus")).total >= 1


def test_a_missing_or_foreign_index_is_built_again(repo):
    before = search(repo.store, SearchQuery("China")).total
    (repo.root / "search-index" / FORMAT_FILE).write_text('{"format": 0}\n', encoding="utf-8")
    assert search(repo.store, SearchQuery("China")).total == before
    for path in (repo.root / "search-index").iterdir():
        path.unlink()
    assert search(repo.store, SearchQuery("China")).total == before


def test_an_encrypted_repository_keeps_its_index_inside_the_encrypted_database(tmp_path):
    key_file = tmp_path / "keys" / "dossier.key"
    key_file.parent.mkdir()
    keys.create_key_file(key_file)
    sealed = Repository.init(tmp_path / "sealed", actor="tester", encrypt=True, key_file=key_file)
    try:
        ingest(sealed, PLATYPUS, "platypus.txt")
        assert search(sealed.store, SearchQuery("Platypus")).total >= 1
        assert not Path(tmp_path / "sealed" / "search-index").exists()
    finally:
        sealed.close()
