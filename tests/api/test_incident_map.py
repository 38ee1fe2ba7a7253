"""The shipped outline map and places plotted on it."""

from dossier.api.geo import base_map, markers, projection


def test_the_outline_has_land_borders_and_labels():
    shipped = base_map()
    assert len(shipped.land) >= 5 and len(shipped.borders) == 3
    assert {"NORTH KOREA", "SOUTH KOREA", "CHINA"} <= {name for _, _, name in shipped.labels}
    assert 0 < shipped.height < 2 * shipped.width


def test_places_land_where_they_are():
    proj = projection()
    pyongyang, wonsan, seoul = proj.point(125.75, 39.02), proj.point(127.44, 39.15), proj.point(126.98, 37.57)
    assert pyongyang[0] < wonsan[0]  # west of Wonsan
    assert seoul[1] > pyongyang[1]  # south of Pyongyang
    assert all(0 <= x <= proj.width and 0 <= y <= proj.height for x, y in (pyongyang, wonsan, seoul))


def test_markers_grow_with_incidents_and_skip_places_off_the_map():
    camp = {"id": 1, "name": "Camp 15", "attributes": {"lat": 39.75, "lon": 126.87}}
    town = {"id": 2, "name": "Onsong", "attributes": {"lat": 42.96, "lon": 129.99}}
    paris = {"id": 3, "name": "Paris", "attributes": {"lat": 48.85, "lon": 2.35}}
    drawn = markers([(camp, 9), (town, 1), (paris, 4)])
    assert [m.name for m in drawn] == ["Camp 15", "Onsong"]
    assert drawn[0].r > drawn[1].r
