"""The small network view on an entity page: the entity in the middle, its neighbours around it.

Laid out here (a circle, heavier links drawn thicker) and printed as inline SVG by the
template; a handful of nodes needs no force simulation and no script.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SIZE = 360
RADIUS = 130


@dataclass
class Node:
    x: float
    y: float
    name: str
    kind: str
    href: str | None
    anchor: str  # text-anchor keeping labels outside the circle


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    links: int


@dataclass
class Network:
    size: int
    centre: Node
    nodes: list[Node]
    edges: list[Edge]


def layout(name: str, kind: str, related: list[dict]) -> Network:
    """``related`` rows carry id, name, kind and links (spans joining them to the centre)."""
    c = SIZE / 2
    centre = Node(c, c, name, kind, None, "middle")
    heaviest = max((r["links"] for r in related), default=1)
    nodes, edges = [], []
    for i, other in enumerate(related):
        angle = 2 * math.pi * i / max(1, len(related)) - math.pi / 2
        x, y = round(c + RADIUS * math.cos(angle), 1), round(c + RADIUS * math.sin(angle), 1)
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        nodes.append(Node(x, y, other["name"], other["kind"], f"/entities/{other['id']}", anchor))
        edges.append(Edge(c, c, x, y, round(1 + 4 * other["links"] / heaviest, 1), other["links"]))
    return Network(SIZE, centre, nodes, edges)
