"""Who sees what through the API: roles, public mode, and anonymous callers."""

from api_sites import client_for


def test_anonymous_callers_must_log_in(anonymous):
    response = anonymous.get("/api/documents")
    assert response.status_code == 401
    assert "log in" in response.json()["error"]


def test_a_bad_token_is_refused(app):
    response = client_for(app, "dsr_not-a-real-token").get("/api/documents")
    assert response.status_code == 401 and "token" in response.json()["error"]


def test_viewers_see_public_documents_only(as_viewer, as_analyst, site):
    restricted = site.docs["restricted.txt"][0]
    viewer_ids = {d["id"] for d in as_viewer.get("/api/documents").json()["items"]}
    analyst_ids = {d["id"] for d in as_analyst.get("/api/documents").json()["items"]}
    assert restricted not in viewer_ids and restricted in analyst_ids
    assert as_viewer.get(f"/api/documents/{restricted}").status_code == 404
    assert restricted not in {i["document_id"] for i in as_viewer.get("/api/incidents").json()["items"]}
    assert "restricted.txt" not in {s["filename"] for s in as_viewer.get("/api/sources").json()["items"]}


def test_entities_seen_only_in_hidden_documents_are_hidden(as_viewer, as_admin):
    musan = next(e for e in as_admin.get("/api/entities").json()["items"] if e["name"] == "Musan")
    assert as_viewer.get(f"/api/entities/{musan['id']}").status_code == 404
    assert "Musan" not in {e["name"] for e in as_viewer.get("/api/entities").json()["items"]}


def test_analysts_may_not_download_restricted_originals(as_analyst, site):
    response = as_analyst.get(f"/api/sources/{site.sha['restricted.txt']}/original")
    assert response.status_code == 403
    assert "protected names" in response.json()["error"]


def test_public_mode_needs_no_login_and_shows_public_material(public, site):
    ids = {d["id"] for d in public.get("/api/documents").json()["items"]}
    assert site.docs["testimony.txt"][0] in ids and site.docs["restricted.txt"][0] not in ids
    assert public.get("/api/ledger").status_code == 403
    assert public.post("/api/verify").status_code == 403


def test_roles_without_ingest_cannot_upload(as_viewer):
    response = as_viewer.post("/api/uploads", files={"file": ("a.txt", b"hello world\n")})
    assert response.status_code == 403 and "ingest" in response.json()["error"]


def test_ledger_needs_an_analyst(as_viewer, as_analyst):
    assert as_viewer.get("/api/ledger").status_code == 403
    entries = as_analyst.get("/api/ledger").json()
    assert entries[0]["action"] == "init" and entries[1]["prev_hash"] == entries[0]["hash"]
