"""The index holds pseudonyms only: a protected witness's true name is in no row and no snippet."""

import pytest
import tantivy

from dossier.access import keys
from dossier.access.policy import Principal
from dossier.access.witnesses import Witness, add
from dossier.model import Role
from dossier.repository import IngestOptions, Repository
from dossier.search import SearchQuery, search
from dossier.search.tantivy_index import open_index, stored_row

ACCOUNT = """Account of a detainee in Onsong

2019-04-02

Kim Chŏl-su was held at the Onsong security office for a month. 김철수는 매일 조사를 받았다. Kim Chol Su later crossed the Tumen again.
"""


@pytest.fixture
def keyed_repo(tmp_path):
    repo = Repository.init(tmp_path / "repo", actor="tester")
    key_file = tmp_path / "keys" / "dossier.key"
    key_file.parent.mkdir()
    keys.create_key_file(key_file)
    keys.attach(repo.store.engine, keys.read_key_file(key_file, repo.root))
    with repo.store.transaction() as conn:
        add(conn, Principal("ivan", Role.INVESTIGATOR), Witness(pseudonym="W-0017", name="Kim Chŏl-su", aliases=["김철수"]))
    yield repo
    repo.close()


def test_true_names_are_never_indexed_or_shown(keyed_repo):
    result = keyed_repo.ingest_bytes(ACCOUNT.encode("utf-8"), "account.txt", IngestOptions())
    assert result.status == "ingested", result.error
    searcher = open_index(keyed_repo.root / "search-index").searcher()  # filled when the ingest committed
    stored = [stored_row(searcher, address) for _, address in searcher.search(tantivy.Query.all_query(), 1000).hits]
    indexed = " ".join(f"{row.text} {row.title}" for row in stored)
    assert "W-0017" in indexed
    for true_name in ("Kim Chŏl-su", "Kim Chol Su", "김철수", "Chol"):
        assert true_name not in indexed
    assert search(keyed_repo.store, SearchQuery("김철수")).total == 0
    assert search(keyed_repo.store, SearchQuery('"Chol Su"')).total == 0
    found = search(keyed_repo.store, SearchQuery("W-0017 Onsong"))
    assert found.total >= 1 and "Ch" not in found.hits[0].snippet.replace("Chŏl", "")
