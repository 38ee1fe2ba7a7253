"""/api/ledger and /api/verify: the chain and the integrity check over HTTP."""

from dossier.api import create_app

from api_sites import client_for


def test_verify_runs_on_post_and_is_remembered(fresh_site):
    client = client_for(create_app(fresh_site.root), fresh_site.tokens["viewer"])
    assert client.get("/api/verify").status_code == 404
    report = client.post("/api/verify").json()
    assert report["ok"] is True and report["blobs_checked"] == 1 and report["problems"] == []
    assert client.get("/api/verify").json() == report


def test_verify_names_a_tampered_original(fresh_site):
    client = client_for(create_app(fresh_site.root), fresh_site.tokens["admin"])
    sha = fresh_site.sha["testimony.txt"]
    blob = next(p for p in (fresh_site.root / "originals").rglob("*") if p.is_file() and sha in p.name)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes() + b"tampered")
    report = client.post("/api/verify").json()
    assert report["ok"] is False
    assert sha in report["first_problem"]


def test_the_ledger_pages_by_sequence(fresh_site):
    client = client_for(create_app(fresh_site.root), fresh_site.tokens["admin"])
    everything = client.get("/api/ledger").json()
    later = client.get("/api/ledger", params={"after": 1, "limit": 2}).json()
    assert [e["seq"] for e in later] == [2, 3]
    assert later == everything[1:3]
