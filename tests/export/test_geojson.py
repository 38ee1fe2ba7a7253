"""GeoJSON: places with coordinates, and incidents placed where they happened."""

import json

from dossier.export import export
from export_helpers import ANALYST, INVESTIGATOR, built, doc_ids, repo  # noqa: F401


def collection(repo, principal, tmp_path):
    result = export(repo, principal, "geojson", tmp_path / "map.geojson")
    found = json.loads((tmp_path / "map.geojson").read_text(encoding="utf-8"))
    mapped = sum(f["properties"]["record"] == "incident" for f in found["features"])
    assert result.counts["incidents_mapped"] == mapped
    assert result.counts["incidents_mapped"] + result.counts["incidents_unplaced"] == result.counts["incidents"]
    return found


def test_places_are_points_in_longitude_latitude_order(repo, tmp_path):
    found = collection(repo, INVESTIGATOR, tmp_path)
    assert found["type"] == "FeatureCollection"
    places = {f["properties"]["name"]: f for f in found["features"] if f["properties"]["record"] == "place"}
    lon, lat = places["Chongjin"]["geometry"]["coordinates"]
    assert abs(lon - 129.78) < 0.05 and abs(lat - 41.80) < 0.05
    assert places["Chongjin"]["properties"]["incidents"] == 1
    assert {"Yanji", "Hoeryong", "Hamhung"} <= set(places)


def test_incidents_stand_at_their_place(repo, tmp_path):
    found = collection(repo, INVESTIGATOR, tmp_path)
    places = {f["properties"]["id"]: f for f in found["features"] if f["properties"]["record"] == "place"}
    incidents = [f for f in found["features"] if f["properties"]["record"] == "incident"]
    assert incidents
    for feature in incidents:
        assert feature["geometry"] == places[feature["properties"]["place_id"]]["geometry"]
    beating = next(f for f in incidents if "beat prisoners at Chongjin" in f["properties"]["text"])
    assert beating["properties"]["place"] == "Chongjin" and beating["properties"]["type"] == "vt_torture"


def test_an_analyst_map_leaves_out_confidential_places(repo, tmp_path):
    names = {f["properties"].get("name") for f in collection(repo, ANALYST, tmp_path)["features"]}
    assert "Hoeryong" in names and "Hamhung" not in names
