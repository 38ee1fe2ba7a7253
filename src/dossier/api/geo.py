"""The incident map: the shipped outline of the peninsula and places plotted on it, as SVG.

Everything is computed here and printed by the template as inline SVG, so the map
needs no tiles, no script and no network. The projection is equirectangular with the
longitude scaled by the cosine of the middle latitude, which at this size keeps the
peninsula's shape recognisable.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OUTLINE = Path(__file__).parent / "static" / "map" / "korea.geojson"
WIDTH = 640


@dataclass(frozen=True)
class Projection:
    west: float
    south: float
    east: float
    north: float
    width: int = WIDTH

    @property
    def _cos(self) -> float:
        return math.cos(math.radians((self.south + self.north) / 2))

    @property
    def scale(self) -> float:
        """Pixels per degree of latitude."""
        return self.width / ((self.east - self.west) * self._cos)

    @property
    def height(self) -> int:
        return round((self.north - self.south) * self.scale)

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) * self._cos * self.scale
        y = (self.north - lat) * self.scale
        return round(x, 1), round(y, 1)

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north


@dataclass
class Marker:
    x: float
    y: float
    r: float
    name: str
    entity: int
    incidents: int


@dataclass
class BaseMap:
    width: int
    height: int
    land: list[str]  # SVG path data
    borders: list[str]
    labels: list[tuple[float, float, str]]


@lru_cache(maxsize=1)
def _outline() -> dict:
    return json.loads(OUTLINE.read_text(encoding="utf-8"))


def projection() -> Projection:
    """The projection of the shipped outline's bounding box."""
    return Projection(*_outline()["bbox"])


@lru_cache(maxsize=1)
def base_map() -> BaseMap:
    """The outline projected once; it never changes while the server runs."""
    proj = projection()
    land, borders, labels = [], [], []
    for feature in _outline()["features"]:
        kind, geometry = feature["properties"]["kind"], feature["geometry"]
        if kind == "land":
            land.append(_path(proj, geometry["coordinates"][0], closed=True))
        elif kind == "border":
            borders.append(_path(proj, geometry["coordinates"], closed=False))
        elif kind == "label":
            labels.append((*proj.point(*geometry["coordinates"]), feature["properties"]["name"]))
    return BaseMap(proj.width, proj.height, land, borders, labels)


def markers(places: list[tuple[dict, int]]) -> list[Marker]:
    """(entity summary with lat/lon, incident count) → circles sized by the count, largest drawn first."""
    proj = projection()
    out = []
    for entity, count in places:
        lon, lat = float(entity["attributes"]["lon"]), float(entity["attributes"]["lat"])
        if not proj.contains(lon, lat):
            continue
        x, y = proj.point(lon, lat)
        out.append(Marker(x, y, round(4 + 3 * math.sqrt(count), 1), entity["name"], entity["id"], count))
    return sorted(out, key=lambda m: -m.r)


def _path(proj: Projection, points: list[list[float]], *, closed: bool) -> str:
    coords = [proj.point(lon, lat) for lon, lat in points]
    body = " L".join(f"{x},{y}" for x, y in coords)
    return f"M{body}{' Z' if closed else ''}"
