"""The team-server setup: PostgreSQL as the system of record, originals in a folder."""

import json

import pytest

from dossier.repository import IngestOptions, Repository
from helpers import postgres_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url():
    with postgres_database("dossier_repo") as url:
        yield url


def test_ingest_resolve_search_and_verify_on_postgresql(tmp_path, database_url, cli):
    root = tmp_path / "team"
    init = cli("init", str(root), "--database", database_url)
    assert init.returncode == 0, init.stderr
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Detention in Hamhung\n\nBy Jane Roe\n\nIn 2015 guards of the Bo-wi-bu beat detainees in Hamhung.\n",
        encoding="utf-8",
    )
    (inbox / "b.txt").write_text("함흥 구금 증언\n\n증언자: W-0200\n\n2016년 함흥에서 보위부에 구금되었다.\n", encoding="utf-8")
    ingested = cli("ingest", str(inbox), "--json", repo=root)
    assert ingested.returncode == 0, ingested.stderr
    assert [json.loads(line)["status"] for line in ingested.stdout.splitlines()] == ["ingested", "ingested"]

    with Repository.open(root, actor="tester") as repo:
        assert repo.store.dialect == "postgresql"
        assert repo.verify().ok
        again = repo.ingest_file(inbox / "a.txt", IngestOptions())
        assert again.status == "already_present"
        places = {e["name"] for e in repo.entity_summaries(kind="place")}
    assert any("Hamhung" in name or "Hamheung" in name for name in places)

    found = json.loads(cli("search", "Hamheung", "--json", repo=root).stdout)
    assert {hit["document_id"] for hit in found["hits"] if hit["source"] == "passage"} == {1, 2}
    assert cli("verify", repo=root).returncode == 0
