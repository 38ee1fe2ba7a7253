"""/api/documents and /api/sources: what a script reading the repository gets."""

import hashlib


def test_documents_are_listed_in_pages_with_stable_ids(as_admin, site):
    first = as_admin.get("/api/documents", params={"limit": 2}).json()
    second = as_admin.get("/api/documents", params={"limit": 2, "offset": first["next_offset"]}).json()
    everything = as_admin.get("/api/documents").json()
    assert first["total"] == second["total"] == len(everything["items"]) == 4
    assert [d["id"] for d in first["items"] + second["items"]] == [d["id"] for d in everything["items"]]
    assert second["next_offset"] is None
    assert as_admin.get("/api/documents", params={"limit": 2}).json()["items"] == first["items"]


def test_one_document_has_its_text_notes_and_mentions(as_admin, site):
    doc_id = site.docs["testimony.txt"][0]
    doc = as_admin.get(f"/api/documents/{doc_id}").json()
    assert doc["title"] == "Testimony of a former detainee"
    assert doc["sha256"] == site.sha["testimony.txt"]
    assert "arrested by Chinese police in Yanji" in doc["text"]
    first, second = doc["notes"]
    assert first["un_symbols"] == ["A/HRC/25/CRP.1"] and first["urls"] == ["https://www.ohchr.org/coi"]
    assert second["resolves_to"] == "[1]"
    marker = first["cited_at"][0]
    assert doc["text"][marker["start"]:marker["end"]] == "[1]"
    yanji = next(m for m in doc["mentions"] if m["text"] == "Yanji")
    assert doc["text"][yanji["start"]:yanji["end"]] == "Yanji" and yanji["entity"]


def test_notes_have_their_own_route(as_admin, site):
    doc_id = site.docs["testimony.txt"][0]
    notes = as_admin.get(f"/api/documents/{doc_id}/notes").json()
    assert [n["marker"] for n in notes] == ["[1]", "[2]"]


def test_documents_filter_by_kind(as_admin):
    kinds = {d["kind"] for d in as_admin.get("/api/documents", params={"kind": "testimony"}).json()["items"]}
    assert kinds == {"testimony"}
    assert as_admin.get("/api/documents", params={"kind": "novel"}).status_code == 422


def test_missing_document_is_a_json_404(as_admin):
    response = as_admin.get("/api/documents/9999")
    assert response.status_code == 404
    assert response.json() == {"error": "document 9999: no such document"}


def test_the_original_downloads_byte_for_byte(as_admin, site):
    sha = site.sha["testimony.txt"]
    response = as_admin.get(f"/api/sources/{sha}/original")
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == sha
    assert response.headers["content-disposition"].startswith('attachment; filename="testimony.txt"')
    assert response.headers["content-type"] == "application/octet-stream"


def test_sources_list_their_metadata(as_admin, site):
    sources = as_admin.get("/api/sources").json()["items"]
    by_name = {s["filename"]: s for s in sources}
    assert by_name["restricted.txt"]["sensitivity"] == "restricted"
    assert by_name["testimony.txt"]["sha256"] == site.sha["testimony.txt"]
    one = as_admin.get(f"/api/sources/{site.sha['korean.txt']}").json()
    assert one["filename"] == "korean.txt" and one["origin"] == "test fixture"
    assert as_admin.get("/api/sources/not-a-hash").status_code == 422
