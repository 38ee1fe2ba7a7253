"""The element matrix of a case: for each legal element, the incidents that may prove it.

An asserted incident may support the conduct, consequence and circumstance elements
of every act its type maps to, and the contextual elements of crimes against humanity.
Mental elements (intent, knowledge) are never filled from a single reported incident:
they stay gaps until a person links evidence to them, which is the point of showing
them. Independent sources are counted as distinct documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dossier.law.data import Element, LegalAct, LegalData
from dossier.model import Incident

_FILLABLE = frozenset({"conduct", "consequence", "circumstance", "contextual"})


@dataclass
class ElementRow:
    act: LegalAct
    element: Element
    incidents: list[Incident] = field(default_factory=list)

    @property
    def sources(self) -> int:
        """How many distinct documents the supporting incidents come from."""
        return len({incident.document_id for incident in self.incidents})

    @property
    def gap(self) -> bool:
        return not self.incidents

    def to_dict(self) -> dict[str, Any]:
        return {
            "act": self.act.id, "act_name": self.act.name, "article": self.act.article,
            "element": self.element.id, "kind": self.element.kind, "text": self.element.text,
            "incidents": [_reference(incident) for incident in self.incidents],
            "sources": self.sources, "gap": self.gap,
        }


@dataclass
class ElementMatrix:
    rows: list[ElementRow]

    @property
    def acts(self) -> list[str]:
        return list(dict.fromkeys(row.act.id for row in self.rows))

    def gaps(self) -> list[ElementRow]:
        """The elements no incident supports yet: what investigators still need."""
        return [row for row in self.rows if row.gap]

    def row(self, act_id: str, element_id: str) -> ElementRow:
        return next(r for r in self.rows if r.act.id == act_id and r.element.id == element_id)

    def to_dict(self) -> dict[str, Any]:
        return {"acts": self.acts, "rows": [row.to_dict() for row in self.rows]}


def build(data: LegalData, incidents: list[Incident], modes: tuple[str, ...] = ()) -> ElementMatrix:
    asserted = [incident for incident in incidents if incident.asserted]
    act_ids = list(dict.fromkeys([*(a for i in asserted for a in i.legal if a in data.acts), *modes]))
    rows = []
    for act_id in act_ids:
        act = data.acts[act_id]
        supporting = [incident for incident in asserted if act_id in incident.legal]
        for element in elements_of(data, act):
            rows.append(ElementRow(act=act, element=element,
                                   incidents=supporting if element.kind in _FILLABLE else []))
    return ElementMatrix(rows=rows)


def elements_of(data: LegalData, act: LegalAct) -> list[Element]:
    if act.family == "crime_against_humanity":
        return [*data.contextual, *act.elements]
    return list(act.elements)


def _reference(incident: Incident) -> dict[str, Any]:
    return {"id": incident.id, "document_id": incident.document_id, "type": incident.type,
            "text": incident.text, "start": incident.start, "end": incident.end}
