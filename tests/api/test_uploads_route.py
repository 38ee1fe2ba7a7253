"""/api/uploads: a file sent over HTTP ends up ingested, with its job to poll."""

import time

import pytest

from dossier.api import create_app

from api_sites import FILES, build_site, client_for

REPORT = b"Report on forced repatriation\n\nIn 2016 Chinese police in Tumen arrested twelve women and returned them to Onsong.\n"


@pytest.fixture(scope="module")
def uploads_site(tmp_path_factory):
    """One repository for this module's uploads; each test sends bytes of its own."""
    base = tmp_path_factory.mktemp("uploads")
    return build_site(base / "repo", base / "files", [FILES[0]])


def report(tag: str) -> bytes:
    return REPORT + f"Reference {tag}.\n".encode()


def wait_for(client, job_id: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/uploads/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"upload {job_id} still {job['status']} after {timeout}s")


def test_an_upload_is_ingested_in_the_background(uploads_site):
    client = client_for(create_app(uploads_site.root), uploads_site.tokens["investigator"])
    response = client.post(
        "/api/uploads",
        files={"file": ("report.txt", report("background"), "application/x-anything")},
        data={"sensitivity": "public", "origin": "NGO mailing"},
    )
    assert response.status_code == 202
    job = response.json()
    assert job["status"] in ("queued", "running", "done") and job["media_type"] == "text/plain"
    done = wait_for(client, job["id"])
    assert done["status"] == "done" and done["result"]["status"] == "ingested"
    doc = client.get(f"/api/documents/{done['result']['documents'][0]}").json()
    assert doc["title"] == "Report on forced repatriation" and doc["sensitivity"] == "public"
    entry = client.get("/api/ledger").json()[-1]
    assert entry["action"] == "ingest" and entry["actor"] == "investigator"
    assert entry["details"]["origin"] == "NGO mailing"


def test_the_same_bytes_twice_are_reported_already_present(uploads_site):
    client = client_for(create_app(uploads_site.root), uploads_site.tokens["admin"])
    first = wait_for(client, client.post("/api/uploads", files={"file": ("a.txt", report("twice"))}).json()["id"])
    second = wait_for(client, client.post("/api/uploads", files={"file": ("b.txt", report("twice"))}).json()["id"])
    assert second["result"]["status"] == "already_present"
    assert second["result"]["documents"] == first["result"]["documents"]


def test_a_path_in_the_filename_is_dropped(uploads_site):
    client = client_for(create_app(uploads_site.root), uploads_site.tokens["admin"])
    job = client.post("/api/uploads", files={"file": ("../../etc/..\\evil\u202e.txt", report("path"))}).json()
    assert job["filename"] == "evil.txt"
    done = wait_for(client, job["id"])
    sources = client.get("/api/sources").json()["items"]
    assert "evil.txt" in {s["filename"] for s in sources} and done["status"] == "done"
    assert not (uploads_site.root.parent / "etc").exists()


def test_too_large_files_are_refused_before_ingest(uploads_site):
    client = client_for(create_app(uploads_site.root, max_upload_bytes=1000), uploads_site.tokens["admin"])
    response = client.post("/api/uploads", files={"file": ("big.txt", b"x" * 5000)})
    assert response.status_code == 413
    assert response.json()["error"] == "big.txt: too large (over 1000 bytes, the upload limit)"


def test_the_bytes_decide_the_type_not_the_name(uploads_site):
    client = client_for(create_app(uploads_site.root), uploads_site.tokens["admin"])
    response = client.post("/api/uploads", files={"file": ("report.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64)})
    assert response.status_code == 415
    assert "report.pdf" in response.json()["error"]
    empty = client.post("/api/uploads", files={"file": ("empty.txt", b"")})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]


def test_an_unknown_job_is_404(uploads_site):
    client = client_for(create_app(uploads_site.root), uploads_site.tokens["admin"])
    assert client.get("/api/uploads/" + "0" * 32).status_code == 404
