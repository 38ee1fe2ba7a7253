"""Analysis over the store: corroboration by independent sources, contradictions between
sources, timelines with partial dates as spans, entity networks, and cases with their
legal element matrix.

Every function takes a connection and the ids of the documents the reader may see
(``None``: all of them), so what it reports never rests on a document its reader could
not open. Results are plain dataclasses with ``to_dict()``, the shape the CLI prints as
JSON and the web app and exporters consume.
"""

from dossier.analyze.cases import (
    CaseMatrix, CaseRow, add_to_case, case_matrix, case_names, case_timeline, create_case, get_case,
)
from dossier.analyze.claims import Agreement, ClaimGroup, ClaimRef, Contradiction, value_range
from dossier.analyze.corroboration import Corroboration, contradictions, corroboration
from dossier.analyze.incidents import IncidentGroup, IncidentRef
from dossier.analyze.network import Edge, Evidence, Graph, Node, network
from dossier.analyze.periods import Period, period_between, period_of
from dossier.analyze.sources import Origin, dependence, independent_sources
from dossier.analyze.timeline import TimelineEvent, timeline
from dossier.analyze.topics import Topic, topic_of

__all__ = [
    "Agreement", "CaseMatrix", "CaseRow", "ClaimGroup", "ClaimRef", "Contradiction", "Corroboration", "Edge",
    "Evidence", "Graph", "IncidentGroup", "IncidentRef", "Node", "Origin", "Period", "TimelineEvent", "Topic",
    "add_to_case", "case_matrix", "case_names", "case_timeline", "contradictions", "corroboration", "create_case", "dependence",
    "get_case", "independent_sources", "network", "period_between", "period_of", "timeline", "topic_of",
    "value_range",
]
