"""The entity network as GraphML, for Gephi, Cytoscape, yEd or networkx.

The graph is ``analyze.network`` over the exported documents: nodes are entities (name,
kind, mentions), edges are co-mentions in one sentence (undirected) and, inside
incidents, perpetrator → victim and organisation → place links (directed), each with
its weight (the number of spans that show it) and the spans themselves ("document 3,
158-208"), so every link can be opened at its words. Only the exported, visible
documents count, so an edge never betrays a document the reader may not see.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import BinaryIO

from dossier.analyze import Graph
from dossier.export.bundle import Bundle

NAME = "graphml"
SUFFIX = ".graphml"
NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
UNDIRECTED = "co_mention"

# (id, for, name, type) of every attribute the graph carries
_KEYS = [
    ("name", "node", "name", "string"),
    ("kind", "node", "kind", "string"),
    ("mentions", "node", "mentions", "int"),
    ("relation", "edge", "relation", "string"),
    ("weight", "edge", "weight", "int"),
    ("evidence", "edge", "evidence", "string"),
]


def write(bundle: Bundle, stream: BinaryIO) -> dict[str, int]:
    """Write the network; returns the numbers of nodes and edges."""
    root = graph(bundle.network)
    ET.indent(root)
    ET.ElementTree(root).write(stream, encoding="utf-8", xml_declaration=True)
    return {"nodes": len(bundle.network.nodes), "edges": len(bundle.network.edges)}


def graph(network: Graph) -> ET.Element:
    root = ET.Element("graphml", {"xmlns": NAMESPACE})
    for key_id, target, name, kind in _KEYS:
        ET.SubElement(root, "key", {"id": key_id, "for": target, "attr.name": name, "attr.type": kind})
    drawn = ET.SubElement(root, "graph", {"id": "entities", "edgedefault": "undirected"})
    for node in network.nodes:
        element = ET.SubElement(drawn, "node", {"id": _node_id(node.id)})
        for key, value in (("name", node.name), ("kind", node.kind), ("mentions", node.mentions)):
            _data(element, key, value)
    for number, edge in enumerate(network.edges, 1):
        element = ET.SubElement(drawn, "edge", {
            "id": f"e{number}", "source": _node_id(edge.source), "target": _node_id(edge.target),
            "directed": "false" if edge.relation == UNDIRECTED else "true",
        })
        spans = "; ".join(f"document {e.document_id}, {e.start}-{e.end}" for e in edge.evidence)
        for key, value in (("relation", edge.relation), ("weight", edge.weight), ("evidence", spans)):
            _data(element, key, value)
    return root


def _node_id(entity_id: int) -> str:
    return f"n{entity_id}"


def _data(parent: ET.Element, key: str, value: object) -> None:
    ET.SubElement(parent, "data", {"key": key}).text = str(value)
