"""Reads and writes of cases: a named legal theory and the incidents and entities in it.

Repositories made before cases existed lack the two tables; every entry point creates
them if missing (a no-op otherwise), so an older repository gains cases on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from dossier.store.ledger import now
from dossier.store.schema import case_items, cases, metadata

INCIDENT = "incident"
ENTITY = "entity"


@dataclass
class Case:
    """A case as stored: its theory (legal acts, modes of liability) and what it gathers."""

    name: str
    theory: str = ""
    acts: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    incidents: list[int] = field(default_factory=list)
    entities: list[int] = field(default_factory=list)
    created_at: str = ""
    created_by: str = ""
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "theory": self.theory, "acts": self.acts, "modes": self.modes,
            "incidents": self.incidents, "entities": self.entities,
            "created_at": self.created_at, "created_by": self.created_by,
        }


def insert(conn: Connection, case: Case, actor: str) -> int:
    _ensure_tables(conn)
    return conn.execute(
        cases.insert().values(
            name=case.name, theory=case.theory, acts=case.acts, modes=case.modes,
            created_at=now(), created_by=actor,
        )
    ).inserted_primary_key[0]


def get(conn: Connection, name: str) -> Case | None:
    _ensure_tables(conn)
    row = conn.execute(select(cases).where(cases.c.name == name)).first()
    if row is None:
        return None
    case = Case(
        name=row.name, theory=row.theory, acts=list(row.acts), modes=list(row.modes),
        created_at=row.created_at, created_by=row.created_by, id=row.id,
    )
    case.incidents = _items(conn, row.id, INCIDENT)
    case.entities = _items(conn, row.id, ENTITY)
    return case


def list_names(conn: Connection) -> list[str]:
    _ensure_tables(conn)
    return list(conn.execute(select(cases.c.name).order_by(cases.c.name)).scalars())


def add_items(conn: Connection, case_id: int, kind: str, ref_ids: list[int], actor: str) -> list[int]:
    """Add incidents or entities to a case; returns the ids that were not in it already."""
    _ensure_tables(conn)
    present = set(_items(conn, case_id, kind))
    fresh = list(dict.fromkeys(i for i in ref_ids if i not in present))
    if fresh:
        time = now()
        conn.execute(
            case_items.insert(),
            [dict(case_id=case_id, kind=kind, ref_id=i, added_at=time, added_by=actor) for i in fresh],
        )
    return fresh


def _items(conn: Connection, case_id: int, kind: str) -> list[int]:
    query = (
        select(case_items.c.ref_id)
        .where(case_items.c.case_id == case_id, case_items.c.kind == kind)
        .order_by(case_items.c.id)
    )
    return list(conn.execute(query).scalars())


def _ensure_tables(conn: Connection) -> None:
    metadata.create_all(conn, tables=[cases, case_items])
