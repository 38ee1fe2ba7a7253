"""/api/search: the search package over HTTP, limited to what the reader may see."""


def test_search_finds_passages_with_marked_snippets(as_admin, site):
    body = as_admin.get("/api/search", params={"q": "repatriated"}).json()
    assert body["total"] >= 1
    hit = body["hits"][0]
    assert hit["document_id"] == site.docs["restricted.txt"][0]
    assert "<mark>" in hit["snippet"]
    assert "kind" in body["facets"]


def test_search_respects_the_readers_clearance(as_viewer, as_admin):
    assert as_admin.get("/api/search", params={"q": "Musan"}).json()["total"] >= 1
    assert as_viewer.get("/api/search", params={"q": "Musan"}).json()["total"] == 0


def test_search_filters_by_kind_and_date(as_admin, site):
    body = as_admin.get("/api/search", params={"q": "police", "kind": "testimony", "from": "2014", "to": "2014"}).json()
    assert {h["document_id"] for h in body["hits"]} == {site.docs["testimony.txt"][0]}


def test_korean_words_are_found_inside_hangul_strings(as_admin, site):
    body = as_admin.get("/api/search", params={"q": "수용소"}).json()
    assert site.docs["korean.txt"][0] in {h["document_id"] for h in body["hits"]}


def test_a_bad_query_is_a_400_naming_the_problem(as_admin):
    response = as_admin.get("/api/search", params={"q": "kind:testimony AND (police"})
    assert response.status_code == 400
    assert "query" in response.json()["error"]
    bad_date = as_admin.get("/api/search", params={"q": "police", "from": "20x4"})
    assert bad_date.status_code == 400 and "20x4" in bad_date.json()["error"]


def test_broad_matches_say_their_facets_are_estimates_and_offer_exact_counts(as_admin, monkeypatch):
    from dossier.search import searcher

    monkeypatch.setattr(searcher, "EXACT_FACETS_UP_TO", 0)  # every match is "broad"
    estimated = as_admin.get("/api/search", params={"q": "police"}).json()
    exact = as_admin.get("/api/search", params={"q": "police", "exact_facets": "true"}).json()
    assert estimated["facets_approximate"] is True and exact["facets_approximate"] is False
    assert estimated["total"] == exact["total"] == sum(exact["facets"]["sensitivity"].values())
    page = as_admin.get("/search", params={"q": "police"}).text
    assert "estimated from a sample" in page and "exact_facets=true" in page
    assert "estimated from a sample" not in as_admin.get("/search", params={"q": "police", "exact_facets": "true"}).text
