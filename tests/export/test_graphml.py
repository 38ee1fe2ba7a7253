"""GraphML: the entity network of the exported documents, readable by any GraphML tool."""

import xml.etree.ElementTree as ET

from dossier.export import export
from export_helpers import ANALYST, INVESTIGATOR, PSEUDONYM, built, repo  # noqa: F401

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def read_graph(repo, principal, tmp_path):
    export(repo, principal, "graphml", tmp_path / "net.graphml")
    root = ET.parse(tmp_path / "net.graphml").getroot()
    assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    graph = root.find("g:graph", NS)
    nodes = {n.get("id"): {d.get("key"): d.text for d in n.findall("g:data", NS)} for n in graph.findall("g:node", NS)}
    edges = [({d.get("key"): d.text for d in e.findall("g:data", NS)}, e) for e in graph.findall("g:edge", NS)]
    return root, nodes, edges


def test_nodes_and_edges_parse_back_with_their_attributes(repo, tmp_path):
    root, nodes, edges = read_graph(repo, INVESTIGATOR, tmp_path)
    declared = {k.get("id") for k in root.findall("g:key", NS)}
    assert {"name", "kind", "mentions", "relation", "weight", "evidence"} <= declared
    by_name = {attrs["name"]: node_id for node_id, attrs in nodes.items()}
    assert nodes[by_name["Chongjin"]]["kind"] == "place" and "Hamhung" in by_name
    for attrs, edge in edges:
        assert edge.get("source") in nodes and edge.get("target") in nodes
        assert int(attrs["weight"]) >= 1 and attrs["evidence"].startswith("document ")
    pairs = {(e.get("source"), e.get("target"), attrs["relation"]) for attrs, e in edges}
    mss = by_name["Ministry of State Security (DPRK)"]
    assert (mss, by_name["Chongjin"], "org_place") in pairs
    assert (mss, by_name["Chongjin"], "co_mention") in pairs


def test_the_network_of_an_analyst_names_the_witness_by_pseudonym(repo, tmp_path):
    _root, nodes, _edges = read_graph(repo, ANALYST, tmp_path)
    names = {attrs["name"] for attrs in nodes.values()}
    assert PSEUDONYM in names and "Hamhung" not in names
