"""Cases: a legal theory over chosen incidents and entities, and its element matrix.

``law.element_matrix`` says which elements the case's incidents may support; this module
adds what law cannot know without the store: how many *independent* sources stand
behind each element (``sources``), and only from documents the reader may see. Modes of
liability (aiding and abetting, ordering...) are supported by incidents whose violation
type the vocabulary marks as usually argued under that mode; their mental elements stay
gaps, as for every act. Every change to a case is appended to the ledger in the same
transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from dossier import law
from dossier.analyze.incidents import IncidentRef, incident_ref
from dossier.analyze.sources import Provenance, independent_sources
from dossier.analyze.timeline import TimelineEvent, timeline
from dossier.errors import NotFound, UsageError
from dossier.law import ElementRow, LegalAct
from dossier.model import Incident, Record
from dossier.store import analysis, annotations, ledger
from dossier.store import cases as stored
from dossier.store.annotations import RecordFilter
from dossier.store.cases import Case

_MODE = "mode_of_liability"


@dataclass
class CaseRow(Record):
    """One legal element of the case: the incidents that may support it and their sources."""

    act: str
    act_name: str
    article: str
    family: str
    element: str
    kind: str
    text: str
    incidents: list[int]
    documents: int
    independent_sources: int
    not_independent: list[str] = field(default_factory=list)

    @property
    def gap(self) -> bool:
        return not self.incidents

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "gap": self.gap}


@dataclass
class CaseMatrix(Record):
    case: Case
    incidents: list[IncidentRef]
    entities: list[dict[str, Any]]
    rows: list[CaseRow]

    def gaps(self) -> list[CaseRow]:
        return [row for row in self.rows if row.gap]

    def row(self, act_id: str, element_id: str) -> CaseRow:
        return next(r for r in self.rows if r.act == act_id and r.element == element_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case.to_dict(),
            "incidents": [i.to_dict() for i in self.incidents],
            "entities": self.entities,
            "rows": [r.to_dict() for r in self.rows],
            "gaps": len(self.gaps()),
        }


def create_case(
    conn: Connection, name: str, *, actor: str, theory: str = "", acts: Sequence[str] = (), modes: Sequence[str] = ()
) -> Case:
    """Record a new case and its theory; acts and modes must be in the legal data."""
    name = _valid_name(name)
    if stored.get(conn, name) is not None:
        raise UsageError(f"case {name!r}: already exists")
    case = Case(name=name, theory=theory.strip(), acts=_checked(acts, "--act"), modes=_checked(modes, "--mode"))
    case.id = stored.insert(conn, case, actor)
    ledger.append(conn, actor, "case_create", f"case {name}", {"theory": case.theory, "acts": case.acts, "modes": case.modes})
    return stored.get(conn, name) or case


def add_to_case(
    conn: Connection,
    name: str,
    *,
    actor: str,
    incidents: Sequence[int] = (),
    entities: Sequence[int] = (),
    document_ids: list[int] | None = None,
) -> Case:
    """Add incidents and entities (ids) to a case; ids already in it are left as they are."""
    case = get_case(conn, name)
    _check_incidents(conn, list(incidents), document_ids)
    missing = sorted(set(entities) - set(analysis.entities_by_id(conn, list(entities))))
    if missing:
        raise NotFound(f"entity {missing[0]}: no such entity")
    added_incidents = stored.add_items(conn, case.id or 0, stored.INCIDENT, list(incidents), actor)
    added_entities = stored.add_items(conn, case.id or 0, stored.ENTITY, list(entities), actor)
    if added_incidents or added_entities:
        ledger.append(conn, actor, "case_add", f"case {case.name}", {"incidents": added_incidents, "entities": added_entities})
    return get_case(conn, name)


def get_case(conn: Connection, name: str) -> Case:
    case = stored.get(conn, name.strip())
    if case is None:
        raise NotFound(f"case {name!r}: no such case; create it with `dossier case create`")
    return case


def case_names(conn: Connection) -> list[str]:
    return stored.list_names(conn)


def case_matrix(conn: Connection, name: str, document_ids: list[int] | None = None) -> CaseMatrix:
    """The case's element matrix over the incidents in documents the reader may see."""
    case = get_case(conn, name)
    incidents = _visible_incidents(conn, case.incidents, document_ids)
    provenance = Provenance.load(conn, [i.document_id or 0 for i in incidents])
    # law lists every act id given here even with no incident behind it, so the case's
    # own acts go in beside its modes: a theory shows its gaps before any evidence is added.
    matrix = law.element_matrix(incidents, modes=tuple(dict.fromkeys([*case.acts, *case.modes])))
    theory = set(case.acts) | set(case.modes)
    rows = [
        _row(row, _supporting(row, incidents), provenance)
        for row in matrix.rows
        if not case.acts or row.act.id in theory
    ]
    refs = [incident_ref(i, provenance.title(i.document_id or 0)) for i in incidents]
    return CaseMatrix(case=case, incidents=refs, entities=_entities(conn, case), rows=rows)


def case_timeline(conn: Connection, name: str, document_ids: list[int] | None = None) -> list[TimelineEvent]:
    """The case's incidents and the dated records naming its entities, in date order."""
    case = get_case(conn, name)
    return timeline(conn, document_ids, entity_ids=case.entities, incident_ids=case.incidents)


def _supporting(row: ElementRow, incidents: list[Incident]) -> list[Incident]:
    if row.act.family != _MODE or row.element.kind == "mental":
        return row.incidents
    return [i for i in incidents if i.asserted and row.act.id in {m.id for m in law.modes_for(i.type)}]


def _row(row: ElementRow, supporting: list[Incident], provenance: Provenance) -> CaseRow:
    count, reasons = independent_sources([provenance.origin(i.document_id or 0, i.start, i.end) for i in supporting])
    return CaseRow(
        act=row.act.id, act_name=row.act.name, article=row.act.article, family=row.act.family,
        element=row.element.id, kind=row.element.kind, text=row.element.text,
        incidents=[i.id or 0 for i in supporting], documents=len({i.document_id for i in supporting}),
        independent_sources=count, not_independent=reasons,
    )


def _visible_incidents(conn: Connection, incident_ids: list[int], document_ids: list[int] | None) -> list[Incident]:
    holding = set(analysis.incident_documents(conn, incident_ids).values())
    if document_ids is not None:
        holding &= set(document_ids)
    wanted = set(incident_ids)
    found = annotations.list_incidents(conn, RecordFilter(document_ids=sorted(holding)))
    return [i for i in found if i.id in wanted]


def _check_incidents(conn: Connection, incident_ids: list[int], document_ids: list[int] | None) -> None:
    """Every id must be an incident the reader may see; others are reported as missing."""
    holding = analysis.incident_documents(conn, incident_ids)
    for incident_id in incident_ids:
        doc_id = holding.get(incident_id)
        if doc_id is None or (document_ids is not None and doc_id not in document_ids):
            raise NotFound(f"incident {incident_id}: no such incident")


def _entities(conn: Connection, case: Case) -> list[dict[str, Any]]:
    found = analysis.entities_by_id(conn, case.entities)
    return [
        {"id": e, "name": found[e].name, "kind": found[e].kind} if e in found else {"id": e, "name": None, "kind": None}
        for e in case.entities
    ]


def _checked(act_ids: Sequence[str], option: str) -> list[str]:
    """Known act ids, in order, once each: acts under --act, modes of liability under --mode."""
    checked = []
    for act_id in dict.fromkeys(a.strip() for a in act_ids):
        found = _act(act_id, option)
        if (found.family == _MODE) != (option == "--mode"):
            other = "--mode" if found.family == _MODE else "--act"
            raise UsageError(f"{option} {act_id}: {found.name} is {_family(found)}; give it with {other}")
        checked.append(act_id)
    return checked


def _act(act_id: str, option: str) -> LegalAct:
    try:
        return law.act(act_id)
    except NotFound:
        raise UsageError(f"{option} {act_id}: not an id in data/legal_elements.yaml") from None


def _family(act: LegalAct) -> str:
    return {"crime_against_humanity": "a crime against humanity", "treaty_duty": "a treaty duty"}.get(
        act.family, "a mode of liability"
    )


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200 or any(ord(ch) < 32 for ch in name):
        raise UsageError("case name: give 1 to 200 printable characters")
    return name
