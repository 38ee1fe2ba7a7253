"""/api/entities, /api/incidents, /api/claims, /api/recommendations."""


def test_entities_carry_aliases_hangul_and_where_seen(as_admin, site):
    listed = as_admin.get("/api/entities", params={"kind": "place"}).json()["items"]
    onsong = next(e for e in listed if e["name"] == "Onsong")
    assert onsong["kind"] == "place" and onsong["mentions"] >= 2
    entity = as_admin.get(f"/api/entities/{onsong['id']}").json()
    assert "온성" in entity["attributes"]["hangul"]
    seen_in = {s["document_id"] for s in entity["seen"]}
    assert seen_in == {site.docs["testimony.txt"][0], site.docs["korean.txt"][0]}
    assert {s["text"] for s in entity["seen"]} >= {"Onsong", "온성"}
    assert any(r["name"] == "Ministry of State Security (DPRK)" for r in entity["related"])


def test_incidents_filter_by_type_document_and_entity(as_admin, site):
    everything = as_admin.get("/api/incidents").json()["items"]
    assert {"vt_political_prison_camp", "vt_forced_repatriation"} <= {i["type"] for i in everything}
    camps = as_admin.get("/api/incidents", params={"type": "vt_political_prison_camp"}).json()["items"]
    assert camps and all(i["type"] == "vt_political_prison_camp" for i in camps)
    kaechon_camp = next(i for i in camps if "Kaechon" in i["text"])
    assert kaechon_camp["date"]["value"] == "1997" and kaechon_camp["date"]["precision"] == "year"
    korean = site.docs["korean.txt"][0]
    in_korean = as_admin.get("/api/incidents", params={"document": korean}).json()["items"]
    assert in_korean and {i["document_id"] for i in in_korean} == {korean}
    kaechon = next(e for e in as_admin.get("/api/entities").json()["items"] if "Kaechon" in e["name"])
    naming = as_admin.get("/api/incidents", params={"entity": kaechon["id"]}).json()["items"]
    assert [i["type"] for i in naming] == ["vt_political_prison_camp"]


def test_record_lists_page(as_admin):
    first = as_admin.get("/api/incidents", params={"limit": 1}).json()
    second = as_admin.get("/api/incidents", params={"limit": 1, "offset": 1}).json()
    assert len(first["items"]) == 1 and first["next_offset"] == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]


def test_claims_and_recommendations_answer_lists(as_admin):
    for url in ("/api/claims", "/api/recommendations"):
        body = as_admin.get(url).json()
        assert isinstance(body["items"], list) and body["offset"] == 0


def test_unknown_entity_is_404(as_admin):
    assert as_admin.get("/api/entities/424242").json() == {"error": "entity 424242: no such entity"}
