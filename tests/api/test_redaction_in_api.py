"""A protected witness's true name reaches only readers with the right to see it."""

import pytest

from dossier.access import Principal, keys, users
from dossier.access.derivatives import add_witness
from dossier.access.witnesses import Witness
from dossier.api import create_app
from dossier.model import Role
from dossier.repository import IngestOptions, Repository

from api_sites import client_for

ACCOUNT = """Account of a detainee in Onsong

Kim Chŏl-su was held at the Onsong security office in 2019. 김철수는 매일 조사를 받았다. Kim Chol Su later crossed the Tumen again.
"""
TRUE_NAMES = ("Kim Chŏl-su", "Kim Chol Su", "김철수")


@pytest.fixture
def witnessed(tmp_path):
    key_file = tmp_path / "keys" / "dossier.key"
    key_file.parent.mkdir()
    keys.create_key_file(key_file)
    with Repository.init(tmp_path / "repo", actor="tester") as repo:
        keys.attach(repo.store.engine, keys.read_key_file(key_file, repo.root))
        result = repo.ingest_bytes(ACCOUNT.encode(), "account.txt", IngestOptions())
        with repo.store.transaction() as conn:
            boot = users.bootstrap_principal("tester")
            add_witness(conn, Principal("tester", Role.ADMIN),
                        Witness(pseudonym="W-0017", name="Kim Chŏl-su", aliases=["김철수", "Kim Chol Su"]))
            tokens = {}
            for role in ("analyst", "investigator"):
                users.add(conn, boot, role, role, None)
                tokens[role] = users.new_token(conn, boot, role)
    app = create_app(tmp_path / "repo", key_file=key_file)
    return app, tokens, result.documents[0]


def test_analysts_read_pseudonyms_with_spans_still_exact(witnessed):
    app, tokens, doc_id = witnessed
    doc = client_for(app, tokens["analyst"]).get(f"/api/documents/{doc_id}").json()
    assert "W-0017 was held at the Onsong security office" in doc["text"]
    assert not any(name in doc["text"] for name in TRUE_NAMES)
    for mention in doc["mentions"]:
        assert doc["text"][mention["start"]:mention["end"]] == mention["text"]
    assert any(m["text"] == "Onsong" for m in doc["mentions"])


def test_pages_lists_and_facts_carry_no_true_name(witnessed):
    app, tokens, doc_id = witnessed
    client = client_for(app, tokens["analyst"])
    for url in (f"/documents/{doc_id}", "/documents", "/incidents", "/entities", "/search?q=Onsong",
                "/api/incidents", "/api/entities", "/api/search?q=Onsong", f"/api/documents/{doc_id}/notes"):
        body = client.get(url).text
        assert not any(name in body for name in TRUE_NAMES), url


def test_investigators_read_the_text_as_written_and_the_look_is_logged(witnessed):
    app, tokens, doc_id = witnessed
    investigator = client_for(app, tokens["investigator"])
    doc = investigator.get(f"/api/documents/{doc_id}").json()
    assert "Kim Chŏl-su was held" in doc["text"] and "김철수는" in doc["text"]
    look = investigator.get("/api/ledger").json()[-1]
    assert (look["actor"], look["action"], look["subject"]) == ("investigator", "document.read_protected", f"document {doc_id}")


def test_redacted_reads_leave_no_audit_entry(witnessed):
    app, tokens, doc_id = witnessed
    before = client_for(app, tokens["investigator"]).get("/api/ledger").json()
    client_for(app, tokens["analyst"]).get(f"/documents/{doc_id}")
    assert client_for(app, tokens["investigator"]).get("/api/ledger").json() == before
