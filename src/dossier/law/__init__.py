"""Violation types, the legal acts they may fall under, and the elements to prove.

The vocabulary and the elements are data in ``data/violations.yaml`` and
``data/legal_elements.yaml``; this package reads them and answers three questions: what
types exist, which acts an incident type may amount to and what each act requires, and,
for a set of incidents, which elements are supported by how many sources and which are
still gaps.
"""

from __future__ import annotations

from dossier.errors import NotFound
from dossier.law import matrix
from dossier.law.data import Cue, Element, LegalAct, ViolationType, load
from dossier.law.matrix import ElementMatrix, ElementRow
from dossier.model import Incident


def vocabulary() -> list[ViolationType]:
    """Every violation type, in the order of the vocabulary file."""
    return list(load().types.values())


def violation_type(type_id: str) -> ViolationType:
    """One violation type by id."""
    found = load().types.get(type_id)
    if found is None:
        raise NotFound(f"violation type {type_id!r} is not in data/violations.yaml")
    return found


def acts_for(type_id: str) -> list[LegalAct]:
    """The crimes-against-humanity acts and treaty duties an incident of this type may fall under."""
    acts = load().acts
    return [acts[act_id] for act_id in violation_type(type_id).legal]


def modes_for(type_id: str) -> list[LegalAct]:
    """The modes of liability usually argued for this type (aiding and abetting, ...)."""
    acts = load().acts
    return [acts[mode] for mode in violation_type(type_id).modes]


def act(act_id: str) -> LegalAct:
    """One legal act, treaty duty or mode of liability by id."""
    found = load().acts.get(act_id)
    if found is None:
        raise NotFound(f"legal act {act_id!r} is not in data/legal_elements.yaml")
    return found


def elements(act_id: str) -> list[Element]:
    """What must be proved for ``act_id``: for a crime against humanity, the contextual
    elements shared by all of them come first, then the act's own."""
    return matrix.elements_of(load(), act(act_id))


def element_matrix(incidents: list[Incident], modes: tuple[str, ...] = ()) -> ElementMatrix:
    """Per legal act and element, the asserted incidents that may support it, the number
    of distinct source documents, and the gaps; ``modes`` adds modes of liability."""
    for mode in modes:
        act(mode)
    return matrix.build(load(), incidents, modes)


__all__ = [
    "Cue", "Element", "ElementMatrix", "ElementRow", "LegalAct", "ViolationType",
    "act", "acts_for", "element_matrix", "elements", "modes_for", "violation_type", "vocabulary",
]
